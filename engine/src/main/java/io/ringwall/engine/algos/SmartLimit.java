package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.venue.ExecutionVenue;

/**
 * A passive order that follows the market: post-only at our touch improved by {@code improveTicks} (but
 * never at or through the far touch), cancel/replaced to the new price when our touch moves away from it by
 * more than {@code repriceTicks}, given up (cancelled, reported GAVE_UP) when it would need more than
 * {@code maxReprices} reprices or its time limit passes. A post-only reject (the market came to us) or a
 * venue cancel leaves no child; a new one is placed on the next top-of-book change.
 */
public final class SmartLimit extends ExecutionAlgo
{
    private long improveTicks;
    private long repriceTicks;
    private int maxReprices;
    private int reprices;
    private long deadlineNs;

    /**
     * @param orders   the blotter child orders go through.
     * @param tickSize the instrument's price increment (mantissa units).
     * @param listener told when a parent finishes; may be null.
     */
    public SmartLimit(final OrderBlotter orders, final long tickSize, final AlgoListener listener)
    {
        super(orders, tickSize, listener);
    }

    /**
     * Starts a parent order; posts now if the book is known, else on the next book.
     *
     * @param improveTicks ticks inside our touch to post at (0 joins it).
     * @param repriceTicks how many ticks our touch may move away before we follow.
     * @param maxReprices  reprices allowed before giving up.
     * @param timeLimitNs  event time after which we give up.
     */
    public void start(
        final long parentId,
        final int instrumentId,
        final Side side,
        final long qty,
        final long improveTicks,
        final long repriceTicks,
        final int maxReprices,
        final long timeLimitNs,
        final long nowNs)
    {
        if (improveTicks < 0)
        {
            throw new IllegalArgumentException("improveTicks must not be negative: " + improveTicks);
        }
        if (repriceTicks < 0)
        {
            throw new IllegalArgumentException("repriceTicks must not be negative: " + repriceTicks);
        }
        if (maxReprices < 0)
        {
            throw new IllegalArgumentException("maxReprices must not be negative: " + maxReprices);
        }
        if (timeLimitNs <= 0)
        {
            throw new IllegalArgumentException("timeLimitNs must be positive: " + timeLimitNs);
        }
        begin(parentId, instrumentId, side, qty);
        this.improveTicks = improveTicks;
        this.repriceTicks = repriceTicks;
        this.maxReprices = maxReprices;
        this.reprices = 0;
        this.deadlineNs = nowNs + timeLimitNs;
        onMarket(nowNs);
    }

    @Override
    public void onTime(final long nowNs)
    {
        if (state() == AlgoState.WORKING && nowNs >= deadlineNs)
        {
            stop(AlgoOutcome.GAVE_UP, nowNs);
        }
    }

    @Override
    protected void onMarket(final long nowNs)
    {
        if (nowNs >= deadlineNs)
        {
            stop(AlgoOutcome.GAVE_UP, nowNs);
            return;
        }
        final long target = targetPrice();
        if (target == OrderBook.NULL_PRICE)
        {
            return;
        }
        if (!hasChild())
        {
            sendChild(target, remainingQty(), ExecutionVenue.POST_ONLY, nowNs);
            return;
        }
        if (childCancelling())
        {
            return;
        }
        final long ours = orders.price(childId);
        final long awayTicks = side == Side.BID ? (bestBid - ours) / tickSize : (ours - bestAsk) / tickSize;
        if (awayTicks > repriceTicks)
        {
            if (reprices >= maxReprices)
            {
                stop(AlgoOutcome.GAVE_UP, nowNs);
            }
            else if (replaceChild(target, nowNs))
            {
                reprices++;
            }
        }
    }

    private long targetPrice()
    {
        if (side == Side.BID)
        {
            if (bestBid == OrderBook.NULL_PRICE)
            {
                return OrderBook.NULL_PRICE;
            }
            final long price = bestBid + improveTicks * tickSize;
            return bestAsk != OrderBook.NULL_PRICE && price >= bestAsk ? Math.max(bestBid, bestAsk - tickSize) : price;
        }
        if (bestAsk == OrderBook.NULL_PRICE)
        {
            return OrderBook.NULL_PRICE;
        }
        final long price = bestAsk - improveTicks * tickSize;
        return bestBid != OrderBook.NULL_PRICE && price <= bestBid ? Math.min(bestAsk, bestBid + tickSize) : price;
    }

    @Override
    protected void onChildDone(final long clientOrderId, final int terminalState, final long nowNs)
    {
        if (remainingQty() == 0)
        {
            finish(AlgoOutcome.FILLED, nowNs);
        }
    }

    /** @return reprices made for the current parent. */
    public int reprices()
    {
        return reprices;
    }
}
