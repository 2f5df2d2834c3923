package io.ringwall.engine.sizing;

/**
 * Fractional Kelly sizing for one bet with a stop and a take-profit: full Kelly grows equity fastest but with
 * drawdowns few can sit through, and the win probability is only an estimate, so a fraction of it is used and
 * capped.
 * <p>
 * With win probability p (the signal's confidence in the trade's direction) and payoff ratio
 * b = take-profit distance / stop distance, Kelly's fraction of equity to risk is f* = p - (1 - p) / b. The
 * verdict is f = min(fraction * f*, maxFraction), 0 when f* &lt;= 0 (p at or below breakeven 1 / (1 + b)) or an input
 * is unusable (NaN, p outside [0, 1], a distance not positive, equity not positive); notional = f * equity.
 * The notional is f of equity, not the amount risked to the stop: the Kelly fraction scales the stake in
 * this formulation, and the stop distance only enters through b.
 * Pure and allocation-free.
 */
public final class FractionalKelly implements Sizer
{
    private final double fraction;
    private final double maxFraction;

    private double winProbability = Double.NaN;
    private double payoffRatio = Double.NaN;
    private double kellyFraction = Double.NaN;
    private double appliedFraction;
    private boolean capped;
    private double equity = Double.NaN;
    private double notional;

    /**
     * @param fraction    the share of full Kelly to bet, in (0, 1] (half Kelly is 0.5).
     * @param maxFraction the most of equity any verdict may commit, in (0, 1].
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public FractionalKelly(final double fraction, final double maxFraction)
    {
        this.fraction = Checks.inUnitInterval("kellyFraction", fraction);
        this.maxFraction = Checks.inUnitInterval("kellyMaxFraction", maxFraction);
    }

    /**
     * Sizes one bet.
     *
     * @param winProbability     p, the probability the take-profit is hit before the stop.
     * @param takeProfitDistance distance from entry to take-profit, positive (price units or bps, as the stop).
     * @param stopDistance       distance from entry to stop, positive, in the same units.
     * @param equity             current equity, quote currency.
     * @return the notional, quote currency.
     */
    public double size(
        final double winProbability, final double takeProfitDistance, final double stopDistance, final double equity)
    {
        this.winProbability = winProbability;
        this.equity = equity;
        payoffRatio = takeProfitDistance / stopDistance;
        capped = false;
        appliedFraction = 0;
        final boolean usable = winProbability >= 0 && winProbability <= 1 &&
            takeProfitDistance > 0 && stopDistance > 0 && payoffRatio != Double.POSITIVE_INFINITY &&
            equity > 0 && equity != Double.POSITIVE_INFINITY;
        if (!usable)
        {
            kellyFraction = Double.NaN;
            notional = 0;
            return 0;
        }
        kellyFraction = winProbability - (1 - winProbability) / payoffRatio;
        if (kellyFraction > 0)
        {
            final double scaled = fraction * kellyFraction;
            capped = scaled > maxFraction;
            appliedFraction = capped ? maxFraction : scaled;
        }
        notional = appliedFraction * equity;
        return notional;
    }

    /** @return p of the last verdict. */
    public double lastWinProbability()
    {
        return winProbability;
    }

    /** @return b = take-profit / stop distance of the last verdict (NaN or infinite when they were unusable). */
    public double lastPayoffRatio()
    {
        return payoffRatio;
    }

    /** @return full Kelly f* = p - (1 - p) / b of the last verdict, NaN when an input was unusable. */
    public double lastKellyFraction()
    {
        return kellyFraction;
    }

    /** @return the fraction of equity the last verdict committed, after the fraction and the cap. */
    public double lastAppliedFraction()
    {
        return appliedFraction;
    }

    /** @return whether the cap bound the last verdict. */
    public boolean lastCapped()
    {
        return capped;
    }

    /** @return the equity the last verdict sized against. */
    public double lastEquity()
    {
        return equity;
    }

    @Override
    public double lastNotional()
    {
        return notional;
    }
}
