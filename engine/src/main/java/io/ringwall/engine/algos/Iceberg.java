package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.orders.OrderState;
import io.ringwall.engine.venue.ExecutionVenue;

/**
 * A large limit order shown a slice at a time: the next slice is placed when the visible one fills, each
 * slice's size drawn in {@code [minSlice, maxSlice]} (capped by what remains) by a {@link SplitMix64} seeded
 * from the constructor's seed and the parent id, so the sizes do not form a pattern others can spot but a
 * replay reproduces them. A slice the venue rejects or cancels ends the parent CHILD_FAILED.
 */
public final class Iceberg extends ExecutionAlgo
{
    private final long seed;
    private final SplitMix64 random = new SplitMix64(0);
    private long price;
    private long minSlice;
    private long maxSlice;
    private int slices;

    /**
     * @param orders   the blotter child orders go through.
     * @param tickSize the instrument's price increment (mantissa units).
     * @param listener told when a parent finishes; may be null.
     * @param seed     the slice-size generator's seed.
     */
    public Iceberg(final OrderBlotter orders, final long tickSize, final AlgoListener listener, final long seed)
    {
        super(orders, tickSize, listener);
        this.seed = seed;
    }

    /**
     * Starts a parent order and shows its first slice.
     *
     * @param limitPrice every slice's limit price.
     * @param minSlice   the smallest slice (positive).
     * @param maxSlice   the largest slice (at least minSlice).
     */
    public void start(
        final long parentId,
        final int instrumentId,
        final Side side,
        final long qty,
        final long limitPrice,
        final long minSlice,
        final long maxSlice,
        final long nowNs)
    {
        if (minSlice <= 0 || maxSlice < minSlice)
        {
            throw new IllegalArgumentException("minSlice must be positive and maxSlice at least minSlice: " + minSlice + ", " + maxSlice);
        }
        if (limitPrice <= 0)
        {
            throw new IllegalArgumentException("limitPrice must be positive: " + limitPrice);
        }
        begin(parentId, instrumentId, side, qty);
        this.price = limitPrice;
        this.minSlice = minSlice;
        this.maxSlice = maxSlice;
        this.slices = 0;
        random.reseed(seed ^ parentId);
        showSlice(nowNs);
    }

    private void showSlice(final long nowNs)
    {
        slices++;
        sendChild(price, Math.min(remainingQty(), random.nextInRange(minSlice, maxSlice)), ExecutionVenue.NONE, nowNs);
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
        else if (terminalState == OrderState.FILLED)
        {
            showSlice(nowNs);
        }
        else
        {
            finish(AlgoOutcome.CHILD_FAILED, nowNs);
        }
    }

    /** @return slices shown for the current parent. */
    public int slices()
    {
        return slices;
    }
}
