package io.ringwall.engine.cli;

import io.ringwall.codecs.test.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trading stage on the bundled BTCUSDT recording, through the command line: import it at market time with
 * trading enabled, find at least one round trip (a position opened and closed back to flat) among the journaled
 * decisions, and replay the journal to the same decisions.
 */
public class TradingEndToEndTest
{
    public static final String TRADING = String.join("\n",
        "",
        "trading:",
        "  enabled: true",
        "  initialEquity: 100000",
        "  equityInterval: 1s",
        "  risk: {maxOrderNotional: 20000, maxGrossExposure: 50000, priceBandBps: 100, maxBookAge: 10s,",
        "         dailyLossLimit: 5000, maxDrawdown: 5000, orderBurst: 10, ordersPerSecond: 5}",
        "  sizing: {model: kelly, kellyFraction: 0.5, kellyMaxFraction: 0.05}",
        "  venue: {orderLatency: 5ms, cancelLatency: 5ms, makerFeeBps: 1, takerFeeBps: 5}",
        "  strategy: {entryProbability: 0.51, useWalls: true, takeProfitAtr: 2, stopAtr: 1, timeStop: 20s,",
        "             entryAlgo: market, maxSlippageBps: 10, maxAttempts: 3}",
        "");

    @Test
    void shouldTradeTheRecordingAndReplayEveryDecision(@TempDir final Path dir) throws Exception
    {
        final Path research = TestData.path("binance-spot").getParent().getParent().resolve("config/research.yaml");
        final Path config = dir.resolve("trading.yaml");
        Files.writeString(config, Files.readString(research) + TRADING);
        final Path journal = dir.resolve("btc");

        final Cli.Result imported = Cli.run("import", "--config", config.toString(), "--venue", "binance", "--journal",
            journal.toString(), "--json", TestData.path("binance-spot/btcusdt_20240808.gz").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        final String risk = Cli.run("tail", "--journal", journal.toString(), "--type", "risk", "--json").out();
        assertThat(risk).contains("ACCEPT");
        final String fills = Cli.run("tail", "--journal", journal.toString(), "--type", "fills", "--json").out();
        assertThat(fills.lines().count()).isGreaterThanOrEqualTo(2);
        final String positions = Cli.run("tail", "--journal", journal.toString(), "--type", "positions", "--json").out();
        assertThat(positions.lines().filter(l -> l.contains("\"qty\":\"0\",")).count()).as(positions).isPositive();
        assertThat(Cli.run("tail", "--journal", journal.toString(), "--type", "equity", "--json").out().lines().count())
            .isGreaterThan(100);

        final Cli.Result replayed = Cli.run("replay", "--journal", journal.toString(), "--json");
        assertThat(Cli.field(replayed.out(), "match")).as(replayed.out()).isEqualTo("true");
    }
}
