package io.ringwall.engine.features;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.OrderBook;

/**
 * What a market (taker) order of a given quote notional would pay: walks the opposite side of the book best
 * level first, taking whole levels until the next one holds more than the notional left, then the fraction of
 * that level the rest buys. Levels consumed counts the whole levels taken plus the fraction of the last one
 * by notional: 1.5 is the whole best level and half the notional resting at the second.
 * <p>
 * The fill is continuous (no lot rounding) and takes only the liquidity shown: when the side runs out the
 * result says how much notional was left unfilled rather than inventing a price for it. A BUY taker walks
 * the asks, a SELL taker the bids; an UNKNOWN taker has no side to walk and fills nothing (its whole
 * notional is shortfall). A notional that is not positive (or NaN) fills nothing and falls short by nothing.
 * Allocation-free after construction.
 */
public final class MarketImpact
{
    private final double[] notionals;
    private final ImpactResult[] buys;
    private final ImpactResult[] sells;
    private final Walk walk = new Walk();
    private final LevelScan buyAllScan = new LevelScan();
    private final LevelScan sellAllScan = new LevelScan();
    private final LevelScan buyOneScan = new LevelScan();
    private final LevelScan sellOneScan = new LevelScan();
    private final double[] oneNotional = new double[1];
    private final ImpactResult[] oneResult = new ImpactResult[1];

    /**
     * @param notionals the quote-currency notionals {@link #walkAll} prices: finite, positive and strictly
     *                  increasing (one pass per side prices them all, in order).
     * @throws IllegalArgumentException naming impactNotionals when they are not.
     */
    public MarketImpact(final double[] notionals)
    {
        this.notionals = SettingsChecks.increasing("impactNotionals", notionals);
        buys = new ImpactResult[notionals.length];
        sells = new ImpactResult[notionals.length];
        for (int i = 0; i < notionals.length; i++)
        {
            buys[i] = new ImpactResult();
            sells[i] = new ImpactResult();
        }
    }

    /**
     * Writes the last {@link #walkAll}'s slippage versus mid (bps) and levels consumed, per notional and side,
     * under their {@link FeatureCatalog} ids. A fill the book was too thin to complete publishes the figures of
     * the part that filled, a lower bound of the cost (its levels are every level of the side).
     *
     * @param out the vector to write into.
     */
    public void publish(final FeatureVector out)
    {
        for (int i = 0; i < notionals.length; i++)
        {
            out.set(FeatureCatalog.impactBuySlippage(i), buys[i].slippageVsMidBps());
            out.set(FeatureCatalog.impactSellSlippage(i), sells[i].slippageVsMidBps());
            out.set(FeatureCatalog.impactBuyLevels(i), buys[i].levelsConsumed());
            out.set(FeatureCatalog.impactSellLevels(i), sells[i].levelsConsumed());
        }
    }

    /**
     * Walks the book for one taker order.
     *
     * @param book          the book.
     * @param taker         BUY walks the asks, SELL the bids.
     * @param notional      the order's notional in quote currency.
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     * @param out           overwritten with the result.
     */
    public void walk(final OrderBook book, final AggressorSide taker, final double notional, final int priceExponent,
        final int qtyExponent, final ImpactResult out)
    {
        oneNotional[0] = notional;
        oneResult[0] = out;
        walk(book, taker, oneNotional, oneResult, priceExponent, qtyExponent, taker == AggressorSide.BUY ? buyOneScan : sellOneScan);
        oneResult[0] = null;
    }

    /**
     * Walks the book for every configured notional on both sides, one pass per side; read the results with
     * {@link #buy} and {@link #sell}.
     *
     * @param book          the book.
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     */
    public void walkAll(final OrderBook book, final int priceExponent, final int qtyExponent)
    {
        walk(book, AggressorSide.BUY, notionals, buys, priceExponent, qtyExponent, buyAllScan);
        walk(book, AggressorSide.SELL, notionals, sells, priceExponent, qtyExponent, sellAllScan);
    }

    /**
     * @return how many notionals {@link #walkAll} prices.
     */
    public int notionalCount()
    {
        return notionals.length;
    }

    /**
     * @param index the notional's index, smallest first.
     * @return the notional.
     */
    public double notional(final int index)
    {
        return notionals[index];
    }

    /**
     * @param index the notional's index.
     * @return the last {@link #walkAll}'s result for a buyer of that notional.
     */
    public ImpactResult buy(final int index)
    {
        return buys[index];
    }

    /**
     * @param index the notional's index.
     * @return the last {@link #walkAll}'s result for a seller of that notional.
     */
    public ImpactResult sell(final int index)
    {
        return sells[index];
    }

    private void walk(final OrderBook book, final AggressorSide taker, final double[] targets, final ImpactResult[] results,
        final int priceExponent, final int qtyExponent, final LevelScan scan)
    {
        final long bidPrice = book.bestBidPrice();
        final long askPrice = book.bestAskPrice();
        final double mid = bidPrice == OrderBook.NULL_PRICE || askPrice == OrderBook.NULL_PRICE ?
            Double.NaN : FixedPoint.toDouble(bidPrice + askPrice, priceExponent) * 0.5;
        final boolean walkable = taker == AggressorSide.BUY || taker == AggressorSide.SELL;
        final long best = !walkable ? OrderBook.NULL_PRICE : taker == AggressorSide.BUY ? askPrice : bidPrice;
        final double bestPrice = best == OrderBook.NULL_PRICE ? Double.NaN : FixedPoint.toDouble(best, priceExponent);
        for (int i = 0; i < results.length; i++)
        {
            results[i].start(taker, targets[i], bestPrice, mid);
        }
        if (!(targets[0] > 0))
        {
            // only a single walk can ask for this: the configured notionals are validated positive
            results[0].fill(0, 0, 0, 0, Double.NaN);
            return;
        }
        walk.begin(targets, results, priceExponent, qtyExponent);
        if (walkable)
        {
            scan.scan(book, taker == AggressorSide.BUY ? Side.ASK : Side.BID, walk);
        }
        walk.finishUnfilled();
    }

    /**
     * One pass filling ascending notionals in turn.
     */
    private static final class Walk implements LevelScan.Visitor
    {
        private double[] targets;
        private ImpactResult[] results;
        private int priceExponent;
        private int qtyExponent;

        private int next;
        private double filledNotional;
        private double filledQty;
        private double lastPrice;
        private int levelsTaken;
        private int levelsNeeded;

        void begin(final double[] targets, final ImpactResult[] results, final int priceExponent, final int qtyExponent)
        {
            this.targets = targets;
            this.results = results;
            this.priceExponent = priceExponent;
            this.qtyExponent = qtyExponent;
            restart();
        }

        @Override
        public void restart()
        {
            next = 0;
            filledNotional = 0;
            filledQty = 0;
            lastPrice = Double.NaN;
            levelsTaken = 0;
            levelsNeeded = 0;
        }

        @Override
        public void onLevel(final int level, final long price, final long qty)
        {
            if (next >= targets.length)
            {
                return;
            }
            final double p = FixedPoint.toDouble(price, priceExponent);
            final double q = FixedPoint.toDouble(qty, qtyExponent);
            final double levelNotional = p * q;
            while (next < targets.length && filledNotional + levelNotional >= targets[next])
            {
                final double rest = targets[next] - filledNotional;
                results[next].fill(targets[next], filledQty + rest / p, 0, level + rest / levelNotional, p);
                next++;
            }
            filledNotional += levelNotional;
            filledQty += q;
            lastPrice = p;
            levelsTaken = level + 1;
            if (next >= targets.length)
            {
                levelsNeeded = level + 1;
            }
        }

        @Override
        public boolean satisfied()
        {
            return next >= targets.length;
        }

        @Override
        public int levelsNeeded()
        {
            return levelsNeeded;
        }

        void finishUnfilled()
        {
            for (int i = next; i < targets.length; i++)
            {
                results[i].fill(filledNotional, filledQty, targets[i] - filledNotional, levelsTaken, lastPrice);
            }
            targets = null;
            results = null;
        }
    }
}
