package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

import java.util.Arrays;

/**
 * A fast order book with no notion of ticks, the production book before {@link LadderOrderBook}: each side is
 * one sorted primitive array of (price, quantity) pairs with the best level at the end, so that an update
 * shifts only the levels better than it and the best price and quantity are one array read. Allocation-free, except that a side outgrowing its capacity doubles its array: size
 * the initial capacity at start-up for the deepest book the venue can send.
 * <p>
 * Cost per update is a search (a short linear probe from the best, then a branch-free binary search) plus,
 * for an insert or a removal, a copy of every better level. On a real Binance diff-depth stream most
 * updates land hundreds of levels deep, so that copy, not the search, dominates: see BookApplyBenchmark.
 */
public final class ArrayOrderBook implements OrderBook
{
    /** Enough for a 1000-level snapshot per side plus the far levels that diff updates add around it. */
    public static final int DEFAULT_CAPACITY = 4096;

    /** The largest capacity per side, so that a side's pair array stays within one Java array. */
    public static final int MAX_CAPACITY = 1 << 29;

    /**
     * How many levels below the best {@link #set} scans linearly before its binary search. None by default:
     * on recorded Binance BTCUSDT diff-depth only about 17% of updates land within the best 8 levels, and a
     * probe of 8 measured no faster than none; a feed dominated by top-of-book changes may want a few.
     */
    public static final int DEFAULT_TOP_PROBE = 0;

    private final BookSide bids;
    private final BookSide asks;

    /**
     * A book with {@link #DEFAULT_CAPACITY} levels per side.
     */
    public ArrayOrderBook()
    {
        this(DEFAULT_CAPACITY);
    }

    /**
     * @param initialCapacity levels per side before a side must grow (and allocate).
     */
    public ArrayOrderBook(final int initialCapacity)
    {
        this(initialCapacity, DEFAULT_TOP_PROBE);
    }

    /**
     * @param initialCapacity levels per side before a side must grow (and allocate).
     * @param topProbe        levels below the best to scan linearly before a binary search; 0 for none.
     */
    public ArrayOrderBook(final int initialCapacity, final int topProbe)
    {
        if (initialCapacity < 1 || initialCapacity > MAX_CAPACITY)
        {
            throw new IllegalArgumentException("initialCapacity must be in [1, " + MAX_CAPACITY + "]: " + initialCapacity);
        }
        if (topProbe < 0)
        {
            throw new IllegalArgumentException("topProbe must not be negative: " + topProbe);
        }
        bids = new BookSide(1, initialCapacity, topProbe);
        asks = new BookSide(-1, initialCapacity, topProbe);
    }

    /**
     * The levels one side can hold before it next grows.
     *
     * @param side the side.
     * @return its current capacity.
     */
    public int capacity(final Side side)
    {
        return bookSide(side).capacity();
    }

    @Override
    public void clear()
    {
        bids.size = 0;
        asks.size = 0;
    }

    @Override
    public void set(final Side side, final long price, final long qty)
    {
        bookSide(side).set(price, qty);
    }

    @Override
    public long bestPrice(final Side side)
    {
        return bookSide(side).price(0);
    }

    @Override
    public long bestQty(final Side side)
    {
        return bookSide(side).qty(0);
    }

    @Override
    public long bestBidPrice()
    {
        return bids.price(0);
    }

    @Override
    public long bestBidQty()
    {
        return bids.qty(0);
    }

    @Override
    public long bestAskPrice()
    {
        return asks.price(0);
    }

    @Override
    public long bestAskQty()
    {
        return asks.qty(0);
    }

    @Override
    public int depth(final Side side)
    {
        return bookSide(side).size;
    }

    @Override
    public long price(final Side side, final int level)
    {
        return bookSide(side).price(level);
    }

    @Override
    public long qty(final Side side, final int level)
    {
        return bookSide(side).qty(level);
    }

    @Override
    public long qtyAt(final Side side, final long price)
    {
        final BookSide bookSide = bookSide(side);
        return bookSide.qtyAtKey(price * bookSide.sign);
    }

    @Override
    public long totalQty(final Side side, final int levels)
    {
        return bookSide(side).totalQty(levels);
    }

    @Override
    public int forEachLevel(final Side side, final int maxLevels, final LevelVisitor visitor)
    {
        return bookSide(side).forEachLevel(maxLevels, visitor);
    }

    @Override
    public boolean isCrossed()
    {
        return bids.size > 0 && asks.size > 0 && bids.price(0) >= asks.price(0);
    }

    @Override
    public void copyFrom(final OrderBook other)
    {
        if (other == this)
        {
            return;
        }
        if (other instanceof ArrayOrderBook)
        {
            bids.copyFrom(((ArrayOrderBook)other).bids);
            asks.copyFrom(((ArrayOrderBook)other).asks);
            return;
        }
        bids.copyFrom(other, Side.BID);
        asks.copyFrom(other, Side.ASK);
    }

    @Override
    public String toString()
    {
        final StringBuilder out = new StringBuilder("ArrayOrderBook{bids=[");
        appendLevels(out, bids);
        out.append("], asks=[");
        appendLevels(out, asks);
        return out.append("]}").toString();
    }

    private static void appendLevels(final StringBuilder out, final BookSide bookSide)
    {
        for (int level = 0; level < bookSide.size; level++)
        {
            out.append(level == 0 ? "" : ", ").append(bookSide.price(level)).append('=').append(bookSide.qty(level));
        }
    }

    private BookSide bookSide(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    /**
     * One side of the book. Prices are held as rank keys, {@code price * sign} with sign +1 for bids and -1
     * for asks, so that a larger key is always a better level: both sides then share one search and one
     * shift routine with no branch on the side, and both keep their keys ascending with the best at the end.
     * Key and quantity sit side by side in one array, {@code levels[2i]} and {@code levels[2i + 1]}, so that
     * an insert or removal moves both with a single copy.
     */
    private static final class BookSide implements LevelVisitor
    {
        private final long sign;
        private final int topProbe;
        private long[] levels;
        private int size;

        BookSide(final long sign, final int capacity, final int topProbe)
        {
            this.sign = sign;
            this.topProbe = topProbe;
            levels = new long[capacity << 1];
        }

        int capacity()
        {
            return levels.length >> 1;
        }

        long price(final int level)
        {
            // One unsigned compare rejects both a negative level and one at or beyond the depth.
            return Integer.compareUnsigned(level, size) < 0 ? levels[(size - 1 - level) << 1] * sign : NULL_PRICE;
        }

        long qty(final int level)
        {
            return Integer.compareUnsigned(level, size) < 0 ? levels[((size - 1 - level) << 1) + 1] : 0;
        }

        long qtyAtKey(final long key)
        {
            final int index = find(key);
            return index >= 0 ? levels[(index << 1) + 1] : 0;
        }

        long totalQty(final int maxLevels)
        {
            final long[] levels = this.levels;
            final int end = size - Math.min(Math.max(maxLevels, 0), size);
            long total = 0;
            for (int i = size - 1; i >= end; i--)
            {
                total += levels[(i << 1) + 1];
            }
            return total;
        }

        int forEachLevel(final int maxLevels, final LevelVisitor visitor)
        {
            final int count = Math.min(Math.max(maxLevels, 0), size);
            for (int level = 0; level < count; level++)
            {
                final int at = (size - 1 - level) << 1;
                visitor.onLevel(level, levels[at] * sign, levels[at + 1]);
            }
            return count;
        }

        void set(final long price, final long qty)
        {
            final long key = price * sign;
            final int index = find(key);
            if (index >= 0)
            {
                if (qty == 0)
                {
                    remove(index);
                }
                else
                {
                    levels[(index << 1) + 1] = qty;
                }
            }
            else if (qty != 0)
            {
                insert(-index - 1, key, qty);
            }
        }

        /**
         * Finds a key: first among the few levels nearest the best, then by a lower-bound search of the rest
         * written without data-dependent branches (the JIT turns the select into a conditional move), since the
         * position of a deep update is a coin toss at every step that a branch predictor would miss half the time.
         *
         * @return the key's index, or {@code -(insertion point) - 1} when it is absent.
         */
        int find(final long key)
        {
            final long[] levels = this.levels;
            int i = size - 1;
            final int probeEnd = Math.max(i - topProbe, -1);
            for (; i > probeEnd; i--)
            {
                final long candidate = levels[i << 1];
                if (candidate <= key)
                {
                    return candidate == key ? i : -(i + 1) - 1;
                }
            }

            // Every key above i is greater than the key sought: search [0, i] for the last key <= it.
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

        private void insert(final int index, final long key, final long qty)
        {
            if (size == capacity())
            {
                // The one allocation a book makes after construction: a sign that capacity was undersized.
                levels = Arrays.copyOf(levels, levels.length << 1);
            }
            final int at = index << 1;
            System.arraycopy(levels, at, levels, at + 2, (size - index) << 1);
            levels[at] = key;
            levels[at + 1] = qty;
            size++;
        }

        private void remove(final int index)
        {
            final int at = index << 1;
            System.arraycopy(levels, at + 2, levels, at, (size - 1 - index) << 1);
            size--;
        }

        private void ensureCapacity(final int depth)
        {
            if (depth > capacity())
            {
                levels = new long[Math.max(depth, capacity() << 1) << 1];
            }
        }

        void copyFrom(final BookSide other)
        {
            ensureCapacity(other.size);
            System.arraycopy(other.levels, 0, levels, 0, other.size << 1);
            size = other.size;
        }

        void copyFrom(final OrderBook other, final Side side)
        {
            // Level l lands at index size - 1 - l directly: no insert, no shift, linear in the depth.
            ensureCapacity(other.depth(side));
            size = other.depth(side);
            other.forEachLevel(side, size, this);
        }

        @Override
        public void onLevel(final int level, final long price, final long qty)
        {
            final int at = (size - 1 - level) << 1;
            levels[at] = price * sign;
            levels[at + 1] = qty;
        }
    }
}
