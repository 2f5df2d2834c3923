package io.ringwall.engine.paper;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;

/**
 * The liquidity our paper fills took from displayed levels, so that the same displayed size is not filled
 * twice: the public book does not know about our fills, so it keeps showing what we took.
 * <p>
 * The rule: a level's size available to us is its displayed size minus what we took there, for as long as
 * the book keeps showing the same displayed size at that price. Once the book shows any other size there
 * (or removes the level), the venue's own update is taken to reflect the level as it now is and the memory
 * of that level is dropped. Entries live in a fixed table; when it is full the oldest is dropped.
 */
final class OwnImpact
{
    private final int[] instrumentId;
    private final Side[] side;
    private final long[] price;
    private final long[] displayedWhenTaken;
    private final long[] taken;
    private int count;

    OwnImpact(final int capacity)
    {
        instrumentId = new int[capacity];
        side = new Side[capacity];
        price = new long[capacity];
        displayedWhenTaken = new long[capacity];
        taken = new long[capacity];
    }

    /**
     * @return what is left for us at a level whose displayed size is {@code displayed}.
     */
    long available(final int instrument, final Side levelSide, final long levelPrice, final long displayed)
    {
        final int i = find(instrument, levelSide, levelPrice);
        if (i < 0)
        {
            return displayed;
        }
        if (displayedWhenTaken[i] != displayed)
        {
            removeAt(i);
            return displayed;
        }
        return Math.max(0, displayed - taken[i]);
    }

    /** Remembers that we took {@code qty} from a level displaying {@code displayed}. */
    void take(final int instrument, final Side levelSide, final long levelPrice, final long displayed, final long qty)
    {
        int i = find(instrument, levelSide, levelPrice);
        if (i >= 0 && displayedWhenTaken[i] != displayed)
        {
            removeAt(i);
            i = -1;
        }
        if (i < 0)
        {
            if (count == price.length)
            {
                removeAt(0);
            }
            i = count++;
            instrumentId[i] = instrument;
            side[i] = levelSide;
            price[i] = levelPrice;
            displayedWhenTaken[i] = displayed;
            taken[i] = 0;
        }
        taken[i] += qty;
    }

    /** Drops what the book now shows changed for one instrument. */
    void onBook(final int instrument, final OrderBook book)
    {
        int i = 0;
        while (i < count)
        {
            if (instrumentId[i] == instrument && book.qtyAt(side[i], price[i]) != displayedWhenTaken[i])
            {
                removeAt(i);
            }
            else
            {
                i++;
            }
        }
    }

    int size()
    {
        return count;
    }

    private int find(final int instrument, final Side levelSide, final long levelPrice)
    {
        for (int i = 0; i < count; i++)
        {
            if (price[i] == levelPrice && instrumentId[i] == instrument && side[i] == levelSide)
            {
                return i;
            }
        }
        return -1;
    }

    // keeps entries in insertion order so that "oldest first" eviction stays exact
    private void removeAt(final int i)
    {
        final int tailLength = count - i - 1;
        System.arraycopy(instrumentId, i + 1, instrumentId, i, tailLength);
        System.arraycopy(side, i + 1, side, i, tailLength);
        System.arraycopy(price, i + 1, price, i, tailLength);
        System.arraycopy(displayedWhenTaken, i + 1, displayedWhenTaken, i, tailLength);
        System.arraycopy(taken, i + 1, taken, i, tailLength);
        count--;
        side[count] = null;
    }
}
