package io.ringwall.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report files of a small two-strategy session: valid JSON with the metrics, one CSV line per trade, and an
 * HTML page with its SVG charts and nothing to fetch.
 */
class ReportWriterTest
{
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void shouldWriteJsonCsvAndSelfContainedHtml() throws Exception
    {
        final Portfolio portfolio = session();
        final PortfolioReport report = new ReportWriter(k -> k == 1 ? "BTCUSDT" : "I" + k, s -> "s" + s).write(dir, portfolio);

        assertThat(report.total().trades()).isEqualTo(2);
        assertThat(report.strategy(0).trades()).isEqualTo(1);
        assertThat(report.strategy(1).trades()).isEqualTo(1);
        assertThat(report.instrument(1).trades()).isEqualTo(2);

        final String json = Files.readString(dir.resolve(ReportWriter.JSON));
        try (JsonParser parser = new JsonFactory().createParser(json))
        {
            int tokens = 0;
            while (parser.nextToken() != null)
            {
                tokens++;
            }
            assertThat(tokens).isGreaterThan(50);
        }
        assertThat(json).contains("\"trades\":2", "\"symbol\":\"BTCUSDT\"", "\"position\":0", "\"name\":\"s1\"",
            "\"initialCash\":100000.0");

        final List<String> csv = Files.readAllLines(dir.resolve(ReportWriter.TRADES));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).startsWith("strategy,instrument,side,entry_time_ns");
        // s0 bought 0.5 @ 60000 and sold @ 60100: pnl 50, fees 0.25
        assertThat(csv.get(1)).isEqualTo("s0,BTCUSDT,LONG,1000000000,3000000000,60000,60100,0.5,50.0,0.25,49.75");
        assertThat(csv.get(2)).startsWith("s1,BTCUSDT,SHORT,2000000000,5000000000,60050,60200,0.2,-30.0");

        final String html = Files.readString(dir.resolve(ReportWriter.HTML));
        // equity, drawdown, and per instrument mid and position
        assertThat(html.split("<svg ", -1).length - 1).isEqualTo(4);
        assertThat(html).contains("BTCUSDT mid, entries and exits", "drawdown (%)", "BTCUSDT position", "<path d=\"M");
        assertThat(html.toLowerCase()).doesNotContain("http://", "https://", "<script", "<link", "src=");
    }

    @Test
    void shouldWriteAReportWithoutTrades() throws Exception
    {
        final Portfolio portfolio = new Portfolio(1_000, 1, 1, 4, S, 16);
        portfolio.defineInstrument(0, 0, 0);
        portfolio.onMark(0, 100, 0);
        portfolio.sampleThrough(3 * S);
        final PortfolioReport report = new ReportWriter(k -> "X", s -> "s").write(dir, portfolio);

        assertThat(report.total().trades()).isZero();
        assertThat(report.total().sharpe()).isNaN();
        assertThat(report.strategy(0)).isNull(); // never traded
        assertThat(Files.readAllLines(dir.resolve(ReportWriter.TRADES))).hasSize(1);
        assertThat(Files.readString(dir.resolve(ReportWriter.JSON))).contains("\"sharpe\":null", "\"strategies\":[]");
        assertThat(Files.readString(dir.resolve(ReportWriter.HTML))).contains("<svg ");
    }

    @Test
    void shouldSplitMetricsByStrategyAgainstTheirOwnPnl()
    {
        final Portfolio portfolio = session();
        final PortfolioReport report = PortfolioReport.of(portfolio);
        final int n = portfolio.equityCurve().size();
        // strategy 1's own equity: 100000 + its PnL; it ended with -30 - 0.1 fees
        final double[] own = new double[n];
        final boolean[] held = new boolean[n];
        for (int i = 0; i < n; i++)
        {
            own[i] = 100_000 + portfolio.equityCurve().strategyPnl(i, 1);
            held[i] = portfolio.equityCurve().strategyInPosition(i, 1);
        }
        final PerformanceMetrics expected = PerformanceMetrics.of(own, held, S, new double[] {-30.1}, 0.2 * 60_050 + 0.2 * 60_200);
        assertThat(report.strategy(1)).isEqualTo(expected);
        assertThat(own[n - 1]).isCloseTo(100_000 - 30.1, org.assertj.core.api.Assertions.within(1e-9));
    }

    /** Two strategies on BTCUSDT (price exponent -2, quantity exponent -3), a long winner and a short loser. */
    private static Portfolio session()
    {
        final Portfolio portfolio = new Portfolio(100_000, 2, 2, 16, S, 64);
        portfolio.defineInstrument(1, -2, -3);
        portfolio.onMark(1, 6_000_000, 0);
        portfolio.onFill(0, 1, Side.BID, 6_000_000, 500, 0.15, S);
        portfolio.onFill(1, 1, Side.ASK, 6_005_000, 200, 0.05, 2 * S);
        portfolio.onMark(1, 6_010_000, 2 * S + S / 2);
        portfolio.onFill(0, 1, Side.ASK, 6_010_000, 500, 0.10, 3 * S);
        portfolio.onMark(1, 6_020_000, 4 * S);
        portfolio.onFill(1, 1, Side.BID, 6_020_000, 200, 0.05, 5 * S);
        portfolio.sampleThrough(6 * S);
        return portfolio;
    }
}
