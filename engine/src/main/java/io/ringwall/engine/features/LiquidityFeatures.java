package io.ringwall.engine.features;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.OrderBook;

import java.util.Arrays;

/**
 * Top of book and the liquidity around mid (depth and imbalance within basis-point bands of mid, imbalance
 * over the best levels), recomputed from a book by {@link #update} at a book message boundary.
 * <p>
 * Definitions, in natural units (price = mantissa * 10^priceExponent in quote currency, quantity = mantissa *
 * 10^qtyExponent in base units, notional = price * quantity in quote currency):
 * <ul>
 * <li>mid = (bestBid + bestAsk) / 2; spreadBps = (bestAsk - bestBid) * 10^4 / mid (negative if crossed);
 * microprice = (bestBid * bestAskQty + bestAsk * bestBidQty) / (bestBidQty + bestAskQty), which leans toward the
 * side more likely to be taken next (the thinner one).</li>
 * <li>A level is within band b (bps) when its distance from mid (mid - price for a bid, price - mid for an
 * ask) is at most b bps of mid: {@code distance * 10^4 <= b * mid}, tested exactly on the mantissas (bands are
 * held in hundredths of a bps), so that a level exactly on the edge is <b>included</b>. A band's depth
 * ({@link #bandQty}) is the total <b>base quantity</b> of the side's levels within it, and {@link #bandNotional}
 * their notional (sum of price * qty); bands are nested, a wider band including the narrower ones.</li>
 * <li>imbalance = (bidQty - askQty) / (bidQty + askQty), in [-1, 1]: over the best {@code imbalanceLevels}
 * levels of each side (fewer if the side is thinner) for {@link #imbalance()}, and over each band's quantities
 * for {@link #bandImbalance}.</li>
 * </ul>
 * Empty sides never throw. When either side is empty (a one-sided or empty book) there is no mid to measure
 * from and no two sides to compare: the missing side's best price, mid, microprice, spread, both imbalances,
 * band depths and notionals are all NaN; the present side's best price and quantity stay readable. A band
 * holding nothing on either side (a spread wider than the band) has depth 0 and NaN imbalance.
 * <p>
 * One pass per side, stopping (in the steady state) at the first level beyond the widest band once the
 * imbalance levels are summed. Allocation-free after construction. Mantissas must stay below 2^62 so that
 * bid + ask fits a long.
 */
public final class LiquidityFeatures
{
    /** The widest band allowed: 100% of mid, which takes every bid. */
    public static final double MAX_BAND_BPS = 10_000;

    private static final double BPS = 10_000.0;
    // bands are held in hundredths of a bps: an integer edge test needs an integer band
    private static final double BAND_UNITS_PER_BPS = 100;

    private final double[] bandsBps;
    private final long[] bandUnits;
    private final int imbalanceLevels;
    private final SideDepth bids;
    private final SideDepth asks;
    private final LevelScan bidScan = new LevelScan();
    private final LevelScan askScan = new LevelScan();
    private final double[] bandImbalance;

    private double bestBid = Double.NaN;
    private double bestAsk = Double.NaN;
    private double bestBidQty;
    private double bestAskQty;
    private double mid = Double.NaN;
    private double microprice = Double.NaN;
    private double spreadBps = Double.NaN;
    private double imbalance = Double.NaN;
    private boolean twoSided;

    /**
     * @param bandsBps        the depth bands' half-widths in bps of mid, strictly increasing, each in (0, 10000]
     *                        and a whole number of hundredths of a bps (at most {@code FeatureCatalog.MAX_PER_GROUP}).
     * @param imbalanceLevels the levels per side the top-of-book imbalance sums, at least 1.
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public LiquidityFeatures(final double[] bandsBps, final int imbalanceLevels)
    {
        this.bandsBps = SettingsChecks.increasing("depthBandsBps", bandsBps);
        bandUnits = new long[bandsBps.length];
        for (int i = 0; i < bandsBps.length; i++)
        {
            final double units = bandsBps[i] * BAND_UNITS_PER_BPS;
            bandUnits[i] = Math.round(units);
            if (bandsBps[i] > MAX_BAND_BPS || Math.abs(units - bandUnits[i]) > 1e-6)
            {
                throw new IllegalArgumentException("depthBandsBps[" + i + "] must be at most " + MAX_BAND_BPS +
                    " and a whole number of hundredths of a bps: " + bandsBps[i]);
            }
        }
        this.imbalanceLevels = SettingsChecks.atLeast("imbalanceLevels", imbalanceLevels, 1);
        bids = new SideDepth(true, bandUnits.length, imbalanceLevels);
        asks = new SideDepth(false, bandUnits.length, imbalanceLevels);
        bandImbalance = new double[bandUnits.length];
        Arrays.fill(bandImbalance, Double.NaN);
    }

    /**
     * Recomputes every feature from the book as it stands.
     *
     * @param book          the book, consistent (at a message boundary).
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     */
    public void update(final OrderBook book, final int priceExponent, final int qtyExponent)
    {
        measure(book, priceExponent, qtyExponent, true);
    }

    /**
     * Recomputes the top of book only (best prices and sizes, mid, spread, microprice, the top-N imbalance),
     * reading just the top N levels: what every book update needs. The band depths keep their last
     * {@link #update full} measurement, which is taken when a snapshot publishes them; walking a deep band on
     * every update would cost a scan of the whole band (thousands of levels on a busy book).
     *
     * @param book          the book, consistent (at a message boundary).
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     */
    public void updateTop(final OrderBook book, final int priceExponent, final int qtyExponent)
    {
        measure(book, priceExponent, qtyExponent, false);
    }

    private void measure(final OrderBook book, final int priceExponent, final int qtyExponent, final boolean withBands)
    {
        final long bidPrice = book.bestBidPrice();
        final long askPrice = book.bestAskPrice();
        final boolean hasBid = bidPrice != OrderBook.NULL_PRICE;
        final boolean hasAsk = askPrice != OrderBook.NULL_PRICE;
        final long bidQty = hasBid ? book.bestBidQty() : 0;
        final long askQty = hasAsk ? book.bestAskQty() : 0;
        bestBid = hasBid ? FixedPoint.toDouble(bidPrice, priceExponent) : Double.NaN;
        bestAsk = hasAsk ? FixedPoint.toDouble(askPrice, priceExponent) : Double.NaN;
        bestBidQty = FixedPoint.toDouble(bidQty, qtyExponent);
        bestAskQty = FixedPoint.toDouble(askQty, qtyExponent);

        twoSided = hasBid && hasAsk;
        if (!twoSided)
        {
            mid = Double.NaN;
            spreadBps = Double.NaN;
            microprice = Double.NaN;
            imbalance = Double.NaN;
            Arrays.fill(bandImbalance, Double.NaN);
            return;
        }
        // twice mid, exact in mantissas: the band edges are derived from it without rounding
        final long twiceMid = bidPrice + askPrice;
        mid = FixedPoint.toDouble(twiceMid, priceExponent) * 0.5;
        spreadBps = FixedPoint.toDouble(askPrice - bidPrice, priceExponent) * BPS / mid;
        // the quantity exponent cancels out of the weights
        microprice = (bestBid * askQty + bestAsk * bidQty) / ((double)bidQty + (double)askQty);
        bids.measureFrom(twiceMid, bandUnits, withBands, priceExponent, qtyExponent);
        asks.measureFrom(twiceMid, bandUnits, withBands, priceExponent, qtyExponent);
        bidScan.scan(book, Side.BID, bids);
        askScan.scan(book, Side.ASK, asks);

        imbalance = imbalance(bids.topQty, asks.topQty);
        if (withBands)
        {
            bids.finish();
            asks.finish();
            for (int i = 0; i < bandImbalance.length; i++)
            {
                bandImbalance[i] = imbalance(bids.bandQty[i], asks.bandQty[i]);
            }
        }
    }

    /**
     * Writes mid, microprice, spread, best prices, the top imbalance and each band's depth (base quantity) and
     * imbalance under their {@link FeatureCatalog} ids.
     *
     * @param out the vector to write into.
     */
    public void publish(final FeatureVector out)
    {
        out.set(FeatureCatalog.MID, mid);
        out.set(FeatureCatalog.MICROPRICE, microprice);
        out.set(FeatureCatalog.SPREAD_BPS, spreadBps);
        out.set(FeatureCatalog.BEST_BID, bestBid);
        out.set(FeatureCatalog.BEST_ASK, bestAsk);
        out.set(FeatureCatalog.IMBALANCE_TOP, imbalance);
        for (int i = 0; i < bandUnits.length; i++)
        {
            out.set(FeatureCatalog.depthBid(i), bandQty(Side.BID, i));
            out.set(FeatureCatalog.depthAsk(i), bandQty(Side.ASK, i));
            out.set(FeatureCatalog.imbalanceBand(i), bandImbalance[i]);
        }
    }

    /**
     * @return the highest bid price, NaN when there are no bids.
     */
    public double bestBid()
    {
        return bestBid;
    }

    /**
     * @return the lowest ask price, NaN when there are no asks.
     */
    public double bestAsk()
    {
        return bestAsk;
    }

    /**
     * @return the quantity at the best bid, 0 when there are no bids.
     */
    public double bestBidQty()
    {
        return bestBidQty;
    }

    /**
     * @return the quantity at the best ask, 0 when there are no asks.
     */
    public double bestAskQty()
    {
        return bestAskQty;
    }

    /**
     * @return (bestBid + bestAsk) / 2, NaN unless both sides have levels.
     */
    public double mid()
    {
        return mid;
    }

    /**
     * @return the size-weighted mid, NaN unless both sides have levels.
     */
    public double microprice()
    {
        return microprice;
    }

    /**
     * @return (bestAsk - bestBid) * 10^4 / mid, NaN unless both sides have levels.
     */
    public double spreadBps()
    {
        return spreadBps;
    }

    /**
     * @return the imbalance over the best {@link #imbalanceLevels()} levels of each side, in [-1, 1]; NaN unless
     *         both sides have levels.
     */
    public double imbalance()
    {
        return imbalance;
    }

    /**
     * @return the levels per side {@link #imbalance()} sums.
     */
    public int imbalanceLevels()
    {
        return imbalanceLevels;
    }

    /**
     * @return how many bands there are.
     */
    public int bandCount()
    {
        return bandUnits.length;
    }

    /**
     * @param band the band's index, narrowest first.
     * @return its half-width in basis points of mid.
     */
    public double bandBps(final int band)
    {
        return bandsBps[band];
    }

    /**
     * @param side the side.
     * @param band the band's index.
     * @return the total base quantity of the side's levels within the band, NaN unless both sides have levels.
     */
    public double bandQty(final Side side, final int band)
    {
        return twoSided ? depth(side).bandQty(band) : Double.NaN;
    }

    /**
     * @param side the side.
     * @param band the band's index.
     * @return the notional, sum of price * qty, of the side's levels within the band; NaN unless both sides
     *         have levels.
     */
    public double bandNotional(final Side side, final int band)
    {
        return twoSided ? depth(side).bandNotional(band) : Double.NaN;
    }

    /**
     * @param band the band's index.
     * @return the imbalance of the quantities within the band, NaN unless both sides have levels or when the band
     *         holds nothing on either side.
     */
    public double bandImbalance(final int band)
    {
        return bandImbalance[band];
    }

    private SideDepth depth(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    private static double imbalance(final long bidQty, final long askQty)
    {
        // 0 / 0 is NaN: nothing on either side
        return ((double)bidQty - (double)askQty) / ((double)bidQty + (double)askQty);
    }

    /**
     * One side's pass: the best levels' quantity and the depth in each band, in mantissas until read.
     */
    private static final class SideDepth implements LevelScan.Visitor
    {
        // twice the band units in a whole (10^4 bps * 100): the edge formulas divide twice mid by it
        private static final long TWICE_WHOLE = 2_000_000;
        private static final long WHOLE = 1_000_000;

        private final boolean bid;
        private final int topLevels;
        private final long[] edges;
        // per ring (the levels within band i but not band i-1), summed into nested bands by finish()
        private final long[] ringQty;
        private final double[] ringNotional;
        private final long[] bandQty;
        private final double[] bandNotional;
        private int activeBands;
        private int priceExponent;
        private int qtyExponent;

        private long topQty;
        private int ring;
        private boolean satisfied;
        private int levelsNeeded;

        SideDepth(final boolean bid, final int bands, final int topLevels)
        {
            this.bid = bid;
            this.topLevels = topLevels;
            edges = new long[bands];
            ringQty = new long[bands];
            ringNotional = new double[bands];
            bandQty = new long[bands];
            bandNotional = new double[bands];
        }

        /**
         * Sets each band's edge price in mantissas: with u the band in hundredths of a bps, bids within the band
         * are those with {@code price >= ceil(twiceMid * (10^6 - u) / (2 * 10^6))}, asks those with
         * {@code price <= floor(twiceMid * (10^6 + u) / (2 * 10^6))}, which is {@code distance * 10^4 <= b * mid}
         * exactly. Splitting twiceMid by 2 * 10^6 first keeps every product inside a long.
         */
        void measureFrom(
            final long twiceMid, final long[] bandUnits, final boolean withBands, final int priceExponent, final int qtyExponent)
        {
            this.priceExponent = priceExponent;
            this.qtyExponent = qtyExponent;
            final long quotient = twiceMid / TWICE_WHOLE;
            final long remainder = twiceMid % TWICE_WHOLE;
            for (int i = 0; i < bandUnits.length; i++)
            {
                final long factor = bid ? WHOLE - bandUnits[i] : WHOLE + bandUnits[i];
                final long scaled = remainder * factor;
                edges[i] = quotient * factor + (bid ? (scaled + TWICE_WHOLE - 1) / TWICE_WHOLE : scaled / TWICE_WHOLE);
            }
            // without bands the scan stops after the top levels
            activeBands = withBands ? bandUnits.length : 0;
        }

        @Override
        public void restart()
        {
            topQty = 0;
            ring = 0;
            satisfied = false;
            levelsNeeded = 0;
            for (int i = 0; i < ringQty.length; i++)
            {
                ringQty[i] = 0;
                ringNotional[i] = 0;
            }
        }

        @Override
        public void onLevel(final int level, final long price, final long qty)
        {
            if (satisfied)
            {
                return;
            }
            if (level < topLevels)
            {
                topQty += qty;
            }
            // levels move away from mid, so the narrowest band holding a level never narrows again
            while (ring < activeBands && !(bid ? price >= edges[ring] : price <= edges[ring]))
            {
                ring++;
            }
            if (ring < activeBands)
            {
                ringQty[ring] += qty;
                ringNotional[ring] += (double)price * (double)qty;
            }
            if (level + 1 >= topLevels && ring >= activeBands)
            {
                satisfied = true;
                levelsNeeded = level + 1;
            }
        }

        @Override
        public boolean satisfied()
        {
            return satisfied;
        }

        @Override
        public int levelsNeeded()
        {
            return levelsNeeded;
        }

        void finish()
        {
            // one conversion per band rather than per level: notional mantissa is price mantissa * qty mantissa
            final double priceScale = FixedPoint.powerOfTen(-priceExponent);
            final double qtyScale = FixedPoint.powerOfTen(-qtyExponent);
            long qty = 0;
            double notional = 0;
            for (int i = 0; i < bandQty.length; i++)
            {
                qty += ringQty[i];
                notional += ringNotional[i];
                bandQty[i] = qty;
                bandNotional[i] = notional / priceScale / qtyScale;
            }
        }

        double bandQty(final int band)
        {
            return FixedPoint.toDouble(bandQty[band], qtyExponent);
        }

        double bandNotional(final int band)
        {
            return bandNotional[band];
        }
    }
}
