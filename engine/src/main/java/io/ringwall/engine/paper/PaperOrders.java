package io.ringwall.engine.paper;

import io.ringwall.codecs.sbe.Side;
import org.agrona.collections.Long2LongHashMap;

/**
 * The paper venue's open orders in fixed-capacity parallel arrays, found by client order id through a
 * primitive map, with the resting ones on a list in the order they reached the venue (their time priority).
 * Nothing here allocates once constructed.
 */
final class PaperOrders
{
    /** The order is on its way to the venue (order latency not yet elapsed). */
    static final byte PENDING = 1;
    /** The order rests in the venue's queue. */
    static final byte RESTING = 2;

    static final int NONE = -1;

    final long[] clientOrderId;
    final int[] instrumentId;
    final Side[] side;
    final long[] price;
    final long[] leavesQty;
    final int[] flags;
    final byte[] state;
    final boolean[] cancelRequested;
    /** Displayed quantity ahead of us at our price (others only; our own earlier orders are ordered by the list). */
    final long[] queueAhead;
    /** The displayed quantity at our price when the book was last looked at. */
    final long[] lastSeenQty;
    /** Public trade quantity at our price since then: the part of a displayed decrease that is not a cancel. */
    final long[] tradedSinceBook;

    private final int[] next;
    private final int[] prev;
    private final int[] free;
    private int freeCount;
    private int restingHead = NONE;
    private int restingTail = NONE;
    private int open;
    private final Long2LongHashMap slotById;

    PaperOrders(final int capacity)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("maxOrders must be positive: " + capacity);
        }
        clientOrderId = new long[capacity];
        instrumentId = new int[capacity];
        side = new Side[capacity];
        price = new long[capacity];
        leavesQty = new long[capacity];
        flags = new int[capacity];
        state = new byte[capacity];
        cancelRequested = new boolean[capacity];
        queueAhead = new long[capacity];
        lastSeenQty = new long[capacity];
        tradedSinceBook = new long[capacity];
        next = new int[capacity];
        prev = new int[capacity];
        free = new int[capacity];
        for (int i = 0; i < capacity; i++)
        {
            free[i] = capacity - 1 - i;
        }
        freeCount = capacity;
        // sized so that a full book of ids stays well under the load factor and never rehashes
        slotById = new Long2LongHashMap(capacity * 4, 0.5f, NONE);
    }

    int open()
    {
        return open;
    }

    boolean isFull()
    {
        return freeCount == 0;
    }

    /**
     * @return the slot of an open order, or {@link #NONE}.
     */
    int slotOf(final long id)
    {
        return (int)slotById.get(id);
    }

    int add(final long id, final int instrument, final Side orderSide, final long orderPrice, final long qty, final int orderFlags)
    {
        final int slot = free[--freeCount];
        clientOrderId[slot] = id;
        instrumentId[slot] = instrument;
        side[slot] = orderSide;
        price[slot] = orderPrice;
        leavesQty[slot] = qty;
        flags[slot] = orderFlags;
        state[slot] = PENDING;
        cancelRequested[slot] = false;
        queueAhead[slot] = 0;
        lastSeenQty[slot] = 0;
        tradedSinceBook[slot] = 0;
        slotById.put(id, slot);
        open++;
        return slot;
    }

    /** Puts an arrived order at the back of the resting list: behind every order that rests already. */
    void rest(final int slot)
    {
        state[slot] = RESTING;
        next[slot] = NONE;
        prev[slot] = restingTail;
        if (restingTail == NONE)
        {
            restingHead = slot;
        }
        else
        {
            next[restingTail] = slot;
        }
        restingTail = slot;
    }

    /** Forgets an order that is done (filled, cancelled or rejected), resting or not. */
    void remove(final int slot)
    {
        if (state[slot] == RESTING)
        {
            final int before = prev[slot];
            final int after = next[slot];
            if (before == NONE)
            {
                restingHead = after;
            }
            else
            {
                next[before] = after;
            }
            if (after == NONE)
            {
                restingTail = before;
            }
            else
            {
                prev[after] = before;
            }
        }
        state[slot] = 0;
        side[slot] = null;
        slotById.remove(clientOrderId[slot]);
        free[freeCount++] = slot;
        open--;
    }

    int firstResting()
    {
        return restingHead;
    }

    int nextResting(final int slot)
    {
        return next[slot];
    }
}
