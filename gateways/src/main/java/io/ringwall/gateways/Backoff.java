package io.ringwall.gateways;

import java.util.SplittableRandom;

/**
 * Exponential backoff with full jitter, for reconnects and repeated requests: many clients that lost the
 * same venue at the same moment should not all come back at the same moment.
 */
public final class Backoff
{
    private final long initialMs;
    private final long maxMs;
    private final SplittableRandom random;
    private int attempts;

    /**
     * @param initialMs first delay ceiling.
     * @param maxMs     largest delay.
     * @param seed      jitter seed (gateway behaviour, not business logic, but reproducible in tests).
     */
    public Backoff(final long initialMs, final long maxMs, final long seed)
    {
        this.initialMs = initialMs;
        this.maxMs = maxMs;
        this.random = new SplittableRandom(seed);
    }

    /**
     * @return the next delay: uniform in [ceiling/2, ceiling], the ceiling doubling per attempt up to the max.
     */
    public long nextDelayMs()
    {
        final long ceiling = Math.min(maxMs, initialMs << Math.min(attempts, 30));
        attempts++;
        final long half = ceiling / 2;
        return half + (half > 0 ? random.nextLong(half + 1) : 0);
    }

    /** Starts over, after a success. */
    public void reset()
    {
        attempts = 0;
    }

    /** @return attempts since the last reset. */
    public int attempts()
    {
        return attempts;
    }
}
