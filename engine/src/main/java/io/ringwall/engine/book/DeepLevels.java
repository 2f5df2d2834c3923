package io.ringwall.engine.book;

import java.util.Arrays;

/**
 * The levels of one {@link LadderSide} that lie below its price window, sorted by rank key ({@code price *
 * sign}, larger is better) in blocks of up to {@link #BLOCK} levels, like the leaves of a B-tree: an update
 * searches the blocks' first keys, then its block, and shifts at most one block's levels. On the real BTCUSDT
 * stream these updates land anywhere among a thousand or more deep levels, where one flat sorted array would
 * shift hundreds of them (measured: a flat array cost 70-90 ns an update there, the blocks about 37 ns,
 * nearly all of it the two searches and the unpredictable insert-or-remove branches, whatever the block size).
 * <p>
 * The best deep level, the one next to the window, is the last level of the last block, so the levels that
 * cross the window's edge are appended and popped there. A block left with a quarter of {@link #BLOCK} or
 * fewer levels is merged with a neighbour when the two fit in half a block, so that blocks do not thin out
 * as levels come and go.
 * <p>
 * Allocation-free except when the block pool runs out, when it doubles (sized at construction for the
 * deepest book expected). Reading a deep level by index walks the blocks from the top: fine for the rare
 * reads that deep; strategies read near the best, which is in the window.
 */
final class DeepLevels
{
    /** Levels per block: a power of two, so that a block's levels start at {@code block << BLOCK_SHIFT}. */
    static final int BLOCK = 32;
    private static final int BLOCK_SHIFT = Integer.numberOfTrailingZeros(BLOCK) + 1;
    private static final int MERGE_AT = BLOCK / 4;

    /**
     * (key, quantity) pairs, {@code levels[2i]} and {@code levels[2i + 1]}, so that a shift is one copy; block
     * {@code b}'s pairs start at {@code b << BLOCK_SHIFT}, ascending.
     */
    private long[] levels;
    /** Levels in each physical block. */
    private int[] counts;
    /** Physical block ids in ascending key order, {@code blocks} of them. */
    private int[] order;
    /** The first key of each block, by order position, for the block search. */
    private long[] firstKeys;
    private int blocks;
    /** Physical block ids not in use, {@code freeBlocks} of them. */
    private int[] free;
    private int freeBlocks;
    private int size;

    /**
     * @param capacity levels expected at most; the pool holds twice that in blocks, since a split leaves
     *                 blocks half full, and grows if it runs out.
     */
    DeepLevels(final int capacity)
    {
        allocate(Math.max(4, 2 * capacity / BLOCK + 2));
    }

    int size()
    {
        return size;
    }

    /**
     * @return the levels the block pool could hold if every block were full.
     */
    int capacity()
    {
        return counts.length * BLOCK;
    }

    void clear()
    {
        blocks = 0;
        size = 0;
        freeBlocks = counts.length;
        for (int i = 0; i < freeBlocks; i++)
        {
            free[i] = freeBlocks - 1 - i;
        }
    }

    /**
     * @return the key of the best deep level; the caller knows there is one.
     */
    long topKey()
    {
        final int block = order[blocks - 1];
        return levels[(block << BLOCK_SHIFT) + ((counts[block] - 1) << 1)];
    }

    /**
     * @return the quantity of the best deep level; the caller knows there is one.
     */
    long topQty()
    {
        final int block = order[blocks - 1];
        return levels[(block << BLOCK_SHIFT) + ((counts[block] - 1) << 1) + 1];
    }

    /**
     * Removes the best deep level (it is moving into the window); the caller knows there is one.
     */
    void pop()
    {
        final int top = blocks - 1;
        size--;
        if (--counts[order[top]] == 0)
        {
            removeBlock(top);
        }
        else
        {
            mergeIfSparse(top);
        }
    }

    /**
     * Adds a level better than every deep level (it is leaving the window).
     */
    void append(final long key, final long qty)
    {
        if (blocks == 0 || counts[order[blocks - 1]] == BLOCK)
        {
            insertBlock(blocks, key);
        }
        final int block = order[blocks - 1];
        final int at = (block << BLOCK_SHIFT) + (counts[block]++ << 1);
        levels[at] = key;
        levels[at + 1] = qty;
        size++;
    }

    /**
     * @param fromTop 0 for the best deep level; must be in {@code [0, size)}.
     */
    long key(final int fromTop)
    {
        return levels[indexFromTop(fromTop)];
    }

    /**
     * @param fromTop 0 for the best deep level; must be in {@code [0, size)}.
     */
    long qty(final int fromTop)
    {
        return levels[indexFromTop(fromTop) + 1];
    }

    long qtyAt(final long key)
    {
        if (blocks == 0)
        {
            return 0;
        }
        final int block = order[blockFor(key)];
        final int index = search(block, key);
        return index >= 0 ? levels[(block << BLOCK_SHIFT) + (index << 1) + 1] : 0;
    }

    /**
     * Inserts, replaces or removes (qty 0) a level, as {@link OrderBook#set} does.
     */
    void set(final long key, final long qty)
    {
        if (blocks == 0)
        {
            if (qty != 0)
            {
                append(key, qty);
            }
            return;
        }
        final int position = blockFor(key);
        final int block = order[position];
        final int index = search(block, key);
        if (index >= 0)
        {
            if (qty != 0)
            {
                levels[(block << BLOCK_SHIFT) + (index << 1) + 1] = qty;
            }
            else
            {
                removeAt(position, block, index);
            }
        }
        else if (qty != 0)
        {
            insertAt(position, -index - 1, key, qty);
        }
    }

    /**
     * Sums the quantity of the best {@code count} deep levels ({@code count <= size}).
     */
    long totalQty(final int count)
    {
        long total = 0;
        int left = count;
        for (int position = blocks - 1; left > 0; position--)
        {
            final int block = order[position];
            final int start = block << BLOCK_SHIFT;
            for (int i = start + ((counts[block] - 1) << 1); i >= start && left > 0; i -= 2, left--)
            {
                total += levels[i + 1];
            }
        }
        return total;
    }

    /**
     * Visits the best {@code count} deep levels ({@code count <= size}), numbering them from {@code firstLevel}.
     */
    void forEachLevel(final int firstLevel, final int count, final long sign, final OrderBook.LevelVisitor visitor)
    {
        int level = firstLevel;
        final int end = firstLevel + count;
        for (int position = blocks - 1; level < end; position--)
        {
            final int block = order[position];
            final int start = block << BLOCK_SHIFT;
            for (int i = start + ((counts[block] - 1) << 1); i >= start && level < end; i -= 2)
            {
                visitor.onLevel(level++, levels[i] * sign, levels[i + 1]);
            }
        }
    }

    /**
     * Copies another's levels, packed into full blocks.
     */
    void copyFrom(final DeepLevels other)
    {
        clear();
        for (int position = 0; position < other.blocks; position++)
        {
            final int block = other.order[position];
            final int start = block << BLOCK_SHIFT;
            for (int i = start, end = start + (other.counts[block] << 1); i < end; i += 2)
            {
                append(other.levels[i], other.levels[i + 1]);
            }
        }
    }

    /**
     * @return the order position of the block that holds {@code key} or would take it: the last whose first
     *         key is at or below it, or the first block. Checks the top block first, where most deep updates
     *         land, then searches the rest without data-dependent branches.
     */
    private int blockFor(final long key)
    {
        final int top = blocks - 1;
        if (key >= firstKeys[top])
        {
            return top;
        }
        int base = 0;
        int length = top;
        while (length > 1)
        {
            final int half = length >>> 1;
            base = firstKeys[base + half] <= key ? base + half : base;
            length -= half;
        }
        return base;
    }

    /**
     * @return the key's index in the block, or {@code -(insertion point) - 1} when it is absent.
     */
    private int search(final int block, final long key)
    {
        final int start = block << BLOCK_SHIFT;
        int base = 0;
        int length = counts[block];
        while (length > 1)
        {
            final int half = length >>> 1;
            base = levels[start + ((base + half) << 1)] <= key ? base + half : base;
            length -= half;
        }
        final long candidate = levels[start + (base << 1)];
        final int index = base;
        if (candidate == key)
        {
            return index;
        }
        return candidate < key ? -(index + 1) - 1 : -index - 1;
    }

    private void insertAt(final int position, final int index, final long key, final long qty)
    {
        int at = position;
        int block = order[position];
        int slot = index;
        if (counts[block] == BLOCK)
        {
            split(position);
            if (slot > BLOCK / 2)
            {
                at = position + 1;
                block = order[at];
                slot -= BLOCK / 2;
            }
        }
        final int from = (block << BLOCK_SHIFT) + (slot << 1);
        System.arraycopy(levels, from, levels, from + 2, (counts[block] - slot) << 1);
        levels[from] = key;
        levels[from + 1] = qty;
        counts[block]++;
        size++;
        if (slot == 0)
        {
            firstKeys[at] = key;
        }
    }

    private void removeAt(final int position, final int block, final int index)
    {
        final int from = (block << BLOCK_SHIFT) + (index << 1);
        System.arraycopy(levels, from + 2, levels, from, (counts[block] - index - 1) << 1);
        size--;
        if (--counts[block] == 0)
        {
            removeBlock(position);
            return;
        }
        if (index == 0)
        {
            firstKeys[position] = levels[block << BLOCK_SHIFT];
        }
        mergeIfSparse(position);
    }

    /**
     * Moves the upper half of a full block into a new block just after it.
     */
    private void split(final int position)
    {
        final int block = order[position];
        final int upperHalf = (block << BLOCK_SHIFT) + BLOCK;
        insertBlock(position + 1, levels[upperHalf]);
        final int next = order[position + 1];
        System.arraycopy(levels, upperHalf, levels, next << BLOCK_SHIFT, BLOCK);
        counts[next] = BLOCK / 2;
        counts[block] = BLOCK / 2;
    }

    /**
     * Merges a sparse block with a neighbour when both fit in half a block, keeping the block count linear in
     * the depth however levels come and go.
     */
    private void mergeIfSparse(final int position)
    {
        if (counts[order[position]] > MERGE_AT)
        {
            return;
        }
        if (position > 0 && counts[order[position - 1]] + counts[order[position]] <= BLOCK / 2)
        {
            mergeIntoLower(position);
        }
        else if (position + 1 < blocks && counts[order[position]] + counts[order[position + 1]] <= BLOCK / 2)
        {
            mergeIntoLower(position + 1);
        }
    }

    /**
     * Appends the levels of the block at {@code position} to the block below it, and drops it.
     */
    private void mergeIntoLower(final int position)
    {
        final int lower = order[position - 1];
        final int block = order[position];
        System.arraycopy(levels, block << BLOCK_SHIFT, levels, (lower << BLOCK_SHIFT) + (counts[lower] << 1), counts[block] << 1);
        counts[lower] += counts[block];
        counts[block] = 0;
        removeBlock(position);
    }

    private void insertBlock(final int position, final long firstKey)
    {
        if (freeBlocks == 0)
        {
            grow();
        }
        final int block = free[--freeBlocks];
        counts[block] = 0;
        System.arraycopy(order, position, order, position + 1, blocks - position);
        System.arraycopy(firstKeys, position, firstKeys, position + 1, blocks - position);
        order[position] = block;
        firstKeys[position] = firstKey;
        blocks++;
    }

    private void removeBlock(final int position)
    {
        free[freeBlocks++] = order[position];
        System.arraycopy(order, position + 1, order, position, blocks - position - 1);
        System.arraycopy(firstKeys, position + 1, firstKeys, position, blocks - position - 1);
        blocks--;
    }

    private int indexFromTop(final int fromTop)
    {
        int left = fromTop;
        int position = blocks - 1;
        while (left >= counts[order[position]])
        {
            left -= counts[order[position]];
            position--;
        }
        final int block = order[position];
        return (block << BLOCK_SHIFT) + ((counts[block] - 1 - left) << 1);
    }

    private void allocate(final int blockCapacity)
    {
        levels = new long[blockCapacity << BLOCK_SHIFT];
        counts = new int[blockCapacity];
        order = new int[blockCapacity];
        firstKeys = new long[blockCapacity];
        free = new int[blockCapacity];
        clear();
    }

    private void grow()
    {
        // The one allocation after construction: a sign that the capacity was undersized.
        final int oldCapacity = counts.length;
        final int newCapacity = oldCapacity * 2;
        levels = Arrays.copyOf(levels, newCapacity << BLOCK_SHIFT);
        counts = Arrays.copyOf(counts, newCapacity);
        order = Arrays.copyOf(order, newCapacity);
        firstKeys = Arrays.copyOf(firstKeys, newCapacity);
        free = Arrays.copyOf(free, newCapacity);
        for (int block = newCapacity - 1; block >= oldCapacity; block--)
        {
            free[freeBlocks++] = block;
        }
    }
}
