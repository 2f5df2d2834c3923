package io.ringwall.engine.portfolio;

/**
 * Converts a product of a price mantissa and a quantity mantissa into quote currency, for one instrument.
 * Dividing by an exact power of ten (rather than multiplying by an inexact 10^-k) keeps whole-cent results exact.
 */
public final class QuoteScale
{
    private final boolean divide;
    private final double powerOfTen;

    /**
     * @param priceExponent the instrument's price exponent (price = mantissa * 10^priceExponent).
     * @param qtyExponent   the instrument's quantity exponent.
     * @throws IllegalArgumentException naming the exponents when their sum is beyond +-22 (10^k no longer exact).
     */
    public QuoteScale(final int priceExponent, final int qtyExponent)
    {
        final int exponent = priceExponent + qtyExponent;
        if (exponent < -22 || exponent > 22)
        {
            throw new IllegalArgumentException("priceExponent + qtyExponent out of [-22, 22]: " + exponent);
        }
        divide = exponent < 0;
        double p = 1.0;
        for (int i = 0; i < Math.abs(exponent); i++)
        {
            p *= 10.0;
        }
        powerOfTen = p;
    }

    /**
     * @param priceTimesQty a price mantissa times a quantity mantissa (may be fractional: an average price).
     * @return the amount in quote currency.
     */
    public double toQuote(final double priceTimesQty)
    {
        return divide ? priceTimesQty / powerOfTen : priceTimesQty * powerOfTen;
    }
}
