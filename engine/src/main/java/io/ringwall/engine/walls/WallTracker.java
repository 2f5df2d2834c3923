package io.ringwall.engine.walls;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.OrderBook;

/**
 * Finds the buy and sell walls of one instrument's book and follows each over its life under a stable id,
 * reporting every appearance, significant size change and end to a {@link WallListener}; evaluated on the
 * business-logic thread after each book change at a message boundary, in event time, allocating nothing after
 * construction.
 *
 * <h2>What a wall is</h2>
 * Each evaluation reads the best levels of each side once, best first: the top {@code levels} (N), and beyond them
 * up to {@link WallSettings#holdLevels()} levels that can only keep existing walls (fewer when the side is thinner).
 * The side's <b>baseline</b> is the median size of the top N levels (for an even count, the mean of the two middle
 * sizes). A level is a <b>seed</b> when its size is at least {@code seedMultiple} times the baseline. A
 * <b>cluster</b> starts at a seed and runs outward over every level whose price is within the <b>cluster
 * distance</b> of the cluster's last seed, extended by each further seed so reached; ordinary levels inside the run
 * belong to it, but only seeds carry it on, so a run of ordinary levels never forms one. The cluster distance is
 * {@code clusterTicks} times the tick size, or {@code clusterBps} basis points of the side's best price (rounded
 * down to a mantissa); 0 makes every cluster one level. A cluster's <b>size</b> is the sum of its levels' sizes and
 * its <b>notional</b> Σ price·qty in quote currency. A cluster is a <b>wall</b> when its size is at least
 * {@code sizeMultiple} (k) times the baseline, its notional at least {@code minNotional}, and all its levels are
 * within the top N.
 *
 * <h2>How walls are followed</h2>
 * A cluster and a live wall of the same side <b>overlap</b> when their price ranges intersect or lie within the
 * cluster distance of each other. Clusters are taken best first; each continues the oldest live wall it overlaps
 * that no earlier cluster continued. A live wall is kept while its cluster reaches {@code holdFraction} of both
 * thresholds and lies within the hold levels (hysteresis, so that a wall hovering at a threshold or at the edge of
 * the top N is not ended and re-created). Then, per side:
 * <ol>
 * <li>every live wall no cluster continues <b>ends</b>, in id order (below);</li>
 * <li>clusters best first: a continued wall takes the cluster's range, levels and size, and reports {@link
 * WallChange#GREW} or {@link WallChange#SHRANK} when its size moved by at least {@code changeThreshold} of the size
 * last reported for it (which then becomes that size); a cluster that qualifies and continues nothing
 * {@link WallChange#APPEARED APPEARS} with the next id of the instrument's sequence (1, 2, 3..., never reused).</li>
 * </ol>
 * Bids are evaluated before asks. A wall's <b>prices</b> are the price levels of its cluster when last seen, its
 * <b>peak</b> the largest size it was seen with.
 *
 * <h2>How walls end</h2>
 * When a wall ends, its <b>resting</b> size is the quantity the book now holds at its prices and its <b>loss</b> is
 * peak − resting (at least 0). It ended:
 * <ul>
 * <li>{@link WallChange#CONSUMED} when it was <b>traded through</b>: since it was last seen, trades at its prices
 * reached {@code consumedFraction} of the size it was last seen with (and more than 0), a taker on its side (SELL
 * for a bid wall, BUY for an ask wall) printed at or beyond its far edge (the low of a bid wall, the high of an ask
 * wall), and the side's best price is now beyond that edge: the market took what was left of it and went on,
 * whatever happened to it before;</li>
 * <li>otherwise {@link WallChange#FADED} when its loss is at most {@code changeThreshold} of its peak: its orders
 * still rest, it merely stopped standing out (the baseline rose, it left the window, it merged into an older
 * wall);</li>
 * <li>otherwise {@link WallChange#CONSUMED} when the quantity traded at its prices since it appeared is at least
 * {@code consumedFraction} of its loss, and {@link WallChange#PULLED} when it is less.</li>
 * </ul>
 *
 * <h2>Pause and resume</h2>
 * While the book is not LIVE ({@link #pause()} to {@link #resume()}) walls are kept with their ids, trades still
 * count and nothing is evaluated or reported. The first evaluation after the resume reconciles them with the rebuilt
 * book: a wall still there continues; a wall gone ends CONSUMED when the trades explain it (either rule above), and
 * otherwise FADED, never PULLED, since the lost book updates of the gap cannot show a cancellation.
 *
 * <h2>Tick size</h2>
 * Given to the constructor, or 0 when unknown: it is then learned as the greatest common divisor of the gaps
 * between adjacent levels read (see {@link #tickSize()}).
 *
 * <h2>Trades</h2>
 * {@link #onTrade} adds a trade's quantity to every live wall of the side its taker hits (bids for SELL, asks for
 * BUY, both for UNKNOWN) whose range [low, high] holds its price, paused or not.
 *
 * <h2>Capacity</h2>
 * At most {@code maxWallsPerSide} walls per side are live: when more new walls qualify than there are free slots,
 * the smallest new ones are not tracked (the farther from the best on a tie), and may appear at a later evaluation
 * when slots free up. Live walls keep their slots. With N levels at most about N/2 walls can exist, so the default
 * 64 is never reached at N = 50.
 *
 * <h2>Cost</h2>
 * One {@link OrderBook#forEachLevel} pass over N levels per side into preallocated arrays, a quickselect for the
 * median, one clustering pass over the copy, and matching against the few live walls; an ending wall reads one
 * {@link OrderBook#qtyAt} per level it had. The hold levels cost a longer read (2N at the default hysteresis).
 */
public final class WallTracker
{
    /** The answer for an absent wall or price. */
    public static final long ABSENT = Long.MIN_VALUE;

    /** The {@code isLong} argument for a long position. */
    public static final boolean LONG = true;

    /** The {@code isLong} argument for a short position. */
    public static final boolean SHORT = false;

    private final int instrumentId;
    private final long configuredTick;
    private final int priceExponent;
    private final int qtyExponent;
    private final WallListener listener;
    private final SideWalls bids;
    private final SideWalls asks;

    private long nextWallId = 1;
    private long learnedTick;
    private boolean paused;
    private boolean reconciling;
    private boolean evaluated;
    private long bestBid = OrderBook.NULL_PRICE;
    private long bestAsk = OrderBook.NULL_PRICE;

    /**
     * @param instrumentId  the instrument, passed back with every change.
     * @param settings      the detection and tracking parameters.
     * @param tickSize      the instrument's price increment as a mantissa (1,000,000 for 0.01 at exponent -8), the unit
     *                      of {@code clusterTicks} and of the entry and exit suggestions; 0 when unknown: it is then
     *                      learned from the book (see {@link #tickSize()}).
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     * @param listener      receives every change.
     * @throws IllegalArgumentException naming a parameter out of range.
     */
    public WallTracker(
        final int instrumentId,
        final WallSettings settings,
        final long tickSize,
        final int priceExponent,
        final int qtyExponent,
        final WallListener listener)
    {
        if (settings == null)
        {
            throw new IllegalArgumentException("settings must not be null");
        }
        if (tickSize < 0)
        {
            throw new IllegalArgumentException("tickSize must be positive, or 0 when unknown, was " + tickSize);
        }
        if (!FixedPoint.isValidExponent(priceExponent))
        {
            throw new IllegalArgumentException("priceExponent must be in [-18, 0], was " + priceExponent);
        }
        if (!FixedPoint.isValidExponent(qtyExponent))
        {
            throw new IllegalArgumentException("qtyExponent must be in [-18, 0], was " + qtyExponent);
        }
        if (listener == null)
        {
            throw new IllegalArgumentException("listener must not be null");
        }
        this.instrumentId = instrumentId;
        this.configuredTick = tickSize;
        this.priceExponent = priceExponent;
        this.qtyExponent = qtyExponent;
        this.listener = listener;
        final double notionalDivisor = (double)FixedPoint.powerOfTen(-priceExponent) * (double)FixedPoint.powerOfTen(-qtyExponent);
        this.bids = new SideWalls(this, Side.BID, settings, notionalDivisor);
        this.asks = new SideWalls(this, Side.ASK, settings, notionalDivisor);
    }

    /**
     * @param change a wall change.
     * @return true for the changes that end a wall's life: {@link WallChange#CONSUMED}, {@link WallChange#PULLED},
     *         {@link WallChange#FADED}.
     */
    public static boolean isEnd(final WallChange change)
    {
        return change == WallChange.CONSUMED || change == WallChange.PULLED || change == WallChange.FADED;
    }

    /**
     * Evaluates both sides of the book, bids first, and reports every change; call after each book change at a
     * message boundary while the book is LIVE. Ignored while paused.
     *
     * @param timeNs the event time of the input that changed the book.
     * @param book   the instrument's book.
     * @return false when ignored because the tracker is paused.
     */
    public boolean evaluate(final long timeNs, final OrderBook book)
    {
        if (paused)
        {
            return false;
        }
        final long bid = book.bestPrice(Side.BID);
        final long ask = book.bestPrice(Side.ASK);
        final double mid = bid != OrderBook.NULL_PRICE && ask != OrderBook.NULL_PRICE ? ((double)bid + (double)ask) / 2.0 : Double.NaN;
        bids.evaluate(timeNs, book, mid, reconciling);
        asks.evaluate(timeNs, book, mid, reconciling);
        bestBid = bid;
        bestAsk = ask;
        evaluated = true;
        reconciling = false;
        return true;
    }

    /**
     * Attributes a public trade to the live walls at its price (also while paused).
     *
     * @param timeNs    the trade's event time.
     * @param price     its price.
     * @param qty       its quantity.
     * @param aggressor its taker: SELL hits bid walls, BUY lifts ask walls, UNKNOWN counts for either.
     */
    public void onTrade(final long timeNs, final long price, final long qty, final AggressorSide aggressor)
    {
        if (aggressor == AggressorSide.SELL)
        {
            bids.onTrade(price, qty, true);
        }
        else if (aggressor == AggressorSide.BUY)
        {
            asks.onTrade(price, qty, true);
        }
        else
        {
            bids.onTrade(price, qty, false);
            asks.onTrade(price, qty, false);
        }
    }

    /**
     * The book stopped being LIVE (a gap, a resync): walls are kept as they are, with their ids, trades still count,
     * evaluations are ignored and the queries answer {@link #ABSENT} (and {@link #publish} NaN) until
     * {@link #resume()}. Nothing is reported.
     */
    public void pause()
    {
        paused = true;
    }

    /**
     * The book is LIVE again: the next evaluation reconciles the walls kept through the pause with the rebuilt book,
     * as any evaluation does (a wall still there keeps its id and may report GREW or SHRANK), except that a wall
     * gone meanwhile can only end {@link WallChange#CONSUMED} (the trades, which never stopped, show it was traded)
     * or {@link WallChange#FADED}: never {@link WallChange#PULLED}, since the book updates of the gap are lost and
     * a cancellation cannot be told from them. Calling it while not paused changes nothing.
     */
    public void resume()
    {
        if (paused)
        {
            paused = false;
            evaluated = false;
            reconciling = true;
        }
    }

    /** @return true between {@link #pause()} and {@link #resume()}. */
    public boolean isPaused()
    {
        return paused;
    }

    /**
     * @param side the side.
     * @return how many walls of the side are live.
     */
    public int liveWalls(final Side side)
    {
        return walls(side).count;
    }

    /**
     * @param side the side.
     * @return the side's baseline (median level size over its top N levels) at the last evaluation, NaN when it
     *         was empty or before the first.
     */
    public double baseline(final Side side)
    {
        return walls(side).baseline();
    }

    /**
     * @param side the side.
     * @return the id of the side's live wall nearest to mid (a bid wall below it, an ask wall above it), or
     *         {@link #ABSENT}; also absent while paused or before the first evaluation after a resume.
     */
    public long nearestWallId(final Side side)
    {
        final SideWalls walls = walls(side);
        final int w = nearestSlot(walls);
        return w == SideWalls.NONE ? ABSENT : walls.id[w];
    }

    /**
     * @param isLong {@link #LONG} or {@link #SHORT}.
     * @return the nearest wall that protects the position: the nearest bid wall below mid for a long, the nearest
     *         ask wall above mid for a short; or {@link #ABSENT}.
     */
    public long supportingWallId(final boolean isLong)
    {
        return nearestWallId(isLong ? Side.BID : Side.ASK);
    }

    /**
     * @param isLong {@link #LONG} or {@link #SHORT}.
     * @return the nearest wall in the position's way: the nearest ask wall above mid for a long, the nearest bid
     *         wall below mid for a short; or {@link #ABSENT}.
     */
    public long opposingWallId(final boolean isLong)
    {
        return nearestWallId(isLong ? Side.ASK : Side.BID);
    }

    /**
     * A passive entry one tick in front of the supporting wall: its high + 1 tick for a long, its low − 1 tick
     * for a short, kept one tick off the opposite best so that it never crosses the spread (with a one-tick spread
     * and the wall at the touch, that is joining the wall).
     *
     * @param isLong {@link #LONG} or {@link #SHORT}.
     * @return the price, or {@link #ABSENT} without a supporting wall.
     */
    public long entryPrice(final boolean isLong)
    {
        if (isLong)
        {
            final int w = nearestSlot(bids);
            if (w == SideWalls.NONE)
            {
                return ABSENT;
            }
            final long price = bids.high[w] + tickSize();
            return bestAsk == OrderBook.NULL_PRICE ? price : Math.min(price, bestAsk - tickSize());
        }
        final int w = nearestSlot(asks);
        if (w == SideWalls.NONE)
        {
            return ABSENT;
        }
        final long price = asks.low[w] - tickSize();
        return bestBid == OrderBook.NULL_PRICE ? price : Math.max(price, bestBid + tickSize());
    }

    /**
     * A take-profit just before the opposing wall: its low − 1 tick for a long, its high + 1 tick for a short.
     *
     * @param isLong {@link #LONG} or {@link #SHORT}.
     * @return the price, or {@link #ABSENT} without an opposing wall.
     */
    public long takeProfitPrice(final boolean isLong)
    {
        final SideWalls opposing = isLong ? asks : bids;
        final int w = nearestSlot(opposing);
        if (w == SideWalls.NONE)
        {
            return ABSENT;
        }
        return isLong ? opposing.low[w] - tickSize() : opposing.high[w] + tickSize();
    }

    /**
     * A stop just behind the supporting wall: its low − 1 tick for a long, its high + 1 tick for a short.
     *
     * @param isLong {@link #LONG} or {@link #SHORT}.
     * @return the price, or {@link #ABSENT} without a supporting wall.
     */
    public long stopPrice(final boolean isLong)
    {
        final SideWalls supporting = isLong ? bids : asks;
        final int w = nearestSlot(supporting);
        if (w == SideWalls.NONE)
        {
            return ABSENT;
        }
        return isLong ? supporting.low[w] - tickSize() : supporting.high[w] + tickSize();
    }

    /**
     * Writes the wall features, as real prices, quantities and basis points, NaN for what is absent (no wall, paused,
     * not evaluated since the last resume): the support wall is the nearest bid wall (a long's support), the
     * opposing wall the nearest ask wall, each with its near edge (the bid wall's high, the ask wall's low), size
     * and distance from mid to that edge in bps of mid; the long and short entry, take-profit and stop prices; and
     * {@link FeatureCatalog#WALL_PRESSURE} = (support size − opposing size) / (their sum), in [−1, 1], with an absent
     * wall counted as size 0 (NaN when both are absent).
     *
     * @param out the instrument's feature vector.
     * @param mid the mid price as a real price (as {@link FeatureCatalog#MID}); NaN leaves the distances NaN.
     */
    public void publish(final FeatureVector out, final double mid)
    {
        final int support = nearestSlot(bids);
        final int opposing = nearestSlot(asks);
        double supportSize = 0;
        double opposingSize = 0;
        if (support == SideWalls.NONE)
        {
            out.set(FeatureCatalog.SUPPORT_WALL_PRICE, Double.NaN);
            out.set(FeatureCatalog.SUPPORT_WALL_SIZE, Double.NaN);
            out.set(FeatureCatalog.SUPPORT_WALL_DISTANCE_BPS, Double.NaN);
        }
        else
        {
            final double price = FixedPoint.toDouble(bids.high[support], priceExponent);
            supportSize = FixedPoint.toDouble(bids.size[support], qtyExponent);
            out.set(FeatureCatalog.SUPPORT_WALL_PRICE, price);
            out.set(FeatureCatalog.SUPPORT_WALL_SIZE, supportSize);
            out.set(FeatureCatalog.SUPPORT_WALL_DISTANCE_BPS, (mid - price) * 10_000.0 / mid);
        }
        if (opposing == SideWalls.NONE)
        {
            out.set(FeatureCatalog.OPPOSING_WALL_PRICE, Double.NaN);
            out.set(FeatureCatalog.OPPOSING_WALL_SIZE, Double.NaN);
            out.set(FeatureCatalog.OPPOSING_WALL_DISTANCE_BPS, Double.NaN);
        }
        else
        {
            final double price = FixedPoint.toDouble(asks.low[opposing], priceExponent);
            opposingSize = FixedPoint.toDouble(asks.size[opposing], qtyExponent);
            out.set(FeatureCatalog.OPPOSING_WALL_PRICE, price);
            out.set(FeatureCatalog.OPPOSING_WALL_SIZE, opposingSize);
            out.set(FeatureCatalog.OPPOSING_WALL_DISTANCE_BPS, (price - mid) * 10_000.0 / mid);
        }
        out.set(FeatureCatalog.LONG_ENTRY, realPrice(entryPrice(LONG)));
        out.set(FeatureCatalog.LONG_TAKE_PROFIT, realPrice(takeProfitPrice(LONG)));
        out.set(FeatureCatalog.LONG_STOP, realPrice(stopPrice(LONG)));
        out.set(FeatureCatalog.SHORT_ENTRY, realPrice(entryPrice(SHORT)));
        out.set(FeatureCatalog.SHORT_TAKE_PROFIT, realPrice(takeProfitPrice(SHORT)));
        out.set(FeatureCatalog.SHORT_STOP, realPrice(stopPrice(SHORT)));
        final double total = supportSize + opposingSize;
        out.set(FeatureCatalog.WALL_PRESSURE, total > 0 ? (supportSize - opposingSize) / total : Double.NaN);
    }

    private double realPrice(final long mantissa)
    {
        return mantissa == ABSENT ? Double.NaN : FixedPoint.toDouble(mantissa, priceExponent);
    }

    /**
     * @param wallId a live wall's id.
     * @return its lowest price, or {@link #ABSENT} when no such wall is live.
     */
    public long wallLowPrice(final long wallId)
    {
        final SideWalls walls = sideOf(wallId);
        return walls == null ? ABSENT : walls.low[walls.slotOf(wallId)];
    }

    /**
     * @param wallId a live wall's id.
     * @return its highest price, or {@link #ABSENT} when no such wall is live.
     */
    public long wallHighPrice(final long wallId)
    {
        final SideWalls walls = sideOf(wallId);
        return walls == null ? ABSENT : walls.high[walls.slotOf(wallId)];
    }

    /**
     * @param wallId a live wall's id.
     * @return its size at the last evaluation, or {@link #ABSENT} when no such wall is live.
     */
    public long wallSize(final long wallId)
    {
        final SideWalls walls = sideOf(wallId);
        return walls == null ? ABSENT : walls.size[walls.slotOf(wallId)];
    }

    /**
     * @param wallId a live wall's id.
     * @return its peak size, or {@link #ABSENT} when no such wall is live.
     */
    public long wallPeakSize(final long wallId)
    {
        final SideWalls walls = sideOf(wallId);
        return walls == null ? ABSENT : walls.peak[walls.slotOf(wallId)];
    }

    /**
     * @param wallId a live wall's id.
     * @return the quantity traded at its prices since it appeared, or {@link #ABSENT} when no such wall is live.
     */
    public long wallTradedQty(final long wallId)
    {
        final SideWalls walls = sideOf(wallId);
        return walls == null ? ABSENT : walls.traded[walls.slotOf(wallId)];
    }

    /**
     * The tick size in use: the one given to the constructor; when that was 0, the greatest common divisor of the
     * gaps between adjacent levels read so far (every price is a multiple of the true tick, so it can only be a
     * multiple of it, and one one-tick gap anywhere makes it exact), and 1 (one mantissa unit) until two levels
     * of one side have been read.
     *
     * @return the tick size, as a price mantissa.
     */
    public long tickSize()
    {
        if (configuredTick > 0)
        {
            return configuredTick;
        }
        return learnedTick > 0 ? learnedTick : 1;
    }

    long nextWallId()
    {
        return nextWallId++;
    }

    /** Narrows the learned tick to the greatest common divisor of the gaps seen, when none was given. */
    void learnTick(final long gap)
    {
        if (configuredTick == 0 && gap > 0)
        {
            long a = learnedTick;
            long b = gap;
            while (b != 0)
            {
                final long t = a % b;
                a = b;
                b = t;
            }
            learnedTick = a;
        }
    }

    void report(
        final long timeNs,
        final long wallId,
        final Side side,
        final WallChange change,
        final long lowPrice,
        final long highPrice,
        final int levels,
        final long size,
        final long peakSize,
        final double notional,
        final double distanceBps,
        final long ageNs,
        final long tradedQty,
        final double tradedFraction)
    {
        listener.onWallChange(instrumentId, timeNs, wallId, side, change, lowPrice, highPrice, levels, size, peakSize,
            notional, distanceBps, ageNs, tradedQty, tradedFraction);
    }

    private int nearestSlot(final SideWalls walls)
    {
        return paused || !evaluated ? SideWalls.NONE : walls.nearest(bestBid, bestAsk);
    }

    private SideWalls walls(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    private SideWalls sideOf(final long wallId)
    {
        if (bids.slotOf(wallId) != SideWalls.NONE)
        {
            return bids;
        }
        return asks.slotOf(wallId) != SideWalls.NONE ? asks : null;
    }
}
