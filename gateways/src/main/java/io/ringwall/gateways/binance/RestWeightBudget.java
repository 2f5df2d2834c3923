package io.ringwall.gateways.binance;

import java.util.ArrayDeque;

/**
 * Binance's REST request weight over a sliding minute, tracked on our side and corrected by the venue's
 * own count ({@code X-MBX-USED-WEIGHT-1M}), so snapshot storms after a reconnect never earn a 429 or a ban.
 * Used on one thread.
 */
final class RestWeightBudget
{
    private static final long WINDOW_MS = 60_000;

    private final long limit;
    private final ArrayDeque<long[]> spent = new ArrayDeque<>();
    private long used;
    private long venueUsed;
    private long venueUsedAtMs;

    RestWeightBudget(final long limit)
    {
        this.limit = limit;
    }

    /**
     * @return how long to wait before spending {@code weight}, 0 if it fits now.
     */
    long waitMs(final long nowMs, final long weight)
    {
        expire(nowMs);
        final long effective = Math.max(used, nowMs - venueUsedAtMs < WINDOW_MS ? venueUsed : 0);
        if (effective + weight <= limit)
        {
            return 0;
        }
        long freed = 0;
        for (final long[] entry : spent)
        {
            freed += entry[1];
            if (effective - freed + weight <= limit)
            {
                return Math.max(1, entry[0] + WINDOW_MS - nowMs);
            }
        }
        return WINDOW_MS;
    }

    void spend(final long nowMs, final long weight)
    {
        spent.addLast(new long[]{ nowMs, weight });
        used += weight;
    }

    void observeUsed(final long nowMs, final long venueCount)
    {
        venueUsed = venueCount;
        venueUsedAtMs = nowMs;
    }

    private void expire(final long nowMs)
    {
        while (!spent.isEmpty() && spent.peekFirst()[0] + WINDOW_MS <= nowMs)
        {
            used -= spent.pollFirst()[1];
        }
    }
}
