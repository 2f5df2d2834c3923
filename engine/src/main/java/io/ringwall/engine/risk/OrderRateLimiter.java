package io.ringwall.engine.risk;

/**
 * A token bucket in event time and integer arithmetic, so a replay refills it exactly as the run did: the bucket
 * holds earned nanoseconds, one order costs {@code nsPerToken} of them, and it holds at most {@code burst} orders'
 * worth. It starts full at the first event time it sees; time that goes backwards earns nothing.
 */
public final class OrderRateLimiter
{
    private final long nsPerToken;
    private final long capacityNs;
    private long levelNs;
    private long lastNs;
    private boolean started;

    /**
     * @param burst      the capacity in orders, in [1, {@link RiskSettings#MAX_ORDER_BURST}].
     * @param nsPerToken the event time that earns one order, above 0, with {@code burst * nsPerToken} within a long.
     */
    public OrderRateLimiter(final int burst, final long nsPerToken)
    {
        if (burst < 1 || burst > RiskSettings.MAX_ORDER_BURST)
        {
            throw new IllegalArgumentException("burst must be in [1, " + RiskSettings.MAX_ORDER_BURST + "], was " + burst);
        }
        if (nsPerToken < 1 || nsPerToken > Long.MAX_VALUE / burst)
        {
            throw new IllegalArgumentException("nsPerToken must be in [1, " + Long.MAX_VALUE / burst + "], was " + nsPerToken);
        }
        this.nsPerToken = nsPerToken;
        this.capacityNs = burst * nsPerToken;
    }

    /**
     * Adds the tokens earned since the last call.
     *
     * @param nowNs the event time.
     */
    public void refill(final long nowNs)
    {
        if (!started)
        {
            started = true;
            levelNs = capacityNs;
            lastNs = nowNs;
            return;
        }
        if (nowNs > lastNs)
        {
            final long elapsed = nowNs - lastNs;
            // the level never exceeds the capacity, so this cannot overflow
            levelNs = elapsed >= capacityNs - levelNs ? capacityNs : levelNs + elapsed;
            lastNs = nowNs;
        }
    }

    /** @return whether a whole token is available. */
    public boolean hasToken()
    {
        return levelNs >= nsPerToken;
    }

    /** Spends one token; call only after {@link #hasToken()}. */
    public void consume()
    {
        levelNs -= nsPerToken;
    }

    /** @return the whole tokens available. */
    public long tokens()
    {
        return levelNs / nsPerToken;
    }

    /** @return the earned nanoseconds in the bucket (the exact level). */
    public long levelNs()
    {
        return levelNs;
    }
}
