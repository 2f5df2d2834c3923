package io.ringwall.engine.book;

import java.util.Arrays;

/**
 * The levels of one {@link LadderSide} that lie below its price window: a sorted primitive array of
 * (rank key, quantity) pairs, ascending, so that the best of them, the one next to the window, sits at the
 * end. The window's edge is therefore the cheap end: levels leaving the window are appended and levels
 * entering it are popped, and an update deep in the book shifts only the deep levels better than it.
 * <p>
 * Keys are rank keys ({@code price * sign}, larger is better) as in {@link ArrayOrderBook}. Allocation-free
 * except when the array must grow: sized at construction for the deepest book expected.
 */
final class DeepLevels
{
    /** Levels nearest the window that {@link #find} scans before its binary search: deep updates cluster there. */
    private static final int TOP_PROBE = 8;

    private long[] levels;
    private int size;

    /**
     * @param capacity levels held before the array grows.
     */
    DeepLevels(final int capacity)
    {
        levels = new long[Math.max(capacity, 1) << 1];
    }

    int size()
    {
        return size;
    }

    int capacity()
    {
        return levels.length >> 1;
    }

    void clear()
    {
        size = 0;
    }

    /**
     * @return the key of the best deep level; the caller knows there is one.
     */
    long topKey()
    {
        return levels[(size - 1) << 1];
    }

    /**
     * @return the quantity of the best deep level; the caller knows there is one.
     */
    long topQty()
    {
        return levels[((size - 1) << 1) + 1];
    }

    /**
     * Removes the best deep level (it is moving into the window); the caller knows there is one.
     */
    void pop()
    {
        size--;
    }

    /**
     * Adds a level better than every deep level (it is leaving the window).
     */
    void append(final long key, final long qty)
    {
        if (size == capacity())
        {
            grow(size + 1);
        }
        final int at = size << 1;
        levels[at] = key;
        levels[at + 1] = qty;
        size++;
    }

    /**
     * @param fromTop 0 for the best deep level; must be in {@code [0, size)}.
     */
    long key(final int fromTop)
    {
        return levels[(size - 1 - fromTop) << 1];
    }

    /**
     * @param fromTop 0 for the best deep level; must be in {@code [0, size)}.
     */
    long qty(final int fromTop)
    {
        return levels[((size - 1 - fromTop) << 1) + 1];
    }

    long qtyAt(final long key)
    {
        final int index = find(key);
        return index >= 0 ? levels[(index << 1) + 1] : 0;
    }

    /**
     * Inserts, replaces or removes (qty 0) a level, as {@link OrderBook#set} does.
     */
    void set(final long key, final long qty)
    {
        final int index = find(key);
        if (index >= 0)
        {
            final int at = index << 1;
            if (qty != 0)
            {
                levels[at + 1] = qty;
            }
            else
            {
                System.arraycopy(levels, at + 2, levels, at, (size - 1 - index) << 1);
                size--;
            }
        }
        else if (qty != 0)
        {
            if (size == capacity())
            {
                grow(size + 1);
            }
            final int at = (-index - 1) << 1;
            System.arraycopy(levels, at, levels, at + 2, (size << 1) - at);
            levels[at] = key;
            levels[at + 1] = qty;
            size++;
        }
    }

    /**
     * Sums the quantity of the best {@code count} deep levels ({@code count <= size}).
     */
    long totalQty(final int count)
    {
        long total = 0;
        for (int i = size - 1, end = size - count; i >= end; i--)
        {
            total += levels[(i << 1) + 1];
        }
        return total;
    }

    /**
     * Visits the best {@code count} deep levels ({@code count <= size}), numbering them from {@code firstLevel}.
     */
    void forEachLevel(final int firstLevel, final int count, final long sign, final OrderBook.LevelVisitor visitor)
    {
        for (int i = 0; i < count; i++)
        {
            final int at = (size - 1 - i) << 1;
            visitor.onLevel(firstLevel + i, levels[at] * sign, levels[at + 1]);
        }
    }

    void copyFrom(final DeepLevels other)
    {
        if (other.size > capacity())
        {
            grow(other.size);
        }
        System.arraycopy(other.levels, 0, levels, 0, other.size << 1);
        size = other.size;
    }

    /**
     * The same search as {@link ArrayOrderBook}'s: a short probe down from the top, then a branch-free
     * lower-bound search of the rest.
     *
     * @return the key's index, or {@code -(insertion point) - 1} when it is absent.
     */
    private int find(final long key)
    {
        final long[] levels = this.levels;
        int i = size - 1;
        final int probeEnd = Math.max(i - TOP_PROBE, -1);
        for (; i > probeEnd; i--)
        {
            final long candidate = levels[i << 1];
            if (candidate <= key)
            {
                return candidate == key ? i : -(i + 1) - 1;
            }
        }

        int length = i + 1;
        if (length == 0)
        {
            return -1;
        }
        int base = 0;
        while (length > 1)
        {
            final int half = length >>> 1;
            base = levels[(base + half) << 1] <= key ? base + half : base;
            length -= half;
        }
        final long candidate = levels[base << 1];
        if (candidate == key)
        {
            return base;
        }
        return candidate < key ? -(base + 1) - 1 : -base - 1;
    }

    private void grow(final int levelsNeeded)
    {
        // The one allocation after construction: a sign that the capacity was undersized.
        levels = Arrays.copyOf(levels, Math.max(levelsNeeded, capacity() << 1) << 1);
    }
}
