package io.ringwall.engine.book;

import static io.ringwall.engine.book.OrderBook.NULL_PRICE;

/**
 * One side of a {@link LadderOrderBook}: a window of {@code windowTicks} consecutive price ticks around the
 * best level, each tick a slot holding its quantity (0 when empty), with an occupancy bitset to step from a
 * level to the next; the levels below the window are {@link DeepLevels}.
 * <p>
 * <b>Keys and ticks.</b> Prices become rank keys, {@code key = price * sign} (+1 bids, -1 asks), so a larger
 * key is a better level on both sides. The side learns its tick: every price it has stored lies on the grid
 * {@code key = anchorKey + index * tick}, where {@code tick} is the gcd of the differences between those
 * prices (0 while only one price has been seen). A price off the grid shrinks the tick to the new gcd and
 * the window is rebuilt; since each shrink at least halves the tick, that happens at most 63 times in a
 * side's life, and the tick survives {@link #clear()} because an instrument's grid does not change.
 * <p>
 * <b>The window.</b> It holds the tick indices {@code [base, base + windowTicks)}. Slots form a ring: tick
 * index {@code i} always lives in slot {@code i & slotMask}, so moving the window never moves the levels that
 * stay inside it; only the levels crossing its lower edge move, to or from the end of the deep levels.
 * Invariants: a non-empty side has its best level in the window; every deep level is below the window; no
 * window level is above the best. The window is moved (re-centred) so that the best sits at
 * {@code targetPosition}, {@code windowTicks / 8} below the top, when a new best would land above the window,
 * and when the best falls below the middle of the window; between those the window stays put, so that a
 * price oscillating by less than three eighths of a window never moves it twice.
 * <p>
 * Steady state allocates nothing; only the deep levels may grow (see {@link DeepLevels}).
 */
final class LadderSide implements OrderBook.LevelVisitor
{
    private final long sign;
    private final int windowTicks;
    private final int slotMask;
    private final int wordMask;
    private final int summaryMask;
    private final int targetPosition;
    private final int lowWater;

    /** Quantity per slot, 0 for an empty slot. */
    private final long[] qtys;
    /** One bit per slot, set when the slot holds a level. */
    private final long[] occupied;
    /** One bit per word of {@link #occupied}, set when that word is non-zero. */
    private final long[] occupiedWords;
    private final DeepLevels deep;

    private long tick;
    /** {@code 1.0 / tick}, or 0 while the tick is unknown, for a division-free tick index; see {@link #set}. */
    private double inverseTick;
    private long anchorKey;
    private long base;
    private int windowLevels;

    /**
     * Tick index, slot and price of the best level. An empty side has index {@code Long.MIN_VALUE}, so that any
     * write is at or above its best, and a slot that is empty.
     */
    private long bestIndex = Long.MIN_VALUE;
    private int bestSlot;
    private long bestPrice = NULL_PRICE;

    /** The last level found by an indexed read, so that reading levels 0, 1, 2... in turn steps once each. */
    private int cursorLevel = -1;
    private int cursorSlot;

    /**
     * @param sign        +1 for bids, -1 for asks.
     * @param windowTicks ticks in the window, a power of two of at least 8.
     * @param deepLevels  levels below the window held before growing.
     */
    LadderSide(final long sign, final int windowTicks, final int deepLevels)
    {
        this.sign = sign;
        this.windowTicks = windowTicks;
        slotMask = windowTicks - 1;
        final int words = Math.max(1, windowTicks >>> 6);
        wordMask = words - 1;
        final int summaryWords = Math.max(1, words >>> 6);
        summaryMask = summaryWords - 1;
        targetPosition = windowTicks - 1 - windowTicks / 8;
        lowWater = windowTicks / 2;
        qtys = new long[windowTicks];
        occupied = new long[words];
        occupiedWords = new long[summaryWords];
        deep = new DeepLevels(deepLevels);
    }

    long tick()
    {
        return tick;
    }

    int windowLevels()
    {
        return windowLevels;
    }

    int deepCapacity()
    {
        return deep.capacity();
    }

    long bestPrice()
    {
        return bestPrice;
    }

    long bestQty()
    {
        return qtys[bestSlot];
    }

    int depth()
    {
        return windowLevels + deep.size();
    }

    boolean isEmpty()
    {
        return windowLevels == 0;
    }

    /**
     * The hot path: a price on the grid and inside the window is one slot write, plus a bit flip when a level
     * appears or disappears. Everything else, and anything {@link #windowIndex} cannot vouch for, takes the
     * exact slow path.
     */
    void set(final long price, final long qty)
    {
        final long key = price * sign;
        final long index = windowIndex(key);
        if (Long.compareUnsigned(index - base, windowTicks) < 0)
        {
            setInWindow(index, price, qty);
        }
        else
        {
            setOutsideWindow(key, price, qty);
        }
    }

    long qtyAt(final long price)
    {
        final long key = price * sign;
        final long index = windowIndex(key);
        if (Long.compareUnsigned(index - base, windowTicks) < 0)
        {
            return qtys[(int)index & slotMask];
        }
        if (isOnGrid(key))
        {
            final long exactIndex = tickIndex(key);
            if (Long.compareUnsigned(exactIndex - base, windowTicks) < 0)
            {
                return qtys[(int)exactIndex & slotMask];
            }
        }
        return deep.qtyAt(key);
    }

    /**
     * A key's tick index without a 64-bit division: the offset from the anchor times the reciprocal of the
     * tick, rounded. The estimate is exact for the indices a window holds, and is only accepted when
     * {@code index * tick == offset}, which is an exact test: the estimate is within a few thousand ticks of
     * the true quotient, so a wrong one times the tick misses the offset by a non-zero amount under 2^64.
     *
     * @return the key's tick index, or {@code base - 1} (outside the window) when the estimate is not vouched for.
     */
    private long windowIndex(final long key)
    {
        final long offset = key - anchorKey;
        final long index = (long)Math.rint(offset * inverseTick);
        return index * tick == offset ? index : base - 1;
    }

    long price(final int level)
    {
        if (Integer.compareUnsigned(level, windowLevels) < 0)
        {
            return priceOf(bestIndex - ((bestSlot - slotOfLevel(level)) & slotMask));
        }
        final int fromTop = level - windowLevels;
        return Integer.compareUnsigned(fromTop, deep.size()) < 0 ? deep.key(fromTop) * sign : NULL_PRICE;
    }

    long qty(final int level)
    {
        if (Integer.compareUnsigned(level, windowLevels) < 0)
        {
            return qtys[slotOfLevel(level)];
        }
        final int fromTop = level - windowLevels;
        return Integer.compareUnsigned(fromTop, deep.size()) < 0 ? deep.qty(fromTop) : 0;
    }

    long totalQty(final int maxLevels)
    {
        final int inWindow = Math.min(Math.max(maxLevels, 0), windowLevels);
        long total = 0;
        int slot = bestSlot;
        for (int i = 0; i < inWindow; i++)
        {
            total += qtys[slot];
            if (i + 1 < inWindow)
            {
                slot = nextOccupiedBelow(slot);
            }
        }
        final int inDeep = Math.min(Math.max(maxLevels, 0) - inWindow, deep.size());
        return inDeep > 0 ? total + deep.totalQty(inDeep) : total;
    }

    int forEachLevel(final int maxLevels, final OrderBook.LevelVisitor visitor)
    {
        final int inWindow = Math.min(Math.max(maxLevels, 0), windowLevels);
        int slot = bestSlot;
        for (int level = 0; level < inWindow; level++)
        {
            if (level > 0)
            {
                slot = nextOccupiedBelow(slot);
            }
            visitor.onLevel(level, priceOf(bestIndex - ((bestSlot - slot) & slotMask)), qtys[slot]);
        }
        final int inDeep = Math.min(Math.max(maxLevels, 0) - inWindow, deep.size());
        if (inDeep > 0)
        {
            deep.forEachLevel(inWindow, inDeep, sign, visitor);
        }
        return inWindow + Math.max(inDeep, 0);
    }

    /**
     * Removes every level, keeping the learned tick and all capacity.
     */
    void clear()
    {
        for (int word = 0; word <= wordMask; word++)
        {
            long bits = occupied[word];
            while (bits != 0)
            {
                qtys[(word << 6) | Long.numberOfTrailingZeros(bits)] = 0;
                bits &= bits - 1;
            }
            occupied[word] = 0;
        }
        java.util.Arrays.fill(occupiedWords, 0);
        windowLevels = 0;
        deep.clear();
        bestIndex = Long.MIN_VALUE;
        bestPrice = NULL_PRICE;
        cursorLevel = -1;
    }

    /**
     * Copies a side of the same window size slot for slot: linear in the occupied words and levels.
     */
    void copyFrom(final LadderSide other)
    {
        clear();
        for (int word = 0; word <= wordMask; word++)
        {
            long bits = other.occupied[word];
            occupied[word] = bits;
            while (bits != 0)
            {
                final int slot = (word << 6) | Long.numberOfTrailingZeros(bits);
                qtys[slot] = other.qtys[slot];
                bits &= bits - 1;
            }
        }
        System.arraycopy(other.occupiedWords, 0, occupiedWords, 0, occupiedWords.length);
        deep.copyFrom(other.deep);
        tick = other.tick;
        inverseTick = other.inverseTick;
        anchorKey = other.anchorKey;
        base = other.base;
        windowLevels = other.windowLevels;
        bestIndex = other.bestIndex;
        bestSlot = other.bestSlot;
        bestPrice = other.bestPrice;
    }

    /**
     * Takes one visited level of another book's side (for {@link LadderOrderBook#copyFrom} of any book).
     */
    @Override
    public void onLevel(final int level, final long price, final long qty)
    {
        set(price, qty);
    }

    /**
     * Writes a slot without a branch on what the write does: on a real stream inserts, replaces and removals
     * arrive in no predictable order, and a mispredicted branch costs more than the whole write. The
     * occupancy bit, its word's summary bit and the level count are all recomputed from masks ({@code
     * (x | -x) >> 63} is all ones when {@code x != 0}); only a write at or above the best branches away.
     * The quantity array is only stored to: whether the slot held a level comes from the occupancy bitset,
     * which stays in L1, because a load from the quantity array feeding the level count would chain every
     * update's cache miss to the next one's (measured: 6 ns an update on the real stream).
     */
    private void setInWindow(final long index, final long price, final long qty)
    {
        final int slot = (int)index & slotMask;
        qtys[slot] = qty;

        final long present = (qty | -qty) >> 63;
        final int word = slot >>> 6;
        final long bit = 1L << slot;
        final long oldBits = occupied[word];
        final long bits = (oldBits & ~bit) | (bit & present);
        occupied[word] = bits;
        final int summary = word >>> 6;
        final long wordBit = 1L << word;
        occupiedWords[summary] = (occupiedWords[summary] & ~wordBit) | (wordBit & ((bits | -bits) >> 63));
        windowLevels += (int)(present & 1) - (int)((oldBits >>> slot) & 1);
        cursorLevel = -1;

        if (index >= bestIndex)
        {
            onWriteAtOrAboveBest(index, slot, price, qty);
        }
    }

    /**
     * @param index an index at or above the best (any index when the side was empty, whose best index is
     *              {@code Long.MIN_VALUE}).
     */
    private void onWriteAtOrAboveBest(final long index, final int slot, final long price, final long qty)
    {
        if (qty != 0)
        {
            if (bestIndex == Long.MIN_VALUE)
            {
                // The side was empty: put the window around its first level, free since nothing else is in it.
                base = baseFor(index);
                setBest(index, slot, price);
            }
            else if (index > bestIndex)
            {
                setBest(index, slot, price);
            }
        }
        else if (index == bestIndex)
        {
            onBestRemoved();
        }
    }

    private void onBestRemoved()
    {
        if (windowLevels > 0)
        {
            final int slot = nextOccupiedBelow(bestSlot);
            final long index = bestIndex - ((bestSlot - slot) & slotMask);
            setBest(index, slot, priceOf(index));
            if (index - base < lowWater)
            {
                recentreDown();
            }
        }
        else if (deep.size() > 0)
        {
            placeWindowAtDeepTop();
        }
        else
        {
            bestIndex = Long.MIN_VALUE;
            bestPrice = NULL_PRICE;
        }
    }

    /**
     * Anything the hot path cannot take: a price off the grid or outside the window, or the first level of an
     * empty side.
     */
    private void setOutsideWindow(final long key, final long price, final long qty)
    {
        if (!isOnGrid(key))
        {
            if (qty == 0)
            {
                return; // nothing rests off the grid, so there is nothing to remove
            }
            if (windowLevels == 0)
            {
                // An empty side just re-anchors; a tick already learned can only shrink.
                tick = tick == 0 ? 0 : gcd(tick, Math.abs(key - anchorKey));
                inverseTick = tick == 0 ? 0 : 1.0 / tick;
                anchorKey = key;
            }
            else
            {
                rebuild(gcd(tick, Math.abs(key - anchorKey)));
            }
        }
        if (windowLevels == 0)
        {
            if (qty != 0)
            {
                anchorKey = key;
                setInWindow(0, price, qty);
            }
            return;
        }
        final long index = tickIndex(key);
        if (index < base)
        {
            deep.set(key, qty);
        }
        else if (Long.compareUnsigned(index - base, windowTicks) < 0)
        {
            setInWindow(index, price, qty);
        }
        else if (qty != 0)
        {
            // A new best above the window: every window level that falls below the moved window goes deep.
            final long newBase = baseFor(index);
            final long shift = newBase - base;
            evictBelow(shift < 0 || shift >= windowTicks ? windowTicks : (int)shift);
            base = newBase;
            setInWindow(index, price, qty);
        }
    }

    /**
     * Re-lays the side on a finer tick: every window level goes deep, then the window is placed afresh at the
     * best. Linear in the depth; allocation-free unless the deep levels must grow to hold the whole side.
     */
    private void rebuild(final long newTick)
    {
        evictBelow(windowTicks);
        tick = newTick;
        inverseTick = 1.0 / newTick;
        placeWindowAtDeepTop();
    }

    /**
     * With the window empty and deep levels left, re-anchors the grid at the best deep level and pulls into
     * the window every deep level that fits below it.
     */
    private void placeWindowAtDeepTop()
    {
        anchorKey = deep.topKey();
        base = -targetPosition;
        final long price = anchorKey * sign;
        pullFromDeep();
        setBest(0, 0, price);
    }

    private void recentreDown()
    {
        // Every slot between the old and the new top is above the best, hence empty: only deep levels move.
        base = baseFor(bestIndex);
        pullFromDeep();
    }

    private void pullFromDeep()
    {
        cursorLevel = -1;
        while (deep.size() > 0)
        {
            final long key = deep.topKey();
            final long index = (key - anchorKey) / tick;
            if (index < base)
            {
                return;
            }
            final int slot = (int)index & slotMask;
            qtys[slot] = deep.topQty();
            markOccupied(slot);
            windowLevels++;
            deep.pop();
        }
    }

    /**
     * Moves the window levels at positions {@code [0, positions)} to the top of the deep levels, in ascending
     * order, a word of slots at a time.
     */
    private void evictBelow(final int positions)
    {
        cursorLevel = -1;
        for (int position = 0; position < positions && windowLevels > 0; )
        {
            final int slot = (int)(base + position) & slotMask;
            final int bit = slot & 63;
            final int span = Math.min(Math.min(64 - bit, windowTicks - slot), positions - position);
            final long spanMask = (span == 64 ? -1L : (1L << span) - 1) << bit;
            final int word = slot >>> 6;
            long found = occupied[word] & spanMask;
            if (found != 0)
            {
                final long remaining = occupied[word] & ~spanMask;
                occupied[word] = remaining;
                if (remaining == 0)
                {
                    occupiedWords[word >>> 6] &= ~(1L << word);
                }
                final long firstIndex = base + position - slot;
                do
                {
                    final int at = (word << 6) | Long.numberOfTrailingZeros(found);
                    deep.append(anchorKey + (firstIndex + at) * tick, qtys[at]);
                    qtys[at] = 0;
                    windowLevels--;
                    found &= found - 1;
                }
                while (found != 0);
            }
            position += span;
        }
    }

    private int slotOfLevel(final int level)
    {
        int at = 0;
        int slot = bestSlot;
        if (cursorLevel >= 0 && cursorLevel <= level)
        {
            at = cursorLevel;
            slot = cursorSlot;
        }
        for (; at < level; at++)
        {
            slot = nextOccupiedBelow(slot);
        }
        cursorLevel = level;
        cursorSlot = slot;
        return slot;
    }

    /**
     * The next occupied slot going down the ring from {@code slot}. Since nothing is above the best, going
     * down from any level finds the next worse level, and wraps round to a higher slot only when the window's
     * lower positions occupy the ring's top slots. The caller knows that a worse level exists in the window.
     */
    private int nextOccupiedBelow(final int slot)
    {
        final int from = (slot - 1) & slotMask;
        final int word = from >>> 6;
        final long below = occupied[word] & (-1L >>> (63 - (from & 63)));
        if (below != 0)
        {
            return (word << 6) | (63 - Long.numberOfLeadingZeros(below));
        }
        final int next = occupiedWordBelow(word);
        return (next << 6) | (63 - Long.numberOfLeadingZeros(occupied[next]));
    }

    /**
     * The next non-empty word of the occupancy bitset going down the ring from {@code word}, found through the
     * summary bitset; ends at {@code word} itself (its bits above the search start) after a full turn.
     */
    private int occupiedWordBelow(final int word)
    {
        final int from = (word - 1) & wordMask;
        int summary = from >>> 6;
        long candidates = occupiedWords[summary] & (-1L >>> (63 - (from & 63)));
        while (candidates == 0)
        {
            summary = (summary - 1) & summaryMask;
            candidates = occupiedWords[summary];
        }
        return (summary << 6) | (63 - Long.numberOfLeadingZeros(candidates));
    }

    private void markOccupied(final int slot)
    {
        final int word = slot >>> 6;
        final long bits = occupied[word];
        occupied[word] = bits | (1L << slot);
        if (bits == 0)
        {
            occupiedWords[word >>> 6] |= 1L << word;
        }
    }

    private void setBest(final long index, final int slot, final long price)
    {
        bestIndex = index;
        bestSlot = slot;
        bestPrice = price;
    }

    private long priceOf(final long index)
    {
        return (anchorKey + index * tick) * sign;
    }

    private boolean isOnGrid(final long key)
    {
        return tick == 0 ? key == anchorKey : (key - anchorKey) % tick == 0;
    }

    /**
     * @param key a key on the grid.
     */
    private long tickIndex(final long key)
    {
        return tick == 0 ? 0 : (key - anchorKey) / tick;
    }

    /**
     * The window base that puts the best at its target position, saturating rather than wrapping (only a
     * 1-unit tick with prices near both ends of the long range could reach the limit).
     */
    private long baseFor(final long bestIndex)
    {
        return bestIndex >= Long.MIN_VALUE + targetPosition ? bestIndex - targetPosition : Long.MIN_VALUE;
    }

    private static long gcd(final long a, final long b)
    {
        long x = a;
        long y = b;
        while (y != 0)
        {
            final long r = x % y;
            x = y;
            y = r;
        }
        return x;
    }
}
