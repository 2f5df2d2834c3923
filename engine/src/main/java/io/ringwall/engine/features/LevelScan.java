package io.ringwall.engine.features;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;

/**
 * Visits one side's levels best first until a visitor has seen all it needs. {@link OrderBook#forEachLevel}
 * cannot be stopped early, so the scan bounds it by the number of levels the previous scan needed, with
 * headroom: a book that changes little costs one pass over about the levels needed, and one that grew past
 * the guess is scanned again with twice the bound (rare, and never allocating).
 */
final class LevelScan
{
    /** A level visitor that knows when later levels can no longer change its result. */
    interface Visitor extends OrderBook.LevelVisitor
    {
        /**
         * Forgets every level seen: the scan starts again from the best level.
         */
        void restart();

        /**
         * @return true once the levels seen are all the visitor needs.
         */
        boolean satisfied();

        /**
         * @return how many levels, from the best, the visitor needed before it was satisfied.
         */
        int levelsNeeded();
    }

    private static final int MIN_LEVELS = 16;

    private int maxLevels = MIN_LEVELS;

    /**
     * @param book    the book.
     * @param side    the side to visit.
     * @param visitor restarted, then fed levels best first until satisfied or the side runs out.
     */
    void scan(final OrderBook book, final Side side, final Visitor visitor)
    {
        final int depth = book.depth(side);
        int limit = maxLevels;
        while (true)
        {
            visitor.restart();
            final int visited = book.forEachLevel(side, limit, visitor);
            if (visitor.satisfied() || visited >= depth || visited < limit)
            {
                final int needed = visitor.satisfied() ? visitor.levelsNeeded() : visited;
                maxLevels = Math.max(MIN_LEVELS, saturatedAdd(needed, needed / 2 + MIN_LEVELS));
                return;
            }
            limit = saturatedAdd(limit, limit);
        }
    }

    private static int saturatedAdd(final int a, final int b)
    {
        final int sum = a + b;
        return sum < 0 ? Integer.MAX_VALUE : sum;
    }
}
