package io.ringwall.engine.trading;

import io.ringwall.engine.risk.RiskSettings;
import io.ringwall.engine.sizing.SizingSettings;

/**
 * The trading stage's parameters, from the config's {@code trading} section: whether it runs, the account, the
 * risk limits, the sizing model, the paper venue and the strategy (entry threshold, exits, entry algorithm).
 * Prices and distances the strategy derives are in price mantissa units of each instrument.
 *
 * @param enabled              whether the business logic runs the trading stage (needs analytics).
 * @param initialEquity        starting cash, quote currency, positive.
 * @param equityIntervalNs     event time between equity samples (journaled, and fed to the kill switch), positive.
 * @param risk                 the pre-trade limits and kill switch thresholds.
 * @param sizing               the sizing model and its parameters (KELLY or VOLATILITY_TARGET are wired).
 * @param orderLatencyNs       paper venue: submit to arrival, not negative.
 * @param cancelLatencyNs      paper venue: cancel to effect, not negative.
 * @param makerFeeBps          paper venue: passive fee, bps of notional (negative is a rebate).
 * @param takerFeeBps          paper venue: aggressive fee, bps of notional.
 * @param entryProbability     go long when the signal's p(up) is at least this, short when it is at most 1 - this;
 *                             in (0.5, 1].
 * @param useWalls             take the take-profit and stop from the wall suggestions when there are some.
 * @param takeProfitAtr        otherwise the take-profit is this many ATRs of the first bar timeframe away, positive.
 * @param stopAtr              otherwise the stop is this many ATRs away, positive.
 * @param timeStopNs           a position is closed after this much event time, positive.
 * @param entryAlgo            how entries are worked (exits always go MARKET).
 * @param maxSlippageBps       MARKET: band past the far touch, in [0, 9999].
 * @param maxAttempts          MARKET: IOC orders per parent, at least 1.
 * @param improveTicks         SMART_LIMIT: ticks inside our touch, not negative.
 * @param repriceTicks         SMART_LIMIT: ticks our touch may move away before we follow, not negative.
 * @param maxReprices          SMART_LIMIT: reprices before giving up, not negative.
 * @param entryTimeLimitNs     SMART_LIMIT: event time before giving up, positive.
 */
public record TradingSettings(
    boolean enabled,
    double initialEquity,
    long equityIntervalNs,
    RiskSettings risk,
    SizingSettings sizing,
    long orderLatencyNs,
    long cancelLatencyNs,
    double makerFeeBps,
    double takerFeeBps,
    double entryProbability,
    boolean useWalls,
    double takeProfitAtr,
    double stopAtr,
    long timeStopNs,
    EntryAlgo entryAlgo,
    long maxSlippageBps,
    int maxAttempts,
    long improveTicks,
    long repriceTicks,
    int maxReprices,
    long entryTimeLimitNs)
{
    /** Disabled, with the defaults below. */
    public static final TradingSettings DISABLED = new TradingSettings(false, 100_000, 1_000_000_000L,
        RiskSettings.DEFAULTS, SizingSettings.DEFAULTS, 5_000_000L, 5_000_000L, 1.0, 5.0,
        0.6, true, 2.0, 1.0, 60_000_000_000L, EntryAlgo.MARKET, 10, 3, 0, 2, 5, 10_000_000_000L);

    /**
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public TradingSettings
    {
        if (risk == null || sizing == null || entryAlgo == null)
        {
            throw new IllegalArgumentException((risk == null ? "risk" : sizing == null ? "sizing" : "entryAlgo") + " must be set");
        }
        positive("initialEquity", initialEquity);
        positive("equityIntervalNs", equityIntervalNs);
        notNegative("orderLatencyNs", orderLatencyNs);
        notNegative("cancelLatencyNs", cancelLatencyNs);
        if (!Double.isFinite(makerFeeBps) || !Double.isFinite(takerFeeBps))
        {
            throw new IllegalArgumentException((Double.isFinite(makerFeeBps) ? "takerFeeBps" : "makerFeeBps") + " must be finite");
        }
        if (!(entryProbability > 0.5 && entryProbability <= 1))
        {
            throw new IllegalArgumentException("entryProbability must be in (0.5, 1]: " + entryProbability);
        }
        positive("takeProfitAtr", takeProfitAtr);
        positive("stopAtr", stopAtr);
        positive("timeStopNs", timeStopNs);
        if (maxSlippageBps < 0 || maxSlippageBps >= 10_000)
        {
            throw new IllegalArgumentException("maxSlippageBps must be 0..9999: " + maxSlippageBps);
        }
        positive("maxAttempts", maxAttempts);
        notNegative("improveTicks", improveTicks);
        notNegative("repriceTicks", repriceTicks);
        notNegative("maxReprices", maxReprices);
        positive("entryTimeLimitNs", entryTimeLimitNs);
    }

    private static void positive(final String name, final double value)
    {
        if (!(value > 0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void notNegative(final String name, final long value)
    {
        if (value < 0)
        {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
