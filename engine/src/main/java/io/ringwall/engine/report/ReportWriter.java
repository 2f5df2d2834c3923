package io.ringwall.engine.report;

import io.ringwall.engine.portfolio.EquityCurve;
import io.ringwall.engine.portfolio.Portfolio;
import io.ringwall.engine.portfolio.Position;
import io.ringwall.engine.portfolio.TradeLog;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Writes a finished session's report into a directory: {@code report.json} (metrics in total, per strategy and
 * per instrument, final positions), {@code trades.csv} (one closed round trip a line) and a self-contained
 * {@code report.html} with inline SVG charts (mid with entries and exits, equity, drawdown, position) that
 * fetches nothing when opened. Offline: call it after the run, after {@link Portfolio#sampleThrough}.
 * Output is deterministic (fixed order, locale-free numbers), so a replay's report equals the run's.
 */
public final class ReportWriter
{
    /** The report's JSON file. */
    public static final String JSON = "report.json";
    /** The closed trades. */
    public static final String TRADES = "trades.csv";
    /** The charts. */
    public static final String HTML = "report.html";
    /** Trades listed in the HTML (all of them are in the CSV). */
    private static final int HTML_TRADES = 200;

    private final IntFunction<String> instrumentName;
    private final IntFunction<String> strategyName;

    /**
     * @param instrumentName the symbol of an instrument id.
     * @param strategyName   the name of a strategy id.
     */
    public ReportWriter(final IntFunction<String> instrumentName, final IntFunction<String> strategyName)
    {
        this.instrumentName = instrumentName;
        this.strategyName = strategyName;
    }

    /**
     * Writes the three files, creating the directory if needed.
     *
     * @return the metrics written.
     */
    public PortfolioReport write(final Path dir, final Portfolio portfolio) throws IOException
    {
        final PortfolioReport report = PortfolioReport.of(portfolio);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(JSON), json(portfolio, report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(TRADES), tradesCsv(portfolio), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(HTML), html(portfolio, report), StandardCharsets.UTF_8);
        return report;
    }

    String json(final Portfolio portfolio, final PortfolioReport report)
    {
        final EquityCurve curve = portfolio.equityCurve();
        final JsonOut out = new JsonOut().beginObject()
            .field("initialCash", portfolio.initialCash())
            .field("finalEquity", portfolio.equity())
            .field("cash", portfolio.cash())
            .field("sampleIntervalNs", curve.intervalNs())
            .field("periodsPerYear", PerformanceMetrics.periodsPerYear(curve.intervalNs()))
            .field("samples", curve.size())
            .field("trades", portfolio.trades().size())
            .field("tradesDropped", portfolio.trades().dropped());
        metrics(out.beginObject("total"), report.total()).endObject();
        out.beginArray("strategies");
        for (int s = 0; s < portfolio.strategies(); s++)
        {
            if (report.strategy(s) != null)
            {
                out.beginObject().field("strategyId", s).field("name", strategyName.apply(s));
                metrics(out.beginObject("metrics"), report.strategy(s)).endObject().endObject();
            }
        }
        out.endArray().beginArray("instruments");
        for (int k = 0; k < portfolio.instruments(); k++)
        {
            if (!portfolio.isDefined(k))
            {
                continue;
            }
            double realized = 0;
            double unrealized = 0;
            double fees = 0;
            double notional = 0;
            for (int s = 0; s < portfolio.strategies(); s++)
            {
                final Position p = portfolio.position(s, k);
                realized += p.realizedPnl();
                unrealized += p.unrealizedPnl();
                fees += p.fees();
                notional += p.tradedNotional();
            }
            out.beginObject().field("instrumentId", k).field("symbol", instrumentName.apply(k))
                .number("position", qty(portfolio, k, portfolio.netQty(k)))
                .number("mid", price(portfolio, k, portfolio.mid(k)))
                .field("realizedPnl", realized).field("unrealizedPnl", unrealized).field("fees", fees)
                .field("tradedNotional", notional);
            metrics(out.beginObject("metrics"), report.instrument(k)).endObject().endObject();
        }
        return out.endArray().endObject().toString() + "\n";
    }

    private static JsonOut metrics(final JsonOut out, final PerformanceMetrics m)
    {
        return out.field("samples", m.samples())
            .field("totalReturn", m.totalReturn())
            .field("sharpe", m.sharpe())
            .field("sortino", m.sortino())
            .field("maxDrawdown", m.maxDrawdown())
            .field("maxDrawdownDurationNs", m.maxDrawdownDurationNs())
            .field("trades", m.trades())
            .field("winRate", m.winRate())
            .field("profitFactor", m.profitFactor())
            .field("averageWin", m.averageWin())
            .field("averageLoss", m.averageLoss())
            .field("expectancy", m.expectancy())
            .field("exposureTime", m.exposureTime())
            .field("turnover", m.turnover());
    }

    String tradesCsv(final Portfolio portfolio)
    {
        final TradeLog trades = portfolio.trades();
        final StringBuilder csv = new StringBuilder(128 + trades.size() * 128)
            .append("strategy,instrument,side,entry_time_ns,exit_time_ns,entry_price,exit_price,qty,pnl,fees,net_pnl\n");
        for (int t = 0; t < trades.size(); t++)
        {
            final int k = trades.instrumentId(t);
            csv.append(csvField(strategyName.apply(trades.strategyId(t)))).append(',')
                .append(csvField(instrumentName.apply(k))).append(',')
                .append(trades.side(t) == io.ringwall.codecs.sbe.Side.BID ? "LONG" : "SHORT").append(',')
                .append(trades.entryTimeNs(t)).append(',').append(trades.exitTimeNs(t)).append(',')
                .append(price(portfolio, k, trades.entryPrice(t))).append(',')
                .append(price(portfolio, k, trades.exitPrice(t))).append(',')
                .append(qty(portfolio, k, trades.qty(t))).append(',')
                .append(trades.pnl(t)).append(',').append(trades.fees(t)).append(',').append(trades.netPnl(t)).append('\n');
        }
        return csv.toString();
    }

    String html(final Portfolio portfolio, final PortfolioReport report)
    {
        final EquityCurve curve = portfolio.equityCurve();
        final TradeLog trades = portfolio.trades();
        final int n = curve.size();
        final long[] t = new long[n];
        final double[] equity = new double[n];
        final double[] drawdown = new double[n];
        for (int i = 0; i < n; i++)
        {
            t[i] = curve.timeNs(i);
            equity[i] = curve.equity(i);
            drawdown[i] = curve.drawdown(i) * 100;
        }
        final StringBuilder html = new StringBuilder(65_536)
            .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ringwall report</title><style>")
            .append("body{font-family:sans-serif;margin:16px;color:#222}table{border-collapse:collapse;margin:8px 0}")
            .append("td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}th{background:#f4f4f4}")
            .append("td:first-child,th:first-child{text-align:left}svg{display:block;margin:6px 0}")
            .append("</style></head><body>\n<h1>ringwall report</h1>\n");
        html.append("<p>Initial cash ").append(num(portfolio.initialCash())).append(", final equity ")
            .append(num(portfolio.equity())).append(", ").append(n).append(" samples every ")
            .append(curve.intervalNs() / 1e9).append(" s, ").append(trades.size()).append(" trades")
            .append(trades.dropped() > 0 ? " (" + trades.dropped() + " more not kept)" : "").append(".</p>\n");

        html.append("<h2>Performance</h2>\n<table><tr><th>scope</th><th>return</th><th>Sharpe</th><th>Sortino</th>")
            .append("<th>max DD</th><th>DD duration</th><th>trades</th><th>win rate</th><th>profit factor</th>")
            .append("<th>avg win</th><th>avg loss</th><th>expectancy</th><th>exposure</th><th>turnover</th></tr>\n");
        row(html, "total", report.total());
        for (int s = 0; s < portfolio.strategies(); s++)
        {
            if (report.strategy(s) != null)
            {
                row(html, "strategy " + strategyName.apply(s), report.strategy(s));
            }
        }
        for (int k = 0; k < portfolio.instruments(); k++)
        {
            if (report.instrument(k) != null)
            {
                row(html, instrumentName.apply(k), report.instrument(k));
            }
        }
        html.append("</table>\n<h2>Equity</h2>\n")
            .append(new SvgChart("equity (quote)").line(t, equity, "#1f5fbf", false).render()).append('\n')
            .append(new SvgChart("drawdown (%)").line(t, drawdown, "#c0392b", false).render()).append('\n');

        for (int k = 0; k < portfolio.instruments(); k++)
        {
            if (!portfolio.isDefined(k))
            {
                continue;
            }
            final double[] mid = new double[n];
            final double[] position = new double[n];
            for (int i = 0; i < n; i++)
            {
                final long m = curve.mid(i, k);
                mid[i] = m == 0 ? Double.NaN : scaled(m, portfolio.priceExponent(k));
                position[i] = scaled(curve.position(i, k), portfolio.qtyExponent(k));
            }
            final SvgChart prices = new SvgChart(instrumentName.apply(k) + " mid, entries and exits").line(t, mid, "#555", false);
            for (int i = 0; i < trades.size(); i++)
            {
                if (trades.instrumentId(i) != k)
                {
                    continue;
                }
                final boolean isLong = trades.side(i) == io.ringwall.codecs.sbe.Side.BID;
                prices.marker(trades.entryTimeNs(i), scaled(trades.entryPrice(i), portfolio.priceExponent(k)), isLong,
                    "#27ae60", (isLong ? "buy " : "sell ") + price(portfolio, k, trades.entryPrice(i)));
                prices.marker(trades.exitTimeNs(i), scaled(trades.exitPrice(i), portfolio.priceExponent(k)), !isLong,
                    "#c0392b", (isLong ? "sell " : "buy ") + price(portfolio, k, trades.exitPrice(i)) + " net " + num(trades.netPnl(i)));
            }
            html.append("<h2>").append(Html.escape(instrumentName.apply(k))).append("</h2>\n")
                .append(prices.render()).append('\n')
                .append(new SvgChart(instrumentName.apply(k) + " position").line(t, position, "#8e44ad", true).render()).append('\n');
        }

        html.append("<h2>Trades</h2>\n<table><tr><th>strategy</th><th>instrument</th><th>side</th><th>entry</th><th>exit</th>")
            .append("<th>entry price</th><th>exit price</th><th>qty</th><th>net PnL</th><th>fees</th></tr>\n");
        for (int i = 0; i < Math.min(trades.size(), HTML_TRADES); i++)
        {
            final int k = trades.instrumentId(i);
            html.append("<tr><td>").append(Html.escape(strategyName.apply(trades.strategyId(i)))).append("</td><td>")
                .append(Html.escape(instrumentName.apply(k))).append("</td><td>")
                .append(trades.side(i) == io.ringwall.codecs.sbe.Side.BID ? "long" : "short").append("</td><td>")
                .append(Html.utc(trades.entryTimeNs(i))).append("</td><td>").append(Html.utc(trades.exitTimeNs(i))).append("</td><td>")
                .append(price(portfolio, k, trades.entryPrice(i))).append("</td><td>").append(price(portfolio, k, trades.exitPrice(i)))
                .append("</td><td>").append(qty(portfolio, k, trades.qty(i))).append("</td><td>").append(num(trades.netPnl(i)))
                .append("</td><td>").append(num(trades.fees(i))).append("</td></tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private static void row(final StringBuilder html, final String scope, final PerformanceMetrics m)
    {
        html.append("<tr><td>").append(Html.escape(scope)).append("</td><td>").append(pct(m.totalReturn())).append("</td><td>")
            .append(num(m.sharpe())).append("</td><td>").append(num(m.sortino())).append("</td><td>").append(pct(m.maxDrawdown()))
            .append("</td><td>").append(m.maxDrawdownDurationNs() / 1e9).append(" s</td><td>").append(m.trades()).append("</td><td>")
            .append(pct(m.winRate())).append("</td><td>").append(num(m.profitFactor())).append("</td><td>").append(num(m.averageWin()))
            .append("</td><td>").append(num(m.averageLoss())).append("</td><td>").append(num(m.expectancy())).append("</td><td>")
            .append(pct(m.exposureTime())).append("</td><td>").append(num(m.turnover())).append("</td></tr>\n");
    }

    private static String num(final double v)
    {
        return Double.isNaN(v) ? "n/a" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String pct(final double v)
    {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    private static double scaled(final double mantissa, final int exponent)
    {
        return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).doubleValue();
    }

    private static String price(final Portfolio portfolio, final int instrument, final double mantissa)
    {
        return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(portfolio.priceExponent(instrument)).stripTrailingZeros().toPlainString();
    }

    private static String qty(final Portfolio portfolio, final int instrument, final long mantissa)
    {
        return BigDecimal.valueOf(mantissa, -portfolio.qtyExponent(instrument)).stripTrailingZeros().toPlainString();
    }

    private static String csvField(final String s)
    {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
