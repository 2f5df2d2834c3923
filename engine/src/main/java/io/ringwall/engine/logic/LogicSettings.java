package io.ringwall.engine.logic;

/**
 * The business logic's parameters (the part of the configuration that can change its decisions).
 *
 * @param initialBookLevels levels each book side is sized for at start (growing past it allocates).
 * @param syncBufferBytes   memory per instrument for diffs buffered while waiting for a snapshot.
 */
public record LogicSettings(int initialBookLevels, int syncBufferBytes)
{
    /** Defaults sized for Binance's 5000-level snapshots plus the levels diffs add beyond them, and seconds of diffs. */
    public static final LogicSettings DEFAULTS = new LogicSettings(8192, 1 << 20);
}
