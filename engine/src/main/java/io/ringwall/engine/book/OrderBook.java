package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

/**
 * A price-level (L2) order book for one instrument, owned by the business-logic thread: feed it absolute
 * level quantities with {@link #set} and read the top of book or any level by index.
 * <p>
 * Prices and quantities are fixed-point mantissas at the instrument's exponents. Level 0 is the best
 * level of a side: bids run from the highest price down, asks from the lowest price up. Reads of a level
 * that does not exist never throw: they answer {@link #NULL_PRICE} and a quantity of 0, the same as the
 * best level of an empty side, so that strategy code can read "level 5" of a thin book without a guard.
 * <p>
 * Preconditions, validated by callers (the decoders reject bad input before it reaches a book):
 * {@code side} is {@link Side#BID} or {@link Side#ASK}, {@code price > 0}, {@code qty >= 0}.
 * Implementations do not check them, and do not throw on the hot path for valid input.
 * The book never refuses a crossed state: detecting one is {@link #isCrossed()}'s job, and deciding
 * what it means (a resync) belongs to the book-health logic.
 */
public interface OrderBook
{
    /** The price reported for the best level of an empty side and for any level beyond the depth. */
    long NULL_PRICE = Long.MIN_VALUE;

    /**
     * Visits levels of one side, best first, with primitive arguments only (no per-level objects).
     */
    @FunctionalInterface
    interface LevelVisitor
    {
        /**
         * One level.
         *
         * @param level the level index, 0 for the best.
         * @param price the level's price.
         * @param qty   the level's quantity, positive.
         */
        void onLevel(int level, long price, long qty);
    }

    /**
     * Removes every level of both sides, keeping capacity.
     */
    void clear();

    /**
     * Sets the absolute quantity of a price level, as a venue's diff-depth update or snapshot says it:
     * {@code qty > 0} inserts the level or replaces its quantity, {@code qty == 0} removes it (and removing a
     * level that is not there is a normal no-op, since venues send such deletes routinely).
     *
     * @param side  {@link Side#BID} or {@link Side#ASK}.
     * @param price the level's price, positive.
     * @param qty   the level's new quantity, not negative.
     */
    void set(Side side, long price, long qty);

    /**
     * @param side the side.
     * @return the best price of the side, or {@link #NULL_PRICE} when the side is empty.
     */
    long bestPrice(Side side);

    /**
     * @param side the side.
     * @return the quantity at the best price of the side, or 0 when the side is empty.
     */
    long bestQty(Side side);

    /**
     * @return the highest bid price, or {@link #NULL_PRICE}.
     */
    default long bestBidPrice()
    {
        return bestPrice(Side.BID);
    }

    /**
     * @return the quantity at the highest bid, or 0.
     */
    default long bestBidQty()
    {
        return bestQty(Side.BID);
    }

    /**
     * @return the lowest ask price, or {@link #NULL_PRICE}.
     */
    default long bestAskPrice()
    {
        return bestPrice(Side.ASK);
    }

    /**
     * @return the quantity at the lowest ask, or 0.
     */
    default long bestAskQty()
    {
        return bestQty(Side.ASK);
    }

    /**
     * @param side the side.
     * @return the number of price levels on the side.
     */
    int depth(Side side);

    /**
     * @param side  the side.
     * @param level 0 for the best level.
     * @return the level's price, or {@link #NULL_PRICE} when {@code level} is outside {@code [0, depth(side))}.
     */
    long price(Side side, int level);

    /**
     * @param side  the side.
     * @param level 0 for the best level.
     * @return the level's quantity, or 0 when {@code level} is outside {@code [0, depth(side))}.
     */
    long qty(Side side, int level);

    /**
     * @param side  the side.
     * @param price a price.
     * @return the quantity resting at exactly that price, or 0 when there is no such level.
     */
    long qtyAt(Side side, long price);

    /**
     * Sums the quantity of the best levels of a side, e.g. the liquidity within the top 10 levels.
     *
     * @param side   the side.
     * @param levels how many levels from the best; more than the depth means all of them.
     * @return the total quantity, 0 for an empty side or {@code levels <= 0}.
     */
    long totalQty(Side side, int levels);

    /**
     * Visits the best levels of a side in order, best first.
     *
     * @param side      the side.
     * @param maxLevels the most levels to visit.
     * @param visitor   called once per level.
     * @return the number of levels visited.
     */
    int forEachLevel(Side side, int maxLevels, LevelVisitor visitor);

    /**
     * A crossed (or locked) book cannot exist at a venue, so seeing one means the local copy is wrong.
     *
     * @return true when both sides are non-empty and the best bid is at or above the best ask.
     */
    default boolean isCrossed()
    {
        return depth(Side.BID) > 0 && depth(Side.ASK) > 0 && bestBidPrice() >= bestAskPrice();
    }

    /**
     * Replaces this book's levels with a copy of another book's, of any implementation.
     *
     * @param other the book to copy; copying a book onto itself changes nothing.
     */
    void copyFrom(OrderBook other);
}
