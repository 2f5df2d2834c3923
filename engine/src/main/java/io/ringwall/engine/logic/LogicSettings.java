package io.ringwall.engine.logic;

import io.ringwall.engine.analytics.AnalyticsSettings;

/**
 * The business logic's parameters (the part of the configuration that can change its decisions).
 *
 * @param initialBookLevels levels each book side is sized for at start (growing past it allocates).
 * @param syncBufferBytes   memory per instrument for diffs buffered while waiting for a snapshot.
 * @param analytics         the analytics stage's parameters.
 */
public record LogicSettings(int initialBookLevels, int syncBufferBytes, AnalyticsSettings analytics)
{
    /** Defaults sized for Binance's 5000-level snapshots plus the levels diffs add beyond them, and seconds of diffs. */
    public static final LogicSettings DEFAULTS = new LogicSettings(8192, 1 << 20, AnalyticsSettings.DEFAULTS);

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
