package io.ringwall.engine.features;

import io.ringwall.codecs.sbe.AggressorSide;

/**
 * The outcome of walking a book for one taker order of a given notional, a reusable holder that
 * {@link MarketImpact} overwrites on each walk.
 * <p>
 * Prices are in quote currency, quantities in base units, notionals in quote currency. Slippage is a cost,
 * positive when the taker pays away from the reference: for a buyer {@code (averagePrice - reference) * 10^4 /
 * reference}, for a seller {@code (reference - averagePrice) * 10^4 / reference}.
 */
public final class ImpactResult
{
    private AggressorSide taker = AggressorSide.UNKNOWN;
    private double requestedNotional;
    private double filledNotional;
    private double filledQty;
    private double shortfallNotional;
    private double averagePrice = Double.NaN;
    private double worstPrice = Double.NaN;
    private double bestPrice = Double.NaN;
    private double mid = Double.NaN;
    private double levelsConsumed;

    /**
     * @return the taker side walked: BUY takes asks, SELL takes bids.
     */
    public AggressorSide taker()
    {
        return taker;
    }

    /**
     * @return the notional asked for.
     */
    public double requestedNotional()
    {
        return requestedNotional;
    }

    /**
     * @return the notional the book could fill: the request, or less when the side ran out.
     */
    public double filledNotional()
    {
        return filledNotional;
    }

    /**
     * @return the base quantity filled.
     */
    public double filledQty()
    {
        return filledQty;
    }

    /**
     * @return the notional the book could not fill, 0 when it filled the whole request.
     */
    public double shortfallNotional()
    {
        return shortfallNotional;
    }

    /**
     * @return true when the book filled the whole request.
     */
    public boolean isComplete()
    {
        return shortfallNotional == 0;
    }

    /**
     * @return filledNotional / filledQty (exactly the best price when the fill stays within the best level);
     *         NaN when nothing filled.
     */
    public double averagePrice()
    {
        return averagePrice;
    }

    /**
     * @return the price of the last level the walk took from, NaN when nothing filled.
     */
    public double worstPrice()
    {
        return worstPrice;
    }

    /**
     * @return the best price of the side walked (best ask for a buyer), NaN when that side is empty.
     */
    public double bestPrice()
    {
        return bestPrice;
    }

    /**
     * @return the book's mid at the walk, NaN unless both sides have levels.
     */
    public double mid()
    {
        return mid;
    }

    /**
     * @return levels taken whole plus the fraction taken of the last one: 2.5 is two levels and half the third.
     */
    public double levelsConsumed()
    {
        return levelsConsumed;
    }

    /**
     * @return the slippage of the average price versus the best price of the side walked, in bps; NaN when
     *         nothing filled.
     */
    public double slippageBps()
    {
        return slippage(bestPrice);
    }

    /**
     * @return the slippage of the average price versus mid, in bps; NaN when nothing filled or mid is undefined.
     */
    public double slippageVsMidBps()
    {
        return slippage(mid);
    }

    private double slippage(final double reference)
    {
        final double paidAway = taker == AggressorSide.SELL ? reference - averagePrice : averagePrice - reference;
        return paidAway * 10_000.0 / reference;
    }

    void start(final AggressorSide taker, final double requestedNotional, final double bestPrice, final double mid)
    {
        this.taker = taker;
        this.requestedNotional = requestedNotional;
        this.bestPrice = bestPrice;
        this.mid = mid;
    }

    void fill(final double filledNotional, final double filledQty, final double shortfallNotional,
        final double levelsConsumed, final double worstPrice)
    {
        this.filledNotional = filledNotional;
        this.filledQty = filledQty;
        this.shortfallNotional = shortfallNotional;
        this.levelsConsumed = levelsConsumed;
        this.worstPrice = worstPrice;
        // one level's price exactly rather than notional / (notional / price), which can miss it by an ulp
        averagePrice = filledQty == 0 ? Double.NaN : levelsConsumed <= 1 ? bestPrice : filledNotional / filledQty;
    }
}
