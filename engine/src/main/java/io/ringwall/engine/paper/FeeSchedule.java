package io.ringwall.engine.paper;

/**
 * Maker and taker fees in basis points of a fill's notional; a negative rate is a rebate (a negative fee).
 */
final class FeeSchedule
{
    private final double makerBps;
    private final double takerBps;

    FeeSchedule(final double makerBps, final double takerBps)
    {
        if (!Double.isFinite(makerBps))
        {
            throw new IllegalArgumentException("makerFeeBps must be finite: " + makerBps);
        }
        if (!Double.isFinite(takerBps))
        {
            throw new IllegalArgumentException("takerFeeBps must be finite: " + takerBps);
        }
        this.makerBps = makerBps;
        this.takerBps = takerBps;
    }

    /**
     * @param price            fill price mantissa.
     * @param qty              fill quantity mantissa.
     * @param notionalExponent price exponent plus quantity exponent.
     * @param maker            true when we provided the liquidity.
     * @return the fee in quote currency.
     */
    double fee(final long price, final long qty, final int notionalExponent, final boolean maker)
    {
        return notional(price, qty, notionalExponent) * (maker ? makerBps : takerBps) / 10_000.0;
    }

    /** Price times quantity in quote currency; dividing by an exact power of ten keeps e.g. 500.00 exact. */
    static double notional(final long price, final long qty, final int notionalExponent)
    {
        final double mantissa = (double)price * (double)qty;
        return notionalExponent >= 0 ? mantissa * powerOfTen(notionalExponent) : mantissa / powerOfTen(-notionalExponent);
    }

    private static double powerOfTen(final int exponent)
    {
        double result = 1.0;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10.0;
        }
        return result;
    }
}
