package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Placeholder reference book.
 */
public final class TreeMapOrderBook implements OrderBook
{
    private final TreeMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<Long, Long> asks = new TreeMap<>();

    private TreeMap<Long, Long> side(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    public void clear()
    {
        bids.clear();
        asks.clear();
    }

    public void set(final Side side, final long price, final long qty)
    {
        if (qty == 0)
        {
            side(side).remove(price);
        }
        else
        {
            side(side).put(price, qty);
        }
    }

    public long bestPrice(final Side side)
    {
        return side(side).isEmpty() ? NULL_PRICE : side(side).firstKey();
    }

    public long bestQty(final Side side)
    {
        return side(side).isEmpty() ? 0 : side(side).firstEntry().getValue();
    }

    public int depth(final Side side)
    {
        return side(side).size();
    }

    public long price(final Side side, final int level)
    {
        return entry(side, level).getKey();
    }

    public long qty(final Side side, final int level)
    {
        return entry(side, level).getValue();
    }

    private Map.Entry<Long, Long> entry(final Side side, final int level)
    {
        final Iterator<Map.Entry<Long, Long>> it = side(side).entrySet().iterator();
        for (int i = 0; i < level; i++)
        {
            it.next();
        }
        return it.next();
    }

    public long qtyAt(final Side side, final long price)
    {
        return side(side).getOrDefault(price, 0L);
    }

    public boolean isCrossed()
    {
        return !bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey();
    }
}
