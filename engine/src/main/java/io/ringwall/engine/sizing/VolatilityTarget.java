package io.ringwall.engine.sizing;

/**
 * Volatility targeting: hold the notional whose volatility equals a target share of equity, so a calm instrument
 * gets a larger position and a wild one a smaller, capped by a maximum leverage.
 * <p>
 * notional = equity * min(targetVol / vol, maxLeverage), with both volatilities annualised. An estimate that is
 * NaN, infinite, zero or negative sizes 0: no usable estimate (none yet, or a book that has not moved, which
 * usually means stale data) is no licence to lever up to the cap. Equity not positive also sizes 0. Pure and
 * allocation-free.
 */
public final class VolatilityTarget implements Sizer
{
    private final double targetVolatility;
    private final double maxLeverage;

    private double volatility = Double.NaN;
    private double equity = Double.NaN;
    private double leverage;
    private boolean capped;
    private double notional;

    /**
     * @param targetVolatility the annualised volatility to hold, as a fraction of equity (0.2 = 20 %), positive.
     * @param maxLeverage      the most notional per unit of equity, positive.
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public VolatilityTarget(final double targetVolatility, final double maxLeverage)
    {
        this.targetVolatility = Checks.positive("targetVolatility", targetVolatility);
        this.maxLeverage = Checks.positive("maxLeverage", maxLeverage);
    }

    /**
     * @param annualisedVolatility the instrument's annualised volatility estimate.
     * @param equity               current equity, quote currency.
     * @return the notional, quote currency.
     */
    public double size(final double annualisedVolatility, final double equity)
    {
        volatility = annualisedVolatility;
        this.equity = equity;
        leverage = 0;
        capped = false;
        if (annualisedVolatility > 0 && annualisedVolatility != Double.POSITIVE_INFINITY &&
            equity > 0 && equity != Double.POSITIVE_INFINITY)
        {
            final double wanted = targetVolatility / annualisedVolatility;
            capped = wanted > maxLeverage;
            leverage = capped ? maxLeverage : wanted;
        }
        notional = equity * leverage;
        return notional;
    }

    /** @return the volatility estimate of the last verdict. */
    public double lastVolatility()
    {
        return volatility;
    }

    /** @return the notional per unit of equity of the last verdict, 0 when it refused. */
    public double lastLeverage()
    {
        return leverage;
    }

    /** @return whether max leverage bound the last verdict. */
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
