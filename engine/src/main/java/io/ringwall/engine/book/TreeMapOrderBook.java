package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The reference order book: two sorted maps, written to be obviously correct rather than fast, that the
 * fast books are tested against. Boxes and allocates on every insert; not for the hot path.
 */
public final class TreeMapOrderBook implements OrderBook
{
    // Each map iterates best first: bids from the highest price, asks from the lowest.
    private final TreeMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<Long, Long> asks = new TreeMap<>();

    @Override
    public void clear()
    {
        bids.clear();
        asks.clear();
    }

    @Override
    public void set(final Side side, final long price, final long qty)
    {
        if (qty == 0)
        {
            levels(side).remove(price);
        }
        else
        {
            levels(side).put(price, qty);
        }
    }

    @Override
    public long bestPrice(final Side side)
    {
        final NavigableMap<Long, Long> levels = levels(side);
        return levels.isEmpty() ? NULL_PRICE : levels.firstKey();
    }

    @Override
    public long bestQty(final Side side)
    {
        final NavigableMap<Long, Long> levels = levels(side);
        return levels.isEmpty() ? 0 : levels.firstEntry().getValue();
    }

    @Override
    public int depth(final Side side)
    {
        return levels(side).size();
    }

    @Override
    public long price(final Side side, final int level)
    {
        final Map.Entry<Long, Long> entry = entryAt(side, level);
        return entry == null ? NULL_PRICE : entry.getKey();
    }

    @Override
    public long qty(final Side side, final int level)
    {
        final Map.Entry<Long, Long> entry = entryAt(side, level);
        return entry == null ? 0 : entry.getValue();
    }

    @Override
    public long qtyAt(final Side side, final long price)
    {
        return levels(side).getOrDefault(price, 0L);
    }

    @Override
    public long totalQty(final Side side, final int levels)
    {
        long total = 0;
        int visited = 0;
        for (final long qty : levels(side).values())
        {
            if (visited++ >= levels)
            {
                break;
            }
            total += qty;
        }
        return total;
    }

    @Override
    public int forEachLevel(final Side side, final int maxLevels, final LevelVisitor visitor)
    {
        int level = 0;
        for (final Map.Entry<Long, Long> entry : levels(side).entrySet())
        {
            if (level >= maxLevels)
            {
                break;
            }
            visitor.onLevel(level++, entry.getKey(), entry.getValue());
        }
        return level;
    }

    @Override
    public void copyFrom(final OrderBook other)
    {
        if (other == this)
        {
            return;
        }
        clear();
        if (other instanceof TreeMapOrderBook)
        {
            // Both maps are sorted the same way, so putAll builds each tree in linear time.
            bids.putAll(((TreeMapOrderBook)other).bids);
            asks.putAll(((TreeMapOrderBook)other).asks);
            return;
        }
        other.forEachLevel(Side.BID, Integer.MAX_VALUE, (level, price, qty) -> bids.put(price, qty));
        other.forEachLevel(Side.ASK, Integer.MAX_VALUE, (level, price, qty) -> asks.put(price, qty));
    }

    @Override
    public String toString()
    {
        return "TreeMapOrderBook{bids=" + bids + ", asks=" + asks + '}';
    }

    private TreeMap<Long, Long> levels(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    private Map.Entry<Long, Long> entryAt(final Side side, final int level)
    {
        final TreeMap<Long, Long> levels = levels(side);
        if (level < 0 || level >= levels.size())
        {
            return null;
        }
        final Iterator<Map.Entry<Long, Long>> entries = levels.entrySet().iterator();
        for (int i = 0; i < level; i++)
        {
            entries.next();
        }
        return entries.next();
    }
}
