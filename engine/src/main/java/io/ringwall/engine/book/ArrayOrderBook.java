package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;

/**
 * Placeholder until the fast book lands: delegates to the reference book.
 */
public final class ArrayOrderBook implements OrderBook
{
    private final TreeMapOrderBook delegate = new TreeMapOrderBook();

    public ArrayOrderBook(final int initialCapacity)
    {
    }

    public void clear()
    {
        delegate.clear();
    }

    public void set(final Side side, final long price, final long qty)
    {
        delegate.set(side, price, qty);
    }

    public long bestPrice(final Side side)
    {
        return delegate.bestPrice(side);
    }

    public long bestQty(final Side side)
    {
        return delegate.bestQty(side);
    }

    public int depth(final Side side)
    {
        return delegate.depth(side);
    }

    public long price(final Side side, final int level)
    {
        return delegate.price(side, level);
    }

    public long qty(final Side side, final int level)
    {
        return delegate.qty(side, level);
    }

    public long qtyAt(final Side side, final long price)
    {
        return delegate.qtyAt(side, price);
    }

    public boolean isCrossed()
    {
        return delegate.isCrossed();
    }
}
