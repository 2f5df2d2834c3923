package io.ringwall.engine.logic;

import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.trading.TradingSettings;

/**
 * The business logic's parameters (the part of the configuration that can change its decisions).
 *
 * @param initialBookLevels levels each book side is sized for at start (growing past it allocates).
 * @param syncBufferBytes   memory per instrument for diffs buffered while waiting for a snapshot.
 * @param analytics         the analytics stage's parameters.
 * @param trading           the trading stage's parameters (it needs analytics enabled).
 */
public record LogicSettings(int initialBookLevels, int syncBufferBytes, AnalyticsSettings analytics, TradingSettings trading)
{
    /** Defaults sized for Binance's 5000-level snapshots plus the levels diffs add beyond them, and seconds of diffs. */
    public static final LogicSettings DEFAULTS = new LogicSettings(8192, 1 << 20, AnalyticsSettings.DEFAULTS);

    /**
     * @throws IllegalArgumentException when trading is enabled without analytics (it trades on their signals).
     */
    public LogicSettings
    {
        if (trading == null)
        {
            throw new IllegalArgumentException("trading must be set");
        }
        if (trading.enabled() && !analytics.enabled())
        {
            throw new IllegalArgumentException("trading.enabled needs analytics.enabled");
        }
    }

    /**
     * Books and analytics, without trading.
     *
     * @param initialBookLevels levels each book side is sized for at start.
     * @param syncBufferBytes   memory per instrument for buffered diffs.
     * @param analytics         the analytics stage's parameters.
     */
    public LogicSettings(final int initialBookLevels, final int syncBufferBytes, final AnalyticsSettings analytics)
    {
        this(initialBookLevels, syncBufferBytes, analytics, TradingSettings.DISABLED);
    }

    /**
     * Books only, without analytics (tests of the book stage).
     *
     * @param initialBookLevels levels each book side is sized for at start.
     * @param syncBufferBytes   memory per instrument for buffered diffs.
     */
    public LogicSettings(final int initialBookLevels, final int syncBufferBytes)
    {
        this(initialBookLevels, syncBufferBytes, AnalyticsSettings.DISABLED);
    }
}
