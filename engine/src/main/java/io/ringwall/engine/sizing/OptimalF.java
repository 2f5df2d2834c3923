package io.ringwall.engine.sizing;

/**
 * Ralph Vince's optimal f from the strategy's own closed trades: the fraction f that would have maximised the
 * terminal wealth relative TWR(f) = prod(1 + f * (-trade / largestLoss)) over the last N trades, scaled down by
 * a fraction since the history's worst loss will not be the worst to come.
 * <p>
 * Each trade's PnL is recorded per unit of whatever the strategy chooses (per unit of quantity, or per unit of
 * notional, a return); {@link #size} then answers in that unit: equity * fraction * f / |largestLoss|, i.e. one unit
 * per |largestLoss| / f of equity.
 * <p>
 * Search: ln TWR is a sum of logs of functions affine in f, so it is concave on [0, 1) and has one maximum. A
 * grid over f = 0.01, 0.02, ..., 0.99 finds the best grid point (the smallest on ties), then bisection on the
 * derivative sum(x / (1 + f x)), x = trade / |largestLoss|, over the grid cell either side narrows it for
 * {@value #REFINEMENTS} halvings: precision 0.02 / 2^40, about 2e-14, far below what the trade history supports.
 * f = 0 when no positive grid point beats TWR(0) = 1 (a history that lost on average).
 * <p>
 * NaN (and size 0) while fewer than minTrades trades are held or when none of them lost: with no loss
 * TWR grows without bound in f and there is no optimum. Trades that are NaN or infinite are ignored. Uses
 * StrictMath.log1p; allocation-free after construction.
 */
public final class OptimalF implements Sizer
{
    /** Bisection halvings after the grid search. */
    public static final int REFINEMENTS = 40;

    private static final int GRID = 100;

    private final double[] trades;
    private final int minTrades;
    private final double fraction;
    private int next;
    private int held;

    private double optimalF = Double.NaN;
    private double largestLoss = Double.NaN;
    private int tradesUsed;
    private double equity = Double.NaN;
    private double notional;

    /**
     * @param capacity  N, how many of the latest closed trades are remembered, at least 1.
     * @param minTrades how many trades are needed before f is estimated, in [1, capacity].
     * @param fraction  the share of optimal f to apply, in (0, 1].
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public OptimalF(final int capacity, final int minTrades, final double fraction)
    {
        trades = new double[Checks.atLeast("optimalFTrades", capacity, 1)];
        this.minTrades = Checks.atLeast("optimalFMinTrades", minTrades, 1);
        if (minTrades > capacity)
        {
            throw new IllegalArgumentException(
                "optimalFMinTrades must be at most optimalFTrades " + capacity + ": " + minTrades);
        }
        this.fraction = Checks.inUnitInterval("optimalFFraction", fraction);
    }

    /**
     * Records a closed trade, pushing out the oldest when N are held.
     *
     * @param pnl the trade's PnL per unit (see the class comment).
     */
    public void onTradeClosed(final double pnl)
    {
        if (Double.isNaN(pnl) || Double.isInfinite(pnl))
        {
            return;
        }
        trades[next] = pnl;
        next = next + 1 == trades.length ? 0 : next + 1;
        if (held < trades.length)
        {
            held++;
        }
    }

    /**
     * Estimates optimal f from the trades held and sizes against equity.
     *
     * @param equity current equity, quote currency.
     * @return equity * fraction * f / |largestLoss| units (see the class comment), 0 when f is NaN or 0 or equity
     * is not positive.
     */
    public double size(final double equity)
    {
        this.equity = equity;
        estimate();
        final boolean usable = optimalF > 0 && equity > 0 && equity != Double.POSITIVE_INFINITY;
        notional = usable ? equity * fraction * optimalF / -largestLoss : 0;
        return notional;
    }

    private void estimate()
    {
        tradesUsed = held;
        double worst = 0;
        for (int i = 0; i < held; i++)
        {
            worst = Math.min(worst, trades[i]);
        }
        largestLoss = worst < 0 ? worst : Double.NaN;
        if (held < minTrades || !(worst < 0))
        {
            optimalF = Double.NaN;
            return;
        }
        final double scale = -worst;
        int best = 0;
        double bestLogTwr = 0;
        for (int k = 1; k < GRID; k++)
        {
            final double logTwr = logTwr((double)k / GRID, scale);
            if (logTwr > bestLogTwr)
            {
                best = k;
                bestLogTwr = logTwr;
            }
        }
        if (best == 0 && slope(0, scale) <= 0)
        {
            optimalF = 0;
            return;
        }
        // the maximum lies within one grid cell of the best point, where the (decreasing) slope changes sign
        double low = Math.max(0, (double)(best - 1) / GRID);
        double high = (double)(best + 1) / GRID;
        for (int i = 0; i < REFINEMENTS; i++)
        {
            final double mid = 0.5 * (low + high);
            if (slope(mid, scale) > 0)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        optimalF = 0.5 * (low + high);
    }

    private double logTwr(final double f, final double scale)
    {
        double sum = 0;
        for (int i = 0; i < held; i++)
        {
            sum += StrictMath.log1p(f * trades[i] / scale);
        }
        return sum;
    }

    private double slope(final double f, final double scale)
    {
        double sum = 0;
        for (int i = 0; i < held; i++)
        {
            final double x = trades[i] / scale;
            sum += x / (1 + f * x);
        }
        return sum;
    }

    /** @return the optimal f of the last verdict before the fraction, NaN when it could not be estimated. */
    public double lastOptimalF()
    {
        return optimalF;
    }

    /** @return the largest loss (negative) among the trades of the last verdict, NaN when none lost. */
    public double lastLargestLoss()
    {
        return largestLoss;
    }

    /** @return how many trades the last verdict used. */
    public int lastTradesUsed()
    {
        return tradesUsed;
    }

    /** @return the equity the last verdict sized against. */
    public double lastEquity()
    {
        return equity;
    }

    /** @return how many trades are held now. */
    public int trades()
    {
        return held;
    }

    /**
     * @return the last verdict's size, in the unit trades were recorded per (a notional when trades are returns on
     * notional), 0 when it refused.
     */
    @Override
    public double lastNotional()
    {
        return notional;
    }
}
