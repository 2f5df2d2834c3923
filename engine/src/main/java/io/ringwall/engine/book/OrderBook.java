package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

/**
 * A price-level (L2) book for one instrument, owned by the business-logic thread.
 */
public interface OrderBook
{
    long NULL_PRICE = Long.MIN_VALUE;

    void clear();

    void set(Side side, long price, long qty);

    long bestPrice(Side side);

    long bestQty(Side side);

    default long bestBidPrice()
    {
        return bestPrice(Side.BID);
    }

    default long bestBidQty()
    {
        return bestQty(Side.BID);
    }

    default long bestAskPrice()
    {
        return bestPrice(Side.ASK);
    }

    default long bestAskQty()
    {
        return bestQty(Side.ASK);
    }

    int depth(Side side);

    long price(Side side, int level);

    long qty(Side side, int level);

    long qtyAt(Side side, long price);

    boolean isCrossed();
}
