package io.ringwall.engine.walls;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.engine.book.OrderBook;

/**
 * The live walls of one book side and the evaluation that finds, matches and ends them; state is held as
 * parallel primitive arrays, preallocated to the capacity, with the walls kept in ascending id order.
 */
final class SideWalls implements OrderBook.LevelVisitor
{
    static final int NONE = -1;

    private final WallTracker tracker;
    private final Side side;
    private final boolean bids;
    private final int window;
    private final int holdWindow;
    private final int capacity;
    private final double seedMultiple;
    private final double sizeMultiple;
    private final double holdFraction;
    private final double minNotional;
    private final int clusterTicks;
    private final double clusterBps;
    private final double changeThreshold;
    private final double consumedFraction;
    private final double notionalDivisor;

    // The hold window of the book as last read, best first: the top N levels, then those that only keep walls.
    private final long[] levelPrice;
    private final long[] levelQty;
    private final long[] scratch;
    private int levelCount;
    private double baseline = Double.NaN;
    private long reach;

    // Clusters of the window, best first: levels [first, last] of the window.
    private final int[] clusterFirst;
    private final int[] clusterLast;
    private final int[] clusterWall;
    private final long[] clusterSize;
    private final double[] clusterNotional;
    private final boolean[] clusterNew;
    private int clusterCount;

    // Live walls, ascending id; a wall's member prices are window-sized blocks of members.
    final long[] id;
    final long[] low;
    final long[] high;
    final long[] size;
    final long[] peak;
    final long[] traded;
    private final long[] reported;
    private final long[] appearedNs;
    private final int[] levels;
    private final long[] tradedSinceSeen;
    private final boolean[] farEdgeReached;
    private final int[] matchedCluster;
    private final long[] members;
    int count;

    SideWalls(final WallTracker tracker, final Side side, final WallSettings settings, final double notionalDivisor)
    {
        this.tracker = tracker;
        this.side = side;
        this.bids = side == Side.BID;
        this.window = settings.levels();
        this.holdWindow = settings.holdLevels();
        this.capacity = settings.maxWallsPerSide();
        this.seedMultiple = settings.seedMultiple();
        this.sizeMultiple = settings.sizeMultiple();
        this.holdFraction = settings.holdFraction();
        this.minNotional = settings.minNotional();
        this.clusterTicks = settings.clusterTicks();
        this.clusterBps = settings.clusterBps();
        this.changeThreshold = settings.changeThreshold();
        this.consumedFraction = settings.consumedFraction();
        this.notionalDivisor = notionalDivisor;

        levelPrice = new long[holdWindow];
        levelQty = new long[holdWindow];
        scratch = new long[window];
        clusterFirst = new int[holdWindow];
        clusterLast = new int[holdWindow];
        clusterWall = new int[holdWindow];
        clusterSize = new long[holdWindow];
        clusterNotional = new double[holdWindow];
        clusterNew = new boolean[holdWindow];

        id = new long[capacity];
        low = new long[capacity];
        high = new long[capacity];
        size = new long[capacity];
        peak = new long[capacity];
        traded = new long[capacity];
        reported = new long[capacity];
        appearedNs = new long[capacity];
        levels = new int[capacity];
        tradedSinceSeen = new long[capacity];
        farEdgeReached = new boolean[capacity];
        matchedCluster = new int[capacity];
        members = new long[capacity * holdWindow];
    }

    @Override
    public void onLevel(final int level, final long price, final long qty)
    {
        if (levelCount < holdWindow)
        {
            if (levelCount > 0)
            {
                tracker.learnTick(Math.abs(price - levelPrice[levelCount - 1]));
            }
            levelPrice[levelCount] = price;
            levelQty[levelCount] = qty;
            levelCount++;
        }
    }

    /**
     * Reads the side's window once, then clusters, matches, ends, updates and creates walls, reporting each change.
     */
    void evaluate(final long timeNs, final OrderBook book, final double mid, final boolean reconciling)
    {
        levelCount = 0;
        book.forEachLevel(side, holdWindow, this);
        clusterCount = 0;
        if (levelCount > 0)
        {
            baseline = SideBaseline.median(levelQty, scratch, Math.min(levelCount, window));
            reach = clusterBps > 0 ? (long)(levelPrice[0] * clusterBps / 10_000.0) : clusterTicks * tracker.tickSize();
            findClusters();
        }
        else
        {
            baseline = Double.NaN;
        }
        matchClusters();
        endUnmatched(timeNs, book, mid, reconciling);
        trackClusters(timeNs, mid);
    }

    private void findClusters()
    {
        final int n = levelCount;
        final double seedQty = seedMultiple * baseline;
        final double wallQty = sizeMultiple * baseline;
        final double holdQty = holdFraction * wallQty;
        final double holdNotional = holdFraction * minNotional;
        int i = 0;
        while (i < n)
        {
            if (levelQty[i] < seedQty)
            {
                i++;
                continue;
            }
            // Extend over levels within reach of the last seed; ordinary levels inside the run belong to the
            // wall (their qty rests at its prices), but only another seed can carry it further.
            int last = i;
            for (int j = i + 1; j < n; j++)
            {
                if (Math.abs(levelPrice[j] - levelPrice[last]) > reach)
                {
                    break;
                }
                if (levelQty[j] >= seedQty)
                {
                    last = j;
                }
            }
            long qty = 0;
            double value = 0;
            for (int k = i; k <= last; k++)
            {
                qty += levelQty[k];
                value += (double)levelPrice[k] * (double)levelQty[k];
            }
            value /= notionalDivisor;
            if (qty >= holdQty && value >= holdNotional)
            {
                final int c = clusterCount++;
                clusterFirst[c] = i;
                clusterLast[c] = last;
                clusterSize[c] = qty;
                clusterNotional[c] = value;
                clusterNew[c] = qty >= wallQty && value >= minNotional && last < window;
                clusterWall[c] = NONE;
            }
            i = last + 1;
        }
    }

    private long clusterLow(final int c)
    {
        return levelPrice[bids ? clusterLast[c] : clusterFirst[c]];
    }

    private long clusterHigh(final int c)
    {
        return levelPrice[bids ? clusterFirst[c] : clusterLast[c]];
    }

    private void matchClusters()
    {
        for (int w = 0; w < count; w++)
        {
            matchedCluster[w] = NONE;
        }
        for (int c = 0; c < clusterCount; c++)
        {
            final long lowC = clusterLow(c);
            final long highC = clusterHigh(c);
            // Walls are in id order: the first free overlapping one is the oldest, which keeps its id.
            for (int w = 0; w < count; w++)
            {
                if (matchedCluster[w] == NONE && lowC <= high[w] + reach && low[w] <= highC + reach)
                {
                    matchedCluster[w] = c;
                    clusterWall[c] = w;
                    break;
                }
            }
        }
    }

    private void endUnmatched(final long timeNs, final OrderBook book, final double mid, final boolean reconciling)
    {
        int kept = 0;
        for (int w = 0; w < count; w++)
        {
            if (matchedCluster[w] != NONE)
            {
                if (kept != w)
                {
                    move(w, kept);
                }
                clusterWall[matchedCluster[kept]] = kept;
                kept++;
            }
            else
            {
                end(w, timeNs, book, mid, reconciling);
            }
        }
        count = kept;
    }

    private void end(final int w, final long timeNs, final OrderBook book, final double mid, final boolean reconciling)
    {
        long resting = 0;
        double value = 0;
        final int base = w * holdWindow;
        for (int m = 0; m < levels[w]; m++)
        {
            final long price = members[base + m];
            final long qty = book.qtyAt(side, price);
            resting += qty;
            value += (double)price * (double)qty;
        }
        value /= notionalDivisor;
        final long loss = Math.max(0, peak[w] - resting);
        final double fraction = loss > 0 ? traded[w] / (double)loss : Double.NaN;
        final long best = book.bestPrice(side);
        final boolean bestBeyond = best != OrderBook.NULL_PRICE && (bids ? best < low[w] : best > high[w]);

        final WallChange change;
        // Traded through: the market took what was left of it and went on. A wall pulled just before the price fell
        // through it printed little at its prices, so it is judged by its whole loss below.
        if (bestBeyond && farEdgeReached[w] && tradedSinceSeen[w] > 0 && tradedSinceSeen[w] >= consumedFraction * size[w])
        {
            change = WallChange.CONSUMED;
        }
        else if (loss <= changeThreshold * peak[w] || reconciling && traded[w] < consumedFraction * loss)
        {
            // After a resync the book updates of the gap are lost: a loss the trades do not explain may be a
            // cancellation or may be updates never seen, so it is not called PULLED.
            change = WallChange.FADED;
        }
        else if (traded[w] >= consumedFraction * loss)
        {
            change = WallChange.CONSUMED;
        }
        else
        {
            change = WallChange.PULLED;
        }
        tracker.report(timeNs, id[w], side, change, low[w], high[w], levels[w], resting, peak[w], value,
            distanceBps(w, mid), timeNs - appearedNs[w], traded[w], fraction);
    }

    private void trackClusters(final long timeNs, final double mid)
    {
        int fresh = 0;
        for (int c = 0; c < clusterCount; c++)
        {
            if (clusterWall[c] == NONE && clusterNew[c])
            {
                fresh++;
            }
        }
        // Beyond capacity the smallest new walls are not tracked (the farther from the best on a tie).
        for (int excess = fresh - (capacity - count); excess > 0; excess--)
        {
            int smallest = NONE;
            for (int c = 0; c < clusterCount; c++)
            {
                if (clusterWall[c] == NONE && clusterNew[c] && (smallest == NONE || clusterSize[c] <= clusterSize[smallest]))
                {
                    smallest = c;
                }
            }
            clusterNew[smallest] = false;
        }

        for (int c = 0; c < clusterCount; c++)
        {
            final int w = clusterWall[c];
            if (w != NONE)
            {
                follow(w, c);
                final long before = reported[w];
                final WallChange change;
                if (size[w] - before >= changeThreshold * before)
                {
                    change = WallChange.GREW;
                }
                else if (before - size[w] >= changeThreshold * before)
                {
                    change = WallChange.SHRANK;
                }
                else
                {
                    continue;
                }
                reported[w] = size[w];
                report(w, change, timeNs, mid, clusterNotional[c]);
            }
            else if (clusterNew[c])
            {
                final int added = count++;
                id[added] = tracker.nextWallId();
                appearedNs[added] = timeNs;
                traded[added] = 0;
                peak[added] = 0;
                follow(added, c);
                reported[added] = size[added];
                report(added, WallChange.APPEARED, timeNs, mid, clusterNotional[c]);
            }
        }
    }

    /** Takes the cluster's prices and size as the wall's latest. */
    private void follow(final int w, final int c)
    {
        final int first = clusterFirst[c];
        final int n = clusterLast[c] - first + 1;
        low[w] = clusterLow(c);
        high[w] = clusterHigh(c);
        levels[w] = n;
        size[w] = clusterSize[c];
        peak[w] = Math.max(peak[w], size[w]);
        tradedSinceSeen[w] = 0;   // seen again: a trade-through can only count from here
        farEdgeReached[w] = false;
        System.arraycopy(levelPrice, first, members, w * holdWindow, n);
    }

    private void report(final int w, final WallChange change, final long timeNs, final double mid, final double notional)
    {
        tracker.report(timeNs, id[w], side, change, low[w], high[w], levels[w], size[w], peak[w], notional,
            distanceBps(w, mid), timeNs - appearedNs[w], traded[w], Double.NaN);
    }

    private double distanceBps(final int w, final double mid)
    {
        return (bids ? mid - high[w] : low[w] - mid) * 10_000.0 / mid;
    }

    private void move(final int from, final int to)
    {
        id[to] = id[from];
        low[to] = low[from];
        high[to] = high[from];
        size[to] = size[from];
        peak[to] = peak[from];
        traded[to] = traded[from];
        reported[to] = reported[from];
        appearedNs[to] = appearedNs[from];
        levels[to] = levels[from];
        tradedSinceSeen[to] = tradedSinceSeen[from];
        farEdgeReached[to] = farEdgeReached[from];
        matchedCluster[to] = matchedCluster[from];
        System.arraycopy(members, from * holdWindow, members, to * holdWindow, levels[from]);
    }

    /**
     * Adds a trade to the walls whose price range holds it, and notes a known taker reaching a wall's far edge.
     *
     * @param knownTaker false for a trade whose aggressor is unknown: it counts at the wall's prices but cannot
     *                   show that a taker went through the wall.
     */
    void onTrade(final long price, final long qty, final boolean knownTaker)
    {
        for (int w = 0; w < count; w++)
        {
            if (price >= low[w] && price <= high[w])
            {
                traded[w] += qty;
                tradedSinceSeen[w] += qty;
            }
            if (knownTaker && (bids ? price <= low[w] : price >= high[w]))
            {
                farEdgeReached[w] = true;
            }
        }
    }

    /**
     * @return the slot of the live wall nearest to mid on this side of it, or {@link #NONE}.
     */
    int nearest(final long bestBid, final long bestAsk)
    {
        final boolean hasMid = bestBid != OrderBook.NULL_PRICE && bestAsk != OrderBook.NULL_PRICE;
        int nearest = NONE;
        for (int w = 0; w < count; w++)
        {
            if (bids)
            {
                // high < (bestBid + bestAsk) / 2 without the sum's overflow
                if ((!hasMid || high[w] - bestBid < bestAsk - high[w]) && (nearest == NONE || high[w] > high[nearest]))
                {
                    nearest = w;
                }
            }
            else if ((!hasMid || low[w] - bestBid > bestAsk - low[w]) && (nearest == NONE || low[w] < low[nearest]))
            {
                nearest = w;
            }
        }
        return nearest;
    }

    int slotOf(final long wallId)
    {
        for (int w = 0; w < count; w++)
        {
            if (id[w] == wallId)
            {
                return w;
            }
        }
        return NONE;
    }

    double baseline()
    {
        return baseline;
    }
}
