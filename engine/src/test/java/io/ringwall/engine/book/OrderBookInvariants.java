package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

import java.util.Arrays;

import static io.ringwall.engine.book.OrderBook.NULL_PRICE;

/**
 * The structural checks every order book must pass after every operation, and a level-by-level comparison
 * of two books. Plain comparisons rather than AssertJ chains, because the randomized tests run these
 * hundreds of thousands of times.
 */
final class OrderBookInvariants
{
    private static final Side[] SIDES = { Side.BID, Side.ASK };

    private OrderBookInvariants()
    {
    }

    /**
     * Strictly sorted levels (bids descending, asks ascending), only positive quantities, and the best,
     * depth, total, crossing, indexed and out-of-range reads all consistent with the visited levels.
     *
     * @param book         the book.
     * @param indexedReads also compare {@code price(side, level)} and {@code qty(side, level)} for every level,
     *                     which is O(depth^2) on the reference book.
     */
    static void check(final OrderBook book, final boolean indexedReads)
    {
        for (final Side side : SIDES)
        {
            checkSide(book, side, indexedReads);
        }
        final boolean crossed = book.depth(Side.BID) > 0 && book.depth(Side.ASK) > 0 &&
            book.bestBidPrice() >= book.bestAskPrice();
        if (book.isCrossed() != crossed)
        {
            fail(book, "isCrossed() is %s", book.isCrossed());
        }
    }

    /**
     * The cheap part of {@link #check}, for every step of a long run: the best few levels of each side are
     * strictly sorted with positive quantities.
     *
     * @param book   the book.
     * @param levels how many levels from the best to check.
     */
    static void checkTop(final OrderBook book, final int levels)
    {
        for (final Side side : SIDES)
        {
            final int count = Math.min(levels, book.depth(side));
            for (int level = 0; level < count; level++)
            {
                final long price = book.price(side, level);
                if (price <= 0 || book.qty(side, level) <= 0 ||
                    (level > 0 && !isWorse(side, price, book.price(side, level - 1))))
                {
                    fail(book, "%s level %d out of order or empty", side, level);
                }
            }
        }
    }

    private static void checkSide(final OrderBook book, final Side side, final boolean indexedReads)
    {
        final Levels levels = Levels.of(book, side);
        final int depth = book.depth(side);
        if (levels.count != depth)
        {
            fail(book, "%s: visited %d levels, depth %d", side, levels.count, depth);
        }
        long total = 0;
        for (int level = 0; level < depth; level++)
        {
            final long price = levels.prices[level];
            final long qty = levels.qtys[level];
            if (price <= 0 || qty <= 0)
            {
                fail(book, "%s level %d: price %d, qty %d", side, level, price, qty);
            }
            if (level > 0 && !isWorse(side, price, levels.prices[level - 1]))
            {
                fail(book, "%s level %d: price %d not strictly worse than %d", side, level, price, levels.prices[level - 1]);
            }
            if (indexedReads && (book.price(side, level) != price || book.qty(side, level) != qty))
            {
                fail(book, "%s level %d: indexed read %d/%d, visited %d/%d",
                    side, level, book.price(side, level), book.qty(side, level), price, qty);
            }
            total += qty;
        }
        if (book.bestPrice(side) != (depth == 0 ? NULL_PRICE : levels.prices[0]) ||
            book.bestQty(side) != (depth == 0 ? 0 : levels.qtys[0]))
        {
            fail(book, "%s best level", side);
        }
        if (book.price(side, depth) != NULL_PRICE || book.qty(side, depth) != 0 ||
            book.price(side, -1) != NULL_PRICE || book.qty(side, -1) != 0)
        {
            fail(book, "%s read out of range", side);
        }
        if (book.totalQty(side, Integer.MAX_VALUE) != total)
        {
            fail(book, "%s total qty", side);
        }
    }

    private static boolean isWorse(final Side side, final long price, final long better)
    {
        return side == Side.BID ? price < better : price > better;
    }

    /**
     * Both books hold exactly the same levels on both sides.
     *
     * @param expected the reference.
     * @param actual   the book under test.
     */
    static void assertSameLevels(final OrderBook expected, final OrderBook actual)
    {
        for (final Side side : SIDES)
        {
            final Levels want = Levels.of(expected, side);
            final Levels got = Levels.of(actual, side);
            if (!Arrays.equals(want.prices, got.prices) || !Arrays.equals(want.qtys, got.qtys))
            {
                throw new AssertionError(side + " levels differ:\nexpected " + expected + "\nactual   " + actual);
            }
        }
    }

    private static void fail(final OrderBook book, final String format, final Object... args)
    {
        throw new AssertionError(String.format(format, args) + " in " + book);
    }

    /** A side's levels, best first, gathered through the visitor. */
    static final class Levels implements OrderBook.LevelVisitor
    {
        long[] prices = new long[16];
        long[] qtys = new long[16];
        int count;

        static Levels of(final OrderBook book, final Side side)
        {
            final Levels levels = new Levels();
            final int visited = book.forEachLevel(side, Integer.MAX_VALUE, levels);
            if (visited != levels.count)
            {
                throw new AssertionError("forEachLevel returned " + visited + " after visiting " + levels.count);
            }
            levels.prices = Arrays.copyOf(levels.prices, levels.count);
            levels.qtys = Arrays.copyOf(levels.qtys, levels.count);
            return levels;
        }

        @Override
        public void onLevel(final int level, final long price, final long qty)
        {
            if (level != count)
            {
                throw new AssertionError("visited level " + level + " after " + count + " levels");
            }
            if (count == prices.length)
            {
                prices = Arrays.copyOf(prices, count * 2);
                qtys = Arrays.copyOf(qtys, count * 2);
            }
            prices[count] = price;
            qtys[count] = qty;
            count++;
        }
    }
}
