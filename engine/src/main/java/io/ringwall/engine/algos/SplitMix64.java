package io.ringwall.engine.algos;

/**
 * A tiny seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64): the same seed gives the same
 * sequence on every JDK, which replay needs and java.util.Random's contract does not promise forever.
 */
public final class SplitMix64
{
    private long state;

    /**
     * @param seed the seed.
     */
    public SplitMix64(final long seed)
    {
        state = seed;
    }

    /**
     * Restarts the sequence.
     *
     * @param seed the seed.
     */
    public void reseed(final long seed)
    {
        state = seed;
    }

    /**
     * @return the next 64 random bits.
     */
    public long nextLong()
    {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A value in {@code [min, max]}; the modulo bias is below 2^-40 for ranges under 2^23, harmless for
     * slice sizes.
     *
     * @param min the smallest value.
     * @param max the largest value, at least min.
     * @return the value.
     */
    public long nextInRange(final long min, final long max)
    {
        return min + Long.remainderUnsigned(nextLong(), max - min + 1);
    }
}
