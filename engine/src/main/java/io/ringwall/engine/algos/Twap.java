package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.venue.ExecutionVenue;

/**
 * Time-weighted execution: the horizon is cut into {@code slices} equal intervals and at the end of each
 * (start + horizon * k / slices, k = 1..slices) one IOC child at the parent's limit price is sent for the
 * remaining quantity divided by the slices left (the last takes all), capped by
 * {@code participationRate} times the public volume traded since the previous slice, so we never become
 * more than that share of the market. Whatever a slice does not fill is carried forward. Slices that fall
 * due together (a gap in event time) are merged; a slice that falls due while the previous child still
 * works is carried forward. At the horizon, once the last child is done, the parent ends FILLED or
 * SHORTFALL.
 */
public final class Twap extends ExecutionAlgo
{
    private long limitPrice;
    private long startNs;
    private long horizonNs;
    private int slices;
    private double participationRate;
    private int nextSlice;
    private long volumeSinceSlice;

    /**
     * @param orders   the blotter child orders go through.
     * @param tickSize the instrument's price increment (mantissa units).
     * @param listener told when a parent finishes; may be null.
     */
    public Twap(final OrderBlotter orders, final long tickSize, final AlgoListener listener)
    {
        super(orders, tickSize, listener);
    }

    /**
     * Starts a parent order; the first slice falls due at start + horizon / slices.
     *
     * @param limitPrice        every child's limit price.
     * @param horizonNs         event time over which to execute (positive).
     * @param slices            number of slices (positive).
     * @param participationRate the largest share of traded volume a slice may take, in (0, 1].
     */
    public void start(
        final long parentId,
        final int instrumentId,
        final Side side,
        final long qty,
        final long limitPrice,
        final long horizonNs,
        final int slices,
        final double participationRate,
        final long nowNs)
    {
        if (horizonNs <= 0)
        {
            throw new IllegalArgumentException("horizonNs must be positive: " + horizonNs);
        }
        if (slices < 1)
        {
            throw new IllegalArgumentException("slices must be positive: " + slices);
        }
        if (!(participationRate > 0 && participationRate <= 1))
        {
            throw new IllegalArgumentException("participationRate must be in (0, 1]: " + participationRate);
        }
        if (limitPrice <= 0)
        {
            throw new IllegalArgumentException("limitPrice must be positive: " + limitPrice);
        }
        begin(parentId, instrumentId, side, qty);
        this.limitPrice = limitPrice;
        this.startNs = nowNs;
        this.horizonNs = horizonNs;
        this.slices = slices;
        this.participationRate = participationRate;
        this.nextSlice = 1;
        this.volumeSinceSlice = 0;
    }

    /**
     * @param k the slice number, 1..slices.
     * @return the event time it falls due.
     */
    public long sliceTimeNs(final int k)
    {
        return startNs + horizonNs / slices * k + horizonNs % slices * k / slices;
    }

    @Override
    public void onTrade(final long price, final long qty, final long nowNs)
    {
        if (state() == AlgoState.WORKING)
        {
            volumeSinceSlice += qty;
        }
    }

    @Override
    public void onTime(final long nowNs)
    {
        if (state() != AlgoState.WORKING || nextSlice > slices || nowNs < sliceTimeNs(nextSlice))
        {
            return;
        }
        while (nextSlice < slices && nowNs >= sliceTimeNs(nextSlice + 1))
        {
            nextSlice++;
        }
        final int slicesLeft = slices - nextSlice + 1;
        nextSlice++;
        final long cap = (long)(participationRate * volumeSinceSlice);
        volumeSinceSlice = 0;
        final long target = slicesLeft == 1 ? remainingQty() : remainingQty() / slicesLeft;
        final long sliceQty = Math.min(target, cap);
        if (!hasChild() && sliceQty > 0)
        {
            sendChild(limitPrice, sliceQty, ExecutionVenue.IOC, nowNs);
        }
        if (state() == AlgoState.WORKING && nextSlice > slices && !hasChild())
        {
            finish(remainingQty() == 0 ? AlgoOutcome.FILLED : AlgoOutcome.SHORTFALL, nowNs);
        }
    }

    @Override
    protected void onMarket(final long nowNs)
    {
    }

    @Override
    protected void onChildDone(final long clientOrderId, final int terminalState, final long nowNs)
    {
        if (remainingQty() == 0)
        {
            finish(AlgoOutcome.FILLED, nowNs);
        }
        else if (nextSlice > slices)
        {
            finish(AlgoOutcome.SHORTFALL, nowNs);
        }
    }
}
