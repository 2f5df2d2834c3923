package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

/**
 * The production order book: each side is a price ladder, an array indexed by price tick over a window
 * below the best level, so that an update within the window (94% of them on a real BTCUSDT stream, at the
 * default size) is one slot write with no branch on whether it inserts, replaces or removes, and the next
 * best level after a removal is a bit scan. Levels below the window sit in blocked sorted arrays. See
 * {@link LadderSide} for the layout, the re-centring rule and how the tick is learned, and
 * BookApplyBenchmark for the costs.
 * <p>
 * The book needs no tick size: each side learns it from the prices it sees, so an instrument imported at
 * its real tick and one imported at Binance's default exponent of -8 both work. Any price is accepted: one
 * off every grid seen so far shrinks the tick, and a range of prices too wide for the window (a tick that
 * collapses to 1 unit, say) is held in the deep levels, slower but never in unbounded memory.
 * <p>
 * Allocation-free after construction except when the deep levels outgrow their capacity. Memory per book is
 * {@code 2 * windowTicks * 8} bytes (1 MiB at the default window) plus the deep levels. Best price and
 * quantity are O(1); {@code price(side, level)} walks the occupied ticks down from the best, remembering
 * where the last read stopped, so reading levels 0, 1, 2... in turn costs one step each.
 */
public final class LadderOrderBook implements OrderBook
{
    /**
     * Ticks per side's window, 512 KiB of quantities a side. On the real BTCUSDT stream at tick 0.01, a window
     * of 65,536 ticks ($655) takes 94% of the updates; 16,384 takes 87% and costs half as much again per
     * update, 131,072 saves another 5% for twice the memory (see BookApplyBenchmark).
     */
    public static final int DEFAULT_WINDOW_TICKS = 65_536;

    /** The smallest window, for tests that want every update to exercise re-centring and deep levels. */
    public static final int MIN_WINDOW_TICKS = 8;

    /** The largest window, 8 MiB of quantities per side. */
    public static final int MAX_WINDOW_TICKS = 1 << 20;

    /** Levels below the window each side holds before growing, when not told. */
    public static final int DEFAULT_DEEP_LEVELS = 4096;

    private final int windowTicks;
    private final LadderSide bids;
    private final LadderSide asks;

    /**
     * A book with the default window and deep capacity.
     */
    public LadderOrderBook()
    {
        this(DEFAULT_DEEP_LEVELS);
    }

    /**
     * @param initialLevels levels per side the sorted deep levels hold before growing (and allocating); sized
     *                      as for {@link ArrayOrderBook}, since a re-laid tick may park a whole side there.
     */
    public LadderOrderBook(final int initialLevels)
    {
        this(initialLevels, DEFAULT_WINDOW_TICKS);
    }

    /**
     * @param initialLevels levels per side the deep levels hold before growing.
     * @param windowTicks   ticks per side's window, a power of two in
     *                      [{@link #MIN_WINDOW_TICKS}, {@link #MAX_WINDOW_TICKS}].
     */
    public LadderOrderBook(final int initialLevels, final int windowTicks)
    {
        if (initialLevels < 1 || initialLevels > ArrayOrderBook.MAX_CAPACITY)
        {
            throw new IllegalArgumentException("initialLevels must be in [1, " + ArrayOrderBook.MAX_CAPACITY + "]: " + initialLevels);
        }
        if (windowTicks < MIN_WINDOW_TICKS || windowTicks > MAX_WINDOW_TICKS || Integer.bitCount(windowTicks) != 1)
        {
            throw new IllegalArgumentException("windowTicks must be a power of two in [" + MIN_WINDOW_TICKS + ", " +
                MAX_WINDOW_TICKS + "]: " + windowTicks);
        }
        this.windowTicks = windowTicks;
        bids = new LadderSide(1, windowTicks, initialLevels);
        asks = new LadderSide(-1, windowTicks, initialLevels);
    }

    /**
     * @return the ticks in each side's window.
     */
    public int windowTicks()
    {
        return windowTicks;
    }

    /**
     * The tick a side has learned from its prices: the gcd of their differences, in price mantissa units.
     *
     * @param side the side.
     * @return the tick, or 0 while the side has not yet seen two distinct prices.
     */
    public long tick(final Side side)
    {
        return ladderSide(side).tick();
    }

    /**
     * @param side the side.
     * @return how many of its levels are in the window (the rest are in the sorted deep levels).
     */
    int windowLevels(final Side side)
    {
        return ladderSide(side).windowLevels();
    }

    /**
     * @param side the side.
     * @return how many levels below the window it holds before growing.
     */
    int deepCapacity(final Side side)
    {
        return ladderSide(side).deepCapacity();
    }

    @Override
    public void clear()
    {
        bids.clear();
        asks.clear();
    }

    @Override
    public void set(final Side side, final long price, final long qty)
    {
        ladderSide(side).set(price, qty);
    }

    @Override
    public long bestPrice(final Side side)
    {
        return ladderSide(side).bestPrice();
    }

    @Override
    public long bestQty(final Side side)
    {
        return ladderSide(side).bestQty();
    }

    @Override
    public long bestBidPrice()
    {
        return bids.bestPrice();
    }

    @Override
    public long bestBidQty()
    {
        return bids.bestQty();
    }

    @Override
    public long bestAskPrice()
    {
        return asks.bestPrice();
    }

    @Override
    public long bestAskQty()
    {
        return asks.bestQty();
    }

    @Override
    public int depth(final Side side)
    {
        return ladderSide(side).depth();
    }

    @Override
    public long price(final Side side, final int level)
    {
        return ladderSide(side).price(level);
    }

    @Override
    public long qty(final Side side, final int level)
    {
        return ladderSide(side).qty(level);
    }

    @Override
    public long qtyAt(final Side side, final long price)
    {
        return ladderSide(side).qtyAt(price);
    }

    @Override
    public long totalQty(final Side side, final int levels)
    {
        return ladderSide(side).totalQty(levels);
    }

    @Override
    public int forEachLevel(final Side side, final int maxLevels, final LevelVisitor visitor)
    {
        return ladderSide(side).forEachLevel(maxLevels, visitor);
    }

    @Override
    public boolean isCrossed()
    {
        return !bids.isEmpty() && !asks.isEmpty() && bids.bestPrice() >= asks.bestPrice();
    }

    @Override
    public void copyFrom(final OrderBook other)
    {
        if (other == this)
        {
            return;
        }
        if (other instanceof LadderOrderBook && ((LadderOrderBook)other).windowTicks == windowTicks)
        {
            bids.copyFrom(((LadderOrderBook)other).bids);
            asks.copyFrom(((LadderOrderBook)other).asks);
            return;
        }
        bids.clear();
        asks.clear();
        // Best first, so that each side's window is placed at its best level and the rest fill in below it.
        other.forEachLevel(Side.BID, Integer.MAX_VALUE, bids);
        other.forEachLevel(Side.ASK, Integer.MAX_VALUE, asks);
    }

    @Override
    public String toString()
    {
        final StringBuilder out = new StringBuilder("LadderOrderBook{bids=[");
        appendLevels(out, Side.BID);
        out.append("], asks=[");
        appendLevels(out, Side.ASK);
        return out.append("]}").toString();
    }

    private void appendLevels(final StringBuilder out, final Side side)
    {
        forEachLevel(side, Integer.MAX_VALUE, (level, price, qty) -> out.append(level == 0 ? "" : ", ").append(price).append('=').append(qty));
    }

    private LadderSide ladderSide(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }
}
