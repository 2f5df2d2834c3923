package io.ringwall.engine.book;

import static io.ringwall.engine.book.OrderBook.NULL_PRICE;

/**
 * One side of a {@link LadderOrderBook}: a window of consecutive price ticks below and just above the best
 * level, each tick a slot holding its quantity (0 when empty), with an occupancy bitset to step from a level
 * to the next; the levels below the window are {@link DeepLevels}.
 * <p>
 * <b>Keys and ticks.</b> Prices become rank keys, {@code key = price * sign} (+1 bids, -1 asks), so a larger
 * key is a better level on both sides. The side learns its tick: every price it has stored lies on one grid
 * of spacing {@code tick}, the gcd of the differences between those prices (0 while only one price has been
 * seen). A price off the grid shrinks the tick to the new gcd and the side is re-laid; since each shrink at
 * least halves the tick, that happens at most 63 times in a side's life, and the tick survives
 * {@link #clear()} because an instrument's grid does not change.
 * <p>
 * <b>The window.</b> Position {@code p} of the window is the key {@code baseKey + p * tick}, for {@code p} in
 * {@code [0, windowSpan)}. Slots form a ring: position {@code p} lives in slot {@code (baseSlot + p) & slotMask},
 * so moving the window never moves the levels that stay inside it, only those crossing its lower edge, which
 * go to or come from the top of the deep levels. Invariants: a non-empty side has its best level in the
 * window, every deep level is below the window, and no window level is above the best. The window moves
 * (re-centres) to put the best at {@code targetPosition}, an eighth of the window below its top, when a new
 * best would land above it, and when the best falls below the middle of the window; a price that wanders by
 * less than three eighths of the window between those never moves it twice.
 * <p>
 * Steady state allocates nothing; only the deep levels may grow (see {@link DeepLevels}).
 */
final class LadderSide implements OrderBook.LevelVisitor
{
    /** Window offsets stay below this, so that {@code offset << 2} in {@link #set} cannot overflow. */
    private static final long MAX_WINDOW_OFFSET = (1L << 61) - 1;

    private final long sign;
    private final int windowTicks;
    private final int slotMask;
    private final int wordMask;
    private final int targetPosition;
    private final int lowWater;

    /** Quantity per slot, 0 for an empty slot. */
    private final long[] qtys;
    /** One bit per slot, set when the slot holds a level. */
    private final long[] occupied;
    private final DeepLevels deep;

    private long tick;
    /** {@code ceil(2^62 / tick)}, so that a tick index is a multiply-high instead of a 64-bit division. */
    private long tickReciprocal;
    /** Positions usable at this tick: all the slots, unless a huge tick would overflow the window's offsets. */
    private long windowSpan;
    /** A price seen on the grid (the best when the window was last placed), for the grid's exact checks. */
    private long anchorKey;
    private long baseKey;
    private int baseSlot;
    private int windowLevels;

    /** The best level; an empty side has key {@code Long.MIN_VALUE}, below every real key, and an empty slot. */
    private long bestKey = Long.MIN_VALUE;
    private int bestSlot;
    private long bestPrice = NULL_PRICE;

    /**
     * Where the last indexed read stopped, so that reading levels 0, 1, 2... in turn steps once each: the
     * level, its slot, and the occupied slots below it in the same bitset word (-1 level when stale).
     */
    private int cursorLevel = -1;
    private int cursorSlot;
    private int cursorWord;
    private long cursorBits;

    /**
     * @param sign        +1 for bids, -1 for asks.
     * @param windowTicks slots in the window, a power of two of at least 8.
     * @param deepLevels  levels below the window held before growing.
     */
    LadderSide(final long sign, final int windowTicks, final int deepLevels)
    {
        this.sign = sign;
        this.windowTicks = windowTicks;
        slotMask = windowTicks - 1;
        final int words = Math.max(1, windowTicks >>> 6);
        wordMask = words - 1;
        targetPosition = windowTicks - 1 - windowTicks / 8;
        lowWater = windowTicks / 2;
        qtys = new long[windowTicks];
        occupied = new long[words];
        deep = new DeepLevels(deepLevels);
        setTick(0);
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
     * The hot path: a price on the grid and inside the window is one slot write, plus bit updates. The
     * position is {@code offset / tick} computed as a multiply-high by the tick's reciprocal, which is exact
     * for every offset the window can hold, and it is only trusted when {@code position * tick == offset}
     * within the span, an exact test whatever the estimate: the product cannot wrap there. Anything else,
     * including every price off the grid or outside the window, takes the exact slow path.
     */
    void set(final long price, final long qty)
    {
        final long key = price * sign;
        final long offset = key - baseKey;
        final long position = Math.multiplyHigh(offset << 2, tickReciprocal);
        if (position * tick == offset && Long.compareUnsigned(position, windowSpan) < 0)
        {
            setInWindow((baseSlot + (int)position) & slotMask, key, price, qty);
        }
        else
        {
            setOutsideWindow(key, price, qty);
        }
    }

    long qtyAt(final long price)
    {
        // The same position test as set: it accepts every key on the grid within the window, so a key it
        // rejects is deep, if it rests anywhere.
        final long key = price * sign;
        final long offset = key - baseKey;
        final long position = Math.multiplyHigh(offset << 2, tickReciprocal);
        if (position * tick == offset && Long.compareUnsigned(position, windowSpan) < 0)
        {
            return qtys[(baseSlot + (int)position) & slotMask];
        }
        return deep.qtyAt(key);
    }

    long price(final int level)
    {
        if (level == 0)
        {
            return bestPrice;
        }
        if (Integer.compareUnsigned(level, windowLevels) < 0)
        {
            return keyOf(slotOfLevel(level)) * sign;
        }
        final int fromTop = level - windowLevels;
        return Integer.compareUnsigned(fromTop, deep.size()) < 0 ? deep.key(fromTop) * sign : NULL_PRICE;
    }

    long qty(final int level)
    {
        if (level == 0)
        {
            return qtys[bestSlot];
        }
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
        int word = bestSlot >>> 6;
        long bits = occupied[word];
        // Walk the set bits from the best down, a word at a time: each step is a bit scan, not a load.
        for (int level = 0; level < inWindow; level++)
        {
            int slot = bestSlot;
            if (level == 0)
            {
                bits &= (1L << slot) - 1;
            }
            else
            {
                while (bits == 0)
                {
                    word = (word - 1) & wordMask;
                    bits = occupied[word];
                }
                final int bit = 63 - Long.numberOfLeadingZeros(bits);
                bits ^= 1L << bit;
                slot = (word << 6) | bit;
            }
            total += qtys[slot];
        }
        final int inDeep = Math.min(Math.max(maxLevels, 0) - inWindow, deep.size());
        return inDeep > 0 ? total + deep.totalQty(inDeep) : total;
    }

    int forEachLevel(final int maxLevels, final OrderBook.LevelVisitor visitor)
    {
        final int inWindow = Math.min(Math.max(maxLevels, 0), windowLevels);
        int word = bestSlot >>> 6;
        long bits = occupied[word];
        for (int level = 0; level < inWindow; level++)
        {
            int slot = bestSlot;
            if (level == 0)
            {
                bits &= (1L << slot) - 1;
            }
            else
            {
                while (bits == 0)
                {
                    word = (word - 1) & wordMask;
                    bits = occupied[word];
                }
                final int bit = 63 - Long.numberOfLeadingZeros(bits);
                bits ^= 1L << bit;
                slot = (word << 6) | bit;
            }
            visitor.onLevel(level, keyOf(slot) * sign, qtys[slot]);
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
        windowLevels = 0;
        deep.clear();
        bestKey = Long.MIN_VALUE;
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
        deep.copyFrom(other.deep);
        setTick(other.tick);
        anchorKey = other.anchorKey;
        baseKey = other.baseKey;
        baseSlot = other.baseSlot;
        windowLevels = other.windowLevels;
        bestKey = other.bestKey;
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
     * occupancy bit and the level count are recomputed from masks ({@code (x | -x) >> 63} is all ones when
     * {@code x != 0}); only a write at or above the best branches away. (A summary bitset of non-empty words
     * would bound the search for the next level, but keeping it cost more per update, 1.2 ns on the real
     * stream, than the searches it saves: see {@link #nextOccupiedBelow}.)
     */
    private void setInWindow(final int slot, final long key, final long price, final long qty)
    {
        qtys[slot] = qty;

        final long present = (qty | -qty) >> 63;
        final int word = slot >>> 6;
        final long bit = 1L << slot;
        final long oldBits = occupied[word];
        final long bits = (oldBits & ~bit) | (bit & present);
        occupied[word] = bits;
        windowLevels += (int)(present & 1) - (int)((oldBits >>> slot) & 1);
        cursorLevel = -1;

        if (key >= bestKey)
        {
            onWriteAtOrAboveBest(slot, key, price, qty);
        }
    }

    private void onWriteAtOrAboveBest(final int slot, final long key, final long price, final long qty)
    {
        if (qty != 0)
        {
            if (bestKey == Long.MIN_VALUE)
            {
                // The side was empty: put the window around its first level, free since nothing else is in it.
                final int position = targetPositionFor(key);
                baseKey = key - position * tick;
                baseSlot = (slot - position) & slotMask;
                anchorKey = key;
            }
            if (key > bestKey)
            {
                setBest(slot, key, price);
            }
        }
        else if (key == bestKey)
        {
            onBestRemoved();
        }
    }

    private void onBestRemoved()
    {
        if (windowLevels > 0)
        {
            final int slot = nextOccupiedBelow(bestSlot);
            final long key = keyOf(slot);
            setBest(slot, key, key * sign);
            if (((slot - baseSlot) & slotMask) < lowWater)
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
            bestKey = Long.MIN_VALUE;
            bestPrice = NULL_PRICE;
        }
    }

    /**
     * Anything the hot path cannot take. The common case, a level below the window, goes to the deep levels
     * after a grid check by the same multiply-high (exact below 2^61, and falling back to a division beyond);
     * then the rare cases: a price off the grid, one above the window, the first level of an empty side.
     */
    private void setOutsideWindow(final long key, final long price, final long qty)
    {
        if (key < baseKey && windowLevels > 0)
        {
            final long below = baseKey - key;
            final boolean onGrid = below < MAX_WINDOW_OFFSET ?
                Math.multiplyHigh(below << 2, tickReciprocal) * tick == below : isOnGrid(key);
            if (onGrid)
            {
                deep.set(key, qty);
                return;
            }
        }
        setRarely(key, price, qty);
    }

    /**
     * A price off the grid or above the window, or the first level of an empty side. Exact integer arithmetic
     * throughout.
     */
    private void setRarely(final long key, final long price, final long qty)
    {
        if (!isOnGrid(key))
        {
            if (qty == 0)
            {
                return; // nothing rests off the grid, so there is nothing to remove
            }
            final long newTick = gcd(tick, Math.abs(key - anchorKey));
            if (windowLevels == 0)
            {
                // An empty side just re-anchors; with no tick yet, a lone price teaches nothing.
                setTick(tick == 0 ? 0 : newTick);
                anchorKey = key;
            }
            else
            {
                relay(newTick);
            }
        }
        if (windowLevels == 0)
        {
            if (qty != 0)
            {
                final int position = targetPositionFor(key);
                baseKey = key - position * tick;
                setInWindow((baseSlot + position) & slotMask, key, price, qty);
            }
            return;
        }
        if (key < baseKey)
        {
            deep.set(key, qty);
            return;
        }
        final long position = Long.divideUnsigned(key - baseKey, Math.max(tick, 1));
        if (position < windowSpan)
        {
            setInWindow((baseSlot + (int)position) & slotMask, key, price, qty);
        }
        else if (qty != 0)
        {
            moveWindowUpTo(key);
            setInWindow((baseSlot + targetPositionFor(key)) & slotMask, key, price, qty);
        }
    }

    /**
     * Moves the window up so that a new best above it lands at the target position; every window level that
     * falls below the moved window goes deep.
     */
    private void moveWindowUpTo(final long newBestKey)
    {
        final long newBaseKey = newBestKey - targetPositionFor(newBestKey) * tick;
        final long shift = Long.divideUnsigned(newBaseKey - baseKey, tick);
        evictBelow(shift >= windowSpan ? (int)windowSpan : (int)shift);
        baseKey = newBaseKey;
        baseSlot = (baseSlot + (int)shift) & slotMask;
    }

    private void recentreDown()
    {
        // Every slot between the old and the new top is above the best, hence empty: only deep levels move.
        final int position = (bestSlot - baseSlot) & slotMask;
        final int shift = targetPositionFor(bestKey) - position;
        if (shift > 0)
        {
            baseKey -= shift * tick;
            baseSlot = (baseSlot - shift) & slotMask;
            pullFromDeep();
        }
    }

    /**
     * Re-lays the side on a finer tick: every window level goes deep, then the window is placed afresh at the
     * best. Linear in the depth; allocation-free unless the deep levels must grow to hold the whole side.
     */
    private void relay(final long newTick)
    {
        evictBelow((int)windowSpan);
        setTick(newTick);
        placeWindowAtDeepTop();
    }

    /**
     * With the window empty and deep levels left, places the window at the best deep level and pulls into it
     * every deep level that fits below.
     */
    private void placeWindowAtDeepTop()
    {
        final long key = deep.topKey();
        final int position = targetPositionFor(key);
        anchorKey = key;
        baseKey = key - position * tick;
        final int slot = (baseSlot + position) & slotMask;
        pullFromDeep();
        setBest(slot, key, key * sign);
    }

    private void pullFromDeep()
    {
        cursorLevel = -1;
        while (deep.size() > 0)
        {
            final long key = deep.topKey();
            if (key < baseKey)
            {
                return;
            }
            final int slot = (baseSlot + (int)Long.divideUnsigned(key - baseKey, Math.max(tick, 1))) & slotMask;
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
            final int slot = (baseSlot + position) & slotMask;
            final int bit = slot & 63;
            final int span = Math.min(Math.min(64 - bit, windowTicks - slot), positions - position);
            final long spanMask = (span == 64 ? -1L : (1L << span) - 1) << bit;
            final int word = slot >>> 6;
            long found = occupied[word] & spanMask;
            if (found != 0)
            {
                occupied[word] &= ~spanMask;
                do
                {
                    final int at = (word << 6) | Long.numberOfTrailingZeros(found);
                    deep.append(baseKey + (position + at - slot) * tick, qtys[at]);
                    qtys[at] = 0;
                    windowLevels--;
                    found &= found - 1;
                }
                while (found != 0);
            }
            position += span;
        }
    }

    /**
     * Steps the cursor down the occupied slots to a window level, from where it stopped if that is not below
     * the level, else from the best. Each step is a bit scan of the word's remaining bits; a word's worth of
     * levels costs one load. Walks are bounded by the level count, and the ring's occupied slots run down from
     * the best without ever reaching it again, so a word revisited after a full turn yields its unvisited
     * bits (those above the best) first.
     */
    private int slotOfLevel(final int level)
    {
        if (level == cursorLevel)
        {
            return cursorSlot; // the usual second read of a level: its quantity after its price
        }
        if (cursorLevel < 0 || cursorLevel > level)
        {
            cursorLevel = 0;
            cursorSlot = bestSlot;
            cursorWord = bestSlot >>> 6;
            cursorBits = occupied[cursorWord] & ((1L << bestSlot) - 1);
        }
        int word = cursorWord;
        long bits = cursorBits;
        int slot = cursorSlot;
        for (int at = cursorLevel; at < level; at++)
        {
            while (bits == 0)
            {
                word = (word - 1) & wordMask;
                bits = occupied[word];
            }
            final int bit = 63 - Long.numberOfLeadingZeros(bits);
            bits ^= 1L << bit;
            slot = (word << 6) | bit;
        }
        cursorLevel = level;
        cursorSlot = slot;
        cursorWord = word;
        cursorBits = bits;
        return slot;
    }

    /**
     * The next occupied slot going down the ring from {@code slot}. Since nothing is above the best, going
     * down from any level finds the next worse level, and wraps round to a higher slot only when the window's
     * lower positions occupy the ring's top slots. The caller knows that a worse level exists in the window.
     * <p>
     * One word of 64 ticks at a time: real books are dense enough near the top that the next level is
     * nearly always in the same or the next word. The worst case, a best removed above a gap as wide as the
     * window, reads every word of the bitset once (1,024 words for 65,536 ticks).
     */
    private int nextOccupiedBelow(final int slot)
    {
        final int from = (slot - 1) & slotMask;
        int word = from >>> 6;
        final long below = occupied[word] & (-1L >>> (63 - (from & 63)));
        if (below != 0)
        {
            return (word << 6) | (63 - Long.numberOfLeadingZeros(below));
        }
        // A full turn ends back at this word, whose bits above the start are then the ones wanted.
        do
        {
            word = (word - 1) & wordMask;
        }
        while (occupied[word] == 0);
        return (word << 6) | (63 - Long.numberOfLeadingZeros(occupied[word]));
    }

    private void markOccupied(final int slot)
    {
        occupied[slot >>> 6] |= 1L << slot;
    }

    private void setBest(final int slot, final long key, final long price)
    {
        bestSlot = slot;
        bestKey = key;
        bestPrice = price;
    }

    /**
     * @return the key of an occupied window slot, counted down from the best.
     */
    private long keyOf(final int slot)
    {
        return bestKey - ((bestSlot - slot) & slotMask) * tick;
    }

    private boolean isOnGrid(final long key)
    {
        return tick == 0 ? key == anchorKey : (key - anchorKey) % tick == 0;
    }

    /**
     * Where a re-centred window puts a best level: {@link #targetPosition}, less when the span is short or
     * when the window's base key would fall below the lowest key a long can hold.
     */
    private int targetPositionFor(final long key)
    {
        if (tick == 0)
        {
            return 0;
        }
        final long room = Long.divideUnsigned(key - (Long.MIN_VALUE + 1), tick);
        return (int)Math.min(Math.min(targetPosition, windowSpan - 1), room < 0 ? Long.MAX_VALUE : room);
    }

    private void setTick(final long newTick)
    {
        tick = newTick;
        tickReciprocal = newTick == 0 ? 0 : ((1L << 62) - 1) / newTick + 1;
        windowSpan = newTick == 0 ? windowTicks : Math.max(1, Math.min(windowTicks, MAX_WINDOW_OFFSET / newTick));
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
