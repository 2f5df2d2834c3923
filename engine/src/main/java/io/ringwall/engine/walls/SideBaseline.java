package io.ringwall.engine.walls;

/**
 * The robust baseline of a book side: the median level size, found by quickselect on a preallocated scratch array
 * (O(n), no allocation, no sort), so that one or two huge levels cannot raise the bar they are measured against.
 */
final class SideBaseline
{
    private SideBaseline()
    {
    }

    /**
     * The median of {@code values[0, n)}; for an even {@code n}, the mean of the two middle values.
     *
     * @param values  the level sizes, left unchanged.
     * @param scratch at least {@code n} long, overwritten.
     * @param n       how many values, at least 1.
     * @return the median.
     */
    static double median(final long[] values, final long[] scratch, final int n)
    {
        System.arraycopy(values, 0, scratch, 0, n);
        final int half = n >>> 1;
        final long upper = select(scratch, n, half);
        if ((n & 1) == 1)
        {
            return upper;
        }
        // select leaves everything before the k-th at or below it: the lower middle is their maximum.
        long lower = scratch[0];
        for (int i = 1; i < half; i++)
        {
            lower = Math.max(lower, scratch[i]);
        }
        return ((double)lower + (double)upper) / 2.0;
    }

    /**
     * Hoare's quickselect with a median-of-three pivot (deterministic, no random source): afterwards
     * {@code a[k]} holds the k-th smallest value, everything before it is at or below it and everything after
     * at or above it.
     *
     * @param a the values, reordered.
     * @param n how many.
     * @param k the rank wanted, in [0, n).
     * @return the k-th smallest value.
     */
    static long select(final long[] a, final int n, final int k)
    {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo)
        {
            final long pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }
                while (a[j] > pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    final long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return a[k];   // between the two partitions every value equals the pivot
            }
        }
        return a[k];
    }

    private static long medianOfThree(final long a, final long b, final long c)
    {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
