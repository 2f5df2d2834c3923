package io.ringwall.engine.report;

import io.ringwall.engine.portfolio.EquityCurve;
import io.ringwall.engine.portfolio.Portfolio;
import io.ringwall.engine.portfolio.Position;
import io.ringwall.engine.portfolio.TradeLog;

/**
 * The performance of a finished session, in total, per strategy and per instrument (offline).
 * <p>
 * A strategy's or an instrument's equity series is the starting cash plus its own PnL at each sample, so its
 * returns are measured against the whole account's capital (as if it had traded the account alone); its
 * exposure counts the samples where it held something, its turnover its own traded notional.
 */
public final class PortfolioReport
{
    private final PerformanceMetrics total;
    private final PerformanceMetrics[] byStrategy;
    private final PerformanceMetrics[] byInstrument;

    private PortfolioReport(final PerformanceMetrics total, final PerformanceMetrics[] byStrategy, final PerformanceMetrics[] byInstrument)
    {
        this.total = total;
        this.byStrategy = byStrategy;
        this.byInstrument = byInstrument;
    }

    /**
     * @param portfolio the portfolio at the end of the session (call {@link Portfolio#sampleThrough} first).
     * @return the metrics; strategies that never traded and undefined instruments have none.
     */
    public static PortfolioReport of(final Portfolio portfolio)
    {
        final EquityCurve curve = portfolio.equityCurve();
        final TradeLog trades = portfolio.trades();
        final int n = curve.size();
        final double cash = portfolio.initialCash();

        final double[] equity = new double[n];
        final boolean[] held = new boolean[n];
        for (int i = 0; i < n; i++)
        {
            equity[i] = curve.equity(i);
            for (int k = 0; k < curve.instrumentSlots(); k++)
            {
                held[i] |= curve.position(i, k) != 0;
            }
        }
        final double[] allPnl = new double[trades.size()];
        double allNotional = 0;
        for (int t = 0; t < trades.size(); t++)
        {
            allPnl[t] = trades.netPnl(t);
        }
        for (int s = 0; s < portfolio.strategies(); s++)
        {
            for (int k = 0; k < portfolio.instruments(); k++)
            {
                final Position position = portfolio.position(s, k);
                allNotional += position == null ? 0 : position.tradedNotional();
            }
        }
        final PerformanceMetrics total = PerformanceMetrics.of(equity, held, curve.intervalNs(), allPnl, allNotional);

        final PerformanceMetrics[] byStrategy = new PerformanceMetrics[portfolio.strategies()];
        for (int s = 0; s < byStrategy.length; s++)
        {
            double notional = 0;
            for (int k = 0; k < portfolio.instruments(); k++)
            {
                final Position position = portfolio.position(s, k);
                notional += position == null ? 0 : position.tradedNotional();
            }
            if (notional == 0)
            {
                continue;
            }
            final double[] own = new double[n];
            final boolean[] ownHeld = new boolean[n];
            for (int i = 0; i < n; i++)
            {
                own[i] = cash + curve.strategyPnl(i, s);
                ownHeld[i] = curve.strategyInPosition(i, s);
            }
            byStrategy[s] = PerformanceMetrics.of(own, ownHeld, curve.intervalNs(), tradePnl(trades, s, -1), notional);
        }

        final PerformanceMetrics[] byInstrument = new PerformanceMetrics[portfolio.instruments()];
        for (int k = 0; k < byInstrument.length; k++)
        {
            if (!portfolio.isDefined(k))
            {
                continue;
            }
            double notional = 0;
            for (int s = 0; s < portfolio.strategies(); s++)
            {
                notional += portfolio.position(s, k).tradedNotional();
            }
            final double[] own = new double[n];
            final boolean[] ownHeld = new boolean[n];
            for (int i = 0; i < n; i++)
            {
                own[i] = cash + curve.instrumentPnl(i, k);
                ownHeld[i] = curve.position(i, k) != 0;
            }
            byInstrument[k] = PerformanceMetrics.of(own, ownHeld, curve.intervalNs(), tradePnl(trades, -1, k), notional);
        }
        return new PortfolioReport(total, byStrategy, byInstrument);
    }

    private static double[] tradePnl(final TradeLog trades, final int strategy, final int instrument)
    {
        int count = 0;
        final double[] pnl = new double[trades.size()];
        for (int t = 0; t < trades.size(); t++)
        {
            if ((strategy < 0 || trades.strategyId(t) == strategy) && (instrument < 0 || trades.instrumentId(t) == instrument))
            {
                pnl[count++] = trades.netPnl(t);
            }
        }
        return java.util.Arrays.copyOf(pnl, count);
    }

    /** @return the whole account's metrics. */
    public PerformanceMetrics total()
    {
        return total;
    }

    /** @return a strategy's metrics, null if it never traded. */
    public PerformanceMetrics strategy(final int strategyId)
    {
        return byStrategy[strategyId];
    }

    /** @return an instrument's metrics, null if it is not defined. */
    public PerformanceMetrics instrument(final int instrumentId)
    {
        return byInstrument[instrumentId];
    }
}
