package io.ringwall.engine.risk;

/**
 * The limits that depend on the instrument, in its own units (base quantity, quote notional). A limit of
 * {@link Double#POSITIVE_INFINITY} is no limit.
 *
 * @param maxOrderQty      the largest quantity of one order, base units, above 0.
 * @param maxOrderNotional the largest price times quantity of one order, quote, above 0.
 * @param maxPosition      the largest absolute position after a full fill, base units, above 0.
 */
public record InstrumentRiskLimits(double maxOrderQty, double maxOrderNotional, double maxPosition)
{
    /** No quantity or position limit (the gross exposure caps them); 10,000 quote per order. */
    public static final InstrumentRiskLimits DEFAULTS =
        new InstrumentRiskLimits(Double.POSITIVE_INFINITY, 10_000.0, Double.POSITIVE_INFINITY);

    /**
     * @throws IllegalArgumentException naming the first limit that is not above 0.
     */
    public InstrumentRiskLimits
    {
        RiskSettings.requirePositive("maxOrderQty", maxOrderQty);
        RiskSettings.requirePositive("maxOrderNotional", maxOrderNotional);
        RiskSettings.requirePositive("maxPosition", maxPosition);
    }
}
