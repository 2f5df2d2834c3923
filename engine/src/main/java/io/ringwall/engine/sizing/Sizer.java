package io.ringwall.engine.sizing;

/**
 * A position sizer whose last verdict stays readable until the next one, so the caller can journal its inputs
 * and outcome without the sizer building a record per call.
 */
public interface Sizer
{
    /**
     * @return the notional (quote currency) of the last verdict, 0 when it refused to size.
     */
    double lastNotional();

    /**
     * The last verdict's notional as a quantity of the instrument at a price.
     *
     * @param price the price in quote currency per unit (the mantissa already scaled by its exponent).
     * @return lastNotional / price, 0 when the price is not positive and finite.
     */
    default double quantity(final double price)
    {
        return price > 0 && price != Double.POSITIVE_INFINITY ? lastNotional() / price : 0;
    }
}
