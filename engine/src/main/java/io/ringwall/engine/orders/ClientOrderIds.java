package io.ringwall.engine.orders;

/**
 * Issues client order ids unique per session: the session prefix in the high bits and a counter in the
 * low {@value #COUNTER_BITS} bits, so ids from two sessions never collide at a venue and an id says which
 * session sent it. Id 0 is never issued and means "no order".
 */
public final class ClientOrderIds
{
    /** Bits of the per-session counter. */
    public static final int COUNTER_BITS = 40;
    /** The largest session prefix (the id stays positive). */
    public static final int MAX_PREFIX = (1 << (63 - COUNTER_BITS)) - 1;
    /** The id that means "no order". */
    public static final long NULL_ID = 0;

    private final long prefixBits;
    private long counter;

    /**
     * @param sessionPrefix the session's prefix, 0..{@link #MAX_PREFIX}.
     */
    public ClientOrderIds(final int sessionPrefix)
    {
        if (sessionPrefix < 0 || sessionPrefix > MAX_PREFIX)
        {
            throw new IllegalArgumentException("sessionPrefix must be 0.." + MAX_PREFIX + ": " + sessionPrefix);
        }
        this.prefixBits = (long)sessionPrefix << COUNTER_BITS;
    }

    /**
     * @return a fresh id, never {@link #NULL_ID}.
     */
    public long next()
    {
        return prefixBits | ++counter;
    }

    /**
     * @param clientOrderId an id.
     * @return the session prefix it was issued under.
     */
    public static int prefixOf(final long clientOrderId)
    {
        return (int)(clientOrderId >>> COUNTER_BITS);
    }
}
