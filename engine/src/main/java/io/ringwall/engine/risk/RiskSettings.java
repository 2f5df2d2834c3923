package io.ringwall.engine.risk;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pre-trade limits and the kill switch thresholds. Amounts are in the quote currency of the equity; a limit of
 * {@link Double#POSITIVE_INFINITY} is no limit.
 *
 * @param defaultLimits    the per-instrument limits of an instrument not listed.
 * @param instrumentLimits the limits of listed instruments by venue symbol (complete, overrides already applied),
 *                         keyed in any case; copied upper case and sorted.
 * @param maxGrossExposure the most total absolute exposure (Σ |position| · price over instruments) an order may
 *                         take us to, assuming it fills at its limit price; above 0.
 * @param priceBandBps     the furthest an order's price may be from mid, basis points of mid, above 0.
 * @param orderBurst       the order rate limiter's capacity: orders that may go out back to back, in [1, 1e6].
 * @param ordersPerSecond  the limiter's refill rate in event time, in [0.001, 1e9]; one token per
 *                         {@code round(1e9 / ordersPerSecond)} ns.
 * @param maxOpenOrders    an order is refused while this many are open, at least 1.
 * @param maxBookAgeNs     an order is refused when the book's last update is older than this, above 0.
 * @param dailyLossLimit   the kill switch halts when the loss since the UTC day's start reaches this, above 0.
 * @param maxDrawdown      the kill switch halts when equity has fallen this far from its peak, above 0.
 * @param reducingFraction the kill switch goes REDUCING when either figure reaches this fraction of its limit, in
 *                         (0, 1]; 1 for no REDUCING stage.
 * @param flattenOnHalt    whether a halt also requests closing every position.
 */
public record RiskSettings(
    InstrumentRiskLimits defaultLimits,
    Map<String, InstrumentRiskLimits> instrumentLimits,
    double maxGrossExposure,
    double priceBandBps,
    int orderBurst,
    double ordersPerSecond,
    int maxOpenOrders,
    long maxBookAgeNs,
    double dailyLossLimit,
    double maxDrawdown,
    double reducingFraction,
    boolean flattenOnHalt)
{
    /** The largest {@link #orderBurst()}. */
    public static final int MAX_ORDER_BURST = 1_000_000;

    /** The slowest refill, one order per 1000 s, so that a full bucket in ns still fits a long. */
    public static final double MIN_ORDERS_PER_SECOND = 0.001;

    /**
     * {@link InstrumentRiskLimits#DEFAULTS}, 50,000 gross, 1% band, bursts of 10 refilled at 5 per second,
     * 20 open orders, books older than 5 s refused, halt at a 1,000 daily loss or 2,000 drawdown, REDUCING from 80%
     * of either, no flatten on halt.
     */
    public static final RiskSettings DEFAULTS = new RiskSettings(InstrumentRiskLimits.DEFAULTS, Map.of(),
        50_000.0, 100.0, 10, 5.0, 20, 5_000_000_000L, 1_000.0, 2_000.0, 0.8, false);

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the first parameter out of range.
     */
    public RiskSettings
    {
        if (defaultLimits == null)
        {
            throw new IllegalArgumentException("defaultLimits must not be null");
        }
        final Map<String, InstrumentRiskLimits> copy = new TreeMap<>();
        for (final Map.Entry<String, InstrumentRiskLimits> e : instrumentLimits.entrySet())
        {
            if (e.getValue() == null)
            {
                throw new IllegalArgumentException("instrumentLimits of " + e.getKey() + " must not be null");
            }
            if (copy.put(e.getKey().toUpperCase(Locale.ROOT), e.getValue()) != null)
            {
                throw new IllegalArgumentException("instrumentLimits lists " + e.getKey() + " twice");
            }
        }
        instrumentLimits = Collections.unmodifiableMap(copy);
        requirePositive("maxGrossExposure", maxGrossExposure);
        requirePositive("priceBandBps", priceBandBps);
        if (orderBurst < 1 || orderBurst > MAX_ORDER_BURST)
        {
            throw new IllegalArgumentException("orderBurst must be in [1, " + MAX_ORDER_BURST + "], was " + orderBurst);
        }
        if (!(ordersPerSecond >= MIN_ORDERS_PER_SECOND && ordersPerSecond <= 1e9))
        {
            throw new IllegalArgumentException("ordersPerSecond must be in [0.001, 1e9], was " + ordersPerSecond);
        }
        if (maxOpenOrders < 1)
        {
            throw new IllegalArgumentException("maxOpenOrders must be at least 1, was " + maxOpenOrders);
        }
        if (maxBookAgeNs <= 0)
        {
            throw new IllegalArgumentException("maxBookAgeNs must be above 0, was " + maxBookAgeNs);
        }
        requirePositive("dailyLossLimit", dailyLossLimit);
        requirePositive("maxDrawdown", maxDrawdown);
        if (!(reducingFraction > 0 && reducingFraction <= 1))
        {
            throw new IllegalArgumentException("reducingFraction must be in (0, 1], was " + reducingFraction);
        }
    }

    /**
     * @param symbol a venue symbol, in any case.
     * @return its limits, or {@link #defaultLimits()} when it is not listed.
     */
    public InstrumentRiskLimits limitsFor(final String symbol)
    {
        final InstrumentRiskLimits limits = instrumentLimits.get(symbol.toUpperCase(Locale.ROOT));
        return limits == null ? defaultLimits : limits;
    }

    /** @return the event time that earns one order token: {@code round(1e9 / ordersPerSecond)} ns, at least 1. */
    public long nsPerOrderToken()
    {
        return Math.max(1L, Math.round(1e9 / ordersPerSecond));
    }

    static void requirePositive(final String name, final double value)
    {
        if (!(value > 0))
        {
            throw new IllegalArgumentException(name + " must be above 0, was " + value);
        }
    }
}
