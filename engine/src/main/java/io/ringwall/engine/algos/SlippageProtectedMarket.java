package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.orders.OrderState;
import io.ringwall.engine.venue.ExecutionVenue;

/**
 * A market order that cannot slip more than a bound: an IOC limit at the far touch plus (buy) or minus
 * (sell) {@code maxSlippageBps} of it, re-sent for the remainder on the next top-of-book change after each
 * attempt, up to {@code maxAttempts}. The band is taken from the book at each attempt but never wider than
 * the band at the first attempt, so retries cannot chase a running market. Ends FILLED, or SHORTFALL when
 * the attempts are used up.
 */
public final class SlippageProtectedMarket extends ExecutionAlgo
{
    private long maxSlippageBps;
    private int maxAttempts;
    private int attempts;
    private long arrivalLimit;

    /**
     * @param orders   the blotter child orders go through.
     * @param tickSize the instrument's price increment (mantissa units).
     * @param listener told when a parent finishes; may be null.
     */
    public SlippageProtectedMarket(final OrderBlotter orders, final long tickSize, final AlgoListener listener)
    {
        super(orders, tickSize, listener);
    }

    /**
     * Starts a parent order; sends the first attempt now if the book is known, else on the next book.
     *
     * @param maxSlippageBps how far past the touch the limit may be, in basis points (0 or more).
     * @param maxAttempts    how many IOC orders to send at most (1 or more).
     */
    public void start(
        final long parentId,
        final int instrumentId,
        final Side side,
        final long qty,
        final long maxSlippageBps,
        final int maxAttempts,
        final long nowNs)
    {
        if (maxSlippageBps < 0 || maxSlippageBps >= 10_000)
        {
            throw new IllegalArgumentException("maxSlippageBps must be 0..9999: " + maxSlippageBps);
        }
        if (maxAttempts < 1)
        {
            throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
        }
        begin(parentId, instrumentId, side, qty);
        this.maxSlippageBps = maxSlippageBps;
        this.maxAttempts = maxAttempts;
        this.attempts = 0;
        onMarket(nowNs);
    }

    @Override
    protected void onMarket(final long nowNs)
    {
        if (hasChild() || attempts >= maxAttempts)
        {
            return;
        }
        final long touch = side == Side.BID ? bestAsk : bestBid;
        if (touch == OrderBook.NULL_PRICE)
        {
            return;
        }
        final long band = touch * maxSlippageBps / 10_000;
        long limit = side == Side.BID ? floorToTick(touch + band) : ceilToTick(touch - band);
        if (attempts == 0)
        {
            arrivalLimit = limit;
        }
        else
        {
            limit = side == Side.BID ? Math.min(limit, arrivalLimit) : Math.max(limit, arrivalLimit);
        }
        attempts++;
        sendChild(limit, remainingQty(), ExecutionVenue.IOC, nowNs);
    }

    @Override
    protected void onChildDone(final long clientOrderId, final int terminalState, final long nowNs)
    {
        if (remainingQty() == 0)
        {
            finish(AlgoOutcome.FILLED, nowNs);
        }
        else if (attempts >= maxAttempts)
        {
            finish(terminalState == OrderState.REJECTED && filledQty == 0 ? AlgoOutcome.CHILD_FAILED : AlgoOutcome.SHORTFALL, nowNs);
        }
    }

    /** @return IOC orders sent for the current parent. */
    public int attempts()
    {
        return attempts;
    }
}
