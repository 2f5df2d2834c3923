package io.ringwall.engine.features;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;

/**
 * Trade flow and order-flow imbalance over several event-time windows: buy, sell and signed volume by
 * aggressor, trade count and rate, VWAP, and the Cont-Kukanov-Stoikov order-flow imbalance of the best levels.
 * <p>
 * <b>Time.</b> Event time only, and it never runs backwards here: each input moves this flow's time to
 * max(time seen, its own time), so an input stamped earlier than one already seen (two sources, a new import
 * file) counts in the current bucket rather than rewriting the past. Time is cut into buckets of a fixed
 * resolution (see {@link #defaultResolutionNs}), aligned to epoch multiples of it; a window of L buckets at time
 * now holds the inputs whose bucket is one of the L ending with now's bucket, so it reaches back between (L - 1)
 * and L resolutions before now: <b>the approximation is one bucket</b>, an input up to one resolution older than
 * the window's nominal length can still count, until its bucket expires.
 * Getters take a now and expire what has left the window first (a now behind the time seen reads at the time
 * seen).
 * <p>
 * <b>Definitions</b> (quantity in base units, price in quote currency): buy (sell) volume is the quantity of
 * trades whose aggressor bought (sold); flow imbalance = (buy - sell) / (buy + sell); trades with an UNKNOWN aggressor count in total volume, trade count and
 * VWAP but in neither side's volume; signed volume = buy - sell; trade rate = trades / window length in seconds
 * (the nominal length, L resolutions); VWAP = sum(price * qty) / sum(qty), NaN with no trades. OFI sums, over
 * the window, e_n = qB_n [pB_n >= pB_n-1] - qB_n-1 [pB_n <= pB_n-1] - qA_n [pA_n <= pA_n-1] + qA_n-1 [pA_n >= pA_n-1]
 * over successive top-of-book states n (Cont, Kukanov and Stoikov, 2014): positive when bids build or asks
 * are taken away. The first state, one with an empty side, and the first after {@link #resetTopOfBook()} have no
 * predecessor and add nothing.
 * <p>
 * The exponents must be the instrument's on every call; they are read when converting sums to natural units.
 * Exponents that change (an instrument redefined) clear every window rather than mix two scales. Sums are
 * exact integers, so there is no drift; updates are O(1) amortized (expiring a bucket is O(1), and a silence
 * longer than a window clears it in one sweep). Allocation-free after construction.
 */
public final class TradeFlow
{
    /** The most buckets a window may hold (memory is 56 bytes a bucket). */
    public static final int MAX_BUCKETS = 1 << 20;

    private final FlowWindow[] windows;
    private final long resolutionNs;

    private boolean started;
    private long timeNs;
    private boolean scaled;
    private int priceExponent;
    private int qtyExponent;

    private boolean hasTop;
    private long lastBidPrice;
    private long lastBidQty;
    private long lastAskPrice;
    private long lastAskQty;

    /**
     * Windows with the {@link #defaultResolutionNs default resolution}.
     *
     * @param windowsNs the windows, positive and strictly increasing.
     * @throws IllegalArgumentException naming flowWindowsNs when they are not.
     */
    public TradeFlow(final long[] windowsNs)
    {
        this(windowsNs, defaultResolutionNs(SettingsChecks.increasing("flowWindowsNs", windowsNs)));
    }

    /**
     * @param windowsNs    the windows, positive, strictly increasing whole multiples of the resolution, each at
     *                     most {@link #MAX_BUCKETS} buckets.
     * @param resolutionNs the bucket width, positive: every window is exact to one bucket.
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public TradeFlow(final long[] windowsNs, final long resolutionNs)
    {
        final long[] lengths = SettingsChecks.increasing("flowWindowsNs", windowsNs);
        this.resolutionNs = SettingsChecks.positive("resolutionNs", resolutionNs);
        SettingsChecks.multiplesOf("flowWindowsNs", lengths, "resolutionNs", resolutionNs);
        if (lengths[lengths.length - 1] / resolutionNs > MAX_BUCKETS)
        {
            throw new IllegalArgumentException("flowWindowsNs[" + (lengths.length - 1) + "] must be at most " + MAX_BUCKETS +
                " buckets of resolutionNs " + resolutionNs + ": " + lengths[lengths.length - 1]);
        }
        windows = new FlowWindow[lengths.length];
        for (int i = 0; i < windows.length; i++)
        {
            windows[i] = new FlowWindow(lengths[i], resolutionNs);
        }
    }

    /**
     * The resolution the one-argument constructor picks: a tenth of the largest length dividing every window
     * (their greatest common divisor), or that length itself when it does not split in ten. For windows of 1 s,
     * 10 s and 60 s it is 100 ms, so the shortest window is exact to a tenth of its length.
     *
     * @param windowsNs the windows, positive.
     * @return the bucket width in ns.
     */
    public static long defaultResolutionNs(final long[] windowsNs)
    {
        long gcd = windowsNs[0];
        for (int i = 1; i < windowsNs.length; i++)
        {
            long a = gcd;
            long b = windowsNs[i];
            while (b != 0)
            {
                final long r = a % b;
                a = b;
                b = r;
            }
            gcd = a;
        }
        return gcd % 10 == 0 ? gcd / 10 : gcd;
    }

    /**
     * Writes each window's signed volume, trade rate, VWAP, OFI and flow imbalance at a time under their
     * {@link FeatureCatalog} ids.
     *
     * @param out   the vector to write into.
     * @param nowNs the event time to read at: what has left a window by then is expired first.
     */
    public void publish(final FeatureVector out, final long nowNs)
    {
        for (int i = 0; i < windows.length; i++)
        {
            out.set(FeatureCatalog.signedVolume(i), signedVolume(i, nowNs));
            out.set(FeatureCatalog.tradeRate(i), tradeRate(i, nowNs));
            out.set(FeatureCatalog.vwap(i), vwap(i, nowNs));
            out.set(FeatureCatalog.ofi(i), ofi(i, nowNs));
            out.set(FeatureCatalog.flowImbalance(i), flowImbalance(i, nowNs));
        }
    }

    /**
     * Counts a trade. A trade with a price or quantity that is not positive moves time but adds nothing.
     *
     * @param timeNs        the trade's event time.
     * @param price         its price mantissa.
     * @param qty           its quantity mantissa.
     * @param aggressor     the taker's side.
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     */
    public void onTrade(final long timeNs, final long price, final long qty, final AggressorSide aggressor,
        final int priceExponent, final int qtyExponent)
    {
        scale(priceExponent, qtyExponent);
        advanceTo(timeNs);
        if (price <= 0 || qty <= 0)
        {
            return;
        }
        final long notionalHigh = Math.multiplyHigh(price, qty);
        final long notionalLow = price * qty;
        for (final FlowWindow window : windows)
        {
            window.addTrade(aggressor, qty, notionalHigh, notionalLow);
        }
    }

    /**
     * Adds the order-flow imbalance of a new top of book against the previous one. An empty side (a price that
     * is not positive, such as the book's NULL_PRICE, or a quantity that is not positive) breaks the chain.
     *
     * @param timeNs        the book update's event time.
     * @param bidPrice      the best bid price mantissa.
     * @param bidQty        the best bid quantity mantissa.
     * @param askPrice      the best ask price mantissa.
     * @param askQty        the best ask quantity mantissa.
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     */
    public void onTopOfBook(final long timeNs, final long bidPrice, final long bidQty, final long askPrice,
        final long askQty, final int priceExponent, final int qtyExponent)
    {
        scale(priceExponent, qtyExponent);
        advanceTo(timeNs);
        if (bidPrice <= 0 || bidQty <= 0 || askPrice <= 0 || askQty <= 0)
        {
            hasTop = false;
            return;
        }
        if (hasTop)
        {
            long e = 0;
            if (bidPrice >= lastBidPrice)
            {
                e += bidQty;
            }
            if (bidPrice <= lastBidPrice)
            {
                e -= lastBidQty;
            }
            if (askPrice <= lastAskPrice)
            {
                e -= askQty;
            }
            if (askPrice >= lastAskPrice)
            {
                e += lastAskQty;
            }
            if (e != 0)
            {
                for (final FlowWindow window : windows)
                {
                    window.addOfi(e);
                }
            }
        }
        hasTop = true;
        lastBidPrice = bidPrice;
        lastBidQty = bidQty;
        lastAskPrice = askPrice;
        lastAskQty = askQty;
    }

    /**
     * Forgets the last top of book, so that the next one starts a new OFI chain: call it when the book stops
     * being LIVE, since a change across a resync is not order flow.
     */
    public void resetTopOfBook()
    {
        hasTop = false;
    }

    /**
     * @return how many windows there are.
     */
    public int windowCount()
    {
        return windows.length;
    }

    /**
     * @param window the window's index, shortest first.
     * @return its nominal length in ns.
     */
    public long windowNs(final int window)
    {
        return windows[window].lengthNs();
    }

    /**
     * @return the bucket width in ns, the windows' resolution.
     */
    public long resolutionNs()
    {
        return resolutionNs;
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return the quantity bought by takers within the window.
     */
    public double buyVolume(final int window, final long nowNs)
    {
        return FixedPoint.toDouble(at(window, nowNs).buyQty(), qtyExponent);
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return the quantity sold by takers within the window.
     */
    public double sellVolume(final int window, final long nowNs)
    {
        return FixedPoint.toDouble(at(window, nowNs).sellQty(), qtyExponent);
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return buy volume - sell volume within the window.
     */
    public double signedVolume(final int window, final long nowNs)
    {
        final FlowWindow flow = at(window, nowNs);
        return FixedPoint.toDouble(flow.buyQty() - flow.sellQty(), qtyExponent);
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return the quantity of every trade within the window, UNKNOWN aggressors included.
     */
    public double totalVolume(final int window, final long nowNs)
    {
        return FixedPoint.toDouble(at(window, nowNs).totalQty(), qtyExponent);
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return the number of trades within the window.
     */
    public long tradeCount(final int window, final long nowNs)
    {
        return at(window, nowNs).trades();
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return trades per second: the count over the window's nominal length.
     */
    public double tradeRate(final int window, final long nowNs)
    {
        final FlowWindow flow = at(window, nowNs);
        return flow.trades() * 1e9 / flow.lengthNs();
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return the volume-weighted average price within the window, NaN with no trades.
     */
    public double vwap(final int window, final long nowNs)
    {
        final FlowWindow flow = at(window, nowNs);
        return flow.notionalMantissa() / flow.totalQty() / FixedPoint.powerOfTen(-priceExponent);
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return (buy volume - sell volume) / (buy volume + sell volume) within the window, in [-1, 1]; NaN when
     *         no trade with a known aggressor is in it.
     */
    public double flowImbalance(final int window, final long nowNs)
    {
        final FlowWindow flow = at(window, nowNs);
        final double buy = flow.buyQty();
        final double sell = flow.sellQty();
        return (buy - sell) / (buy + sell);
    }

    /**
     * @param window the window's index.
     * @param nowNs  the time to read at.
     * @return the order-flow imbalance summed within the window, in base units.
     */
    public double ofi(final int window, final long nowNs)
    {
        return FixedPoint.toDouble(at(window, nowNs).ofi(), qtyExponent);
    }

    private FlowWindow at(final int window, final long nowNs)
    {
        advanceTo(nowNs);
        return windows[window];
    }

    private void advanceTo(final long eventNs)
    {
        if (!started || eventNs > timeNs)
        {
            started = true;
            timeNs = eventNs;
            final long bucket = Math.floorDiv(timeNs, resolutionNs);
            for (final FlowWindow window : windows)
            {
                window.advanceTo(bucket);
            }
        }
    }

    private void scale(final int priceExponent, final int qtyExponent)
    {
        if (scaled && (priceExponent != this.priceExponent || qtyExponent != this.qtyExponent))
        {
            for (final FlowWindow window : windows)
            {
                window.clear();
            }
            hasTop = false;
        }
        scaled = true;
        this.priceExponent = priceExponent;
        this.qtyExponent = qtyExponent;
    }
}
