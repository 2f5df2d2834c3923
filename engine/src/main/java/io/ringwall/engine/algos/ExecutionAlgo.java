package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.orders.ClientOrderIds;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.orders.OrderListener;
import io.ringwall.engine.orders.OrderState;

/**
 * A child-order scheduler for one parent order at a time: driven by {@link #onBook}, {@link #onTrade} and
 * {@link #onTime} (event time), it sends child orders through an {@link OrderBlotter} and hears their fills
 * and state changes as the blotter's {@link OrderListener}. At most one child works at a time. Instances are
 * built once and reused for parent after parent; nothing allocates after construction.
 * <p>
 * Subclasses start with {@link #begin}, send with {@link #sendChild}/{@link #replaceChild}, react to a child
 * finishing in {@link #onChildDone}, and end with {@link #finish} or {@link #stop}.
 */
public abstract class ExecutionAlgo implements OrderListener
{
    protected final OrderBlotter orders;
    protected final long tickSize;
    private final AlgoListener listener;

    protected long parentId;
    protected int instrumentId;
    protected Side side;
    protected long parentQty;
    protected long filledQty;
    private double notional;
    private int state = AlgoState.IDLE;
    private int outcome = AlgoOutcome.NONE;
    private int stopOutcome;
    protected long childId;
    private long replacementId;
    protected long bestBid = OrderBook.NULL_PRICE;
    protected long bestAsk = OrderBook.NULL_PRICE;

    /**
     * @param orders   the blotter child orders go through.
     * @param tickSize the instrument's price increment, in price mantissa units.
     * @param listener told when a parent finishes; may be null.
     */
    protected ExecutionAlgo(final OrderBlotter orders, final long tickSize, final AlgoListener listener)
    {
        if (orders == null)
        {
            throw new IllegalArgumentException("orders must not be null");
        }
        if (tickSize <= 0)
        {
            throw new IllegalArgumentException("tickSize must be positive: " + tickSize);
        }
        this.orders = orders;
        this.tickSize = tickSize;
        this.listener = listener;
    }

    /**
     * Resets for a new parent. Throws if a parent is still working (a programming error, not an event).
     */
    protected final void begin(final long parent, final int instrument, final Side parentSide, final long qty)
    {
        if (state == AlgoState.WORKING || state == AlgoState.STOPPING)
        {
            throw new IllegalStateException("algorithm busy with parent " + parentId);
        }
        if (qty <= 0)
        {
            throw new IllegalArgumentException("qty must be positive: " + qty);
        }
        if (parentSide != Side.BID && parentSide != Side.ASK)
        {
            throw new IllegalArgumentException("side must be BID or ASK: " + parentSide);
        }
        parentId = parent;
        instrumentId = instrument;
        side = parentSide;
        parentQty = qty;
        filledQty = 0;
        notional = 0;
        childId = ClientOrderIds.NULL_ID;
        replacementId = ClientOrderIds.NULL_ID;
        outcome = AlgoOutcome.NONE;
        state = AlgoState.WORKING;
    }

    /**
     * The top of book moved (either price may be {@link OrderBook#NULL_PRICE} for an empty side).
     */
    public final void onBook(final long bid, final long ask, final long nowNs)
    {
        bestBid = bid;
        bestAsk = ask;
        if (state == AlgoState.WORKING)
        {
            onMarket(nowNs);
        }
    }

    /**
     * A public trade printed.
     */
    public void onTrade(final long price, final long qty, final long nowNs)
    {
    }

    /**
     * Event time advanced (timers).
     */
    public void onTime(final long nowNs)
    {
    }

    /**
     * Cancels the parent: the working child is cancelled and the algorithm ends CANCELLED once it is done.
     */
    public final void cancel(final long nowNs)
    {
        if (state == AlgoState.WORKING)
        {
            stop(AlgoOutcome.CANCELLED, nowNs);
        }
    }

    /** React to a new top of book while WORKING. */
    protected abstract void onMarket(long nowNs);

    /** The working child reached {@code terminalState}; {@link #childId} is already cleared. */
    protected abstract void onChildDone(long clientOrderId, int terminalState, long nowNs);

    @Override
    public final void onOrderFill(
        final long clientOrderId, final long price, final long qty, final long leavesQty, final boolean maker, final double fee, final long nowNs)
    {
        if (clientOrderId == childId || clientOrderId == replacementId)
        {
            filledQty += qty;
            notional += (double)price * qty;
        }
    }

    @Override
    public final void onOrderState(final long clientOrderId, final int fromState, final int toState, final long nowNs)
    {
        if (clientOrderId == replacementId)
        {
            // the blotter sent the replacement (or refused it): it is the working child now
            replacementId = ClientOrderIds.NULL_ID;
            childId = clientOrderId;
        }
        if (clientOrderId != childId || !OrderState.isTerminal(toState))
        {
            return;
        }
        if (toState == OrderState.CANCELLED && replacementId != ClientOrderIds.NULL_ID)
        {
            return; // the replacement is reported next, from the same cancel confirmation
        }
        replacementId = ClientOrderIds.NULL_ID;
        childId = ClientOrderIds.NULL_ID;
        if (state == AlgoState.STOPPING)
        {
            finish(filledQty >= parentQty ? AlgoOutcome.FILLED : stopOutcome, nowNs);
        }
        else if (state == AlgoState.WORKING)
        {
            onChildDone(clientOrderId, toState, nowNs);
        }
    }

    /**
     * Sends a child order for this parent and makes it the working child.
     */
    protected final void sendChild(final long price, final long qty, final int flags, final long nowNs)
    {
        final long id = orders.newId();
        childId = id;
        orders.submit(id, this, instrumentId, side, price, qty, flags, nowNs);
    }

    /**
     * Cancel/replaces the working child at a new price for its same total quantity.
     *
     * @return false if the child could not be replaced now (already cancelling or finished).
     */
    protected final boolean replaceChild(final long newPrice, final long nowNs)
    {
        final long id = orders.newId();
        replacementId = id;
        if (!orders.replace(childId, id, newPrice, orders.qty(childId), nowNs))
        {
            replacementId = ClientOrderIds.NULL_ID;
            return false;
        }
        return true;
    }

    /**
     * @return true while a child is working or being replaced.
     */
    protected final boolean hasChild()
    {
        return childId != ClientOrderIds.NULL_ID || replacementId != ClientOrderIds.NULL_ID;
    }

    /**
     * @return true while the working child is waiting for a cancel to be confirmed.
     */
    protected final boolean childCancelling()
    {
        return replacementId != ClientOrderIds.NULL_ID || orders.state(childId) == OrderState.PENDING_CANCEL;
    }

    /**
     * Stops working: cancels the child if any and finishes with {@code why} once it is done.
     */
    protected final void stop(final int why, final long nowNs)
    {
        stopOutcome = why;
        state = AlgoState.STOPPING;
        if (childId != ClientOrderIds.NULL_ID)
        {
            final int childState = orders.state(childId);
            if (childState == OrderState.PENDING_CANCEL)
            {
                if (replacementId != ClientOrderIds.NULL_ID)
                {
                    replacementId = ClientOrderIds.NULL_ID;
                    orders.cancel(childId, nowNs); // drops the waiting replacement; the cancel is on its way
                }
                return;
            }
            if (orders.cancel(childId, nowNs))
            {
                return;
            }
        }
        if (state == AlgoState.STOPPING)
        {
            finish(filledQty >= parentQty ? AlgoOutcome.FILLED : why, nowNs);
        }
    }

    /**
     * Ends the parent and reports it.
     */
    protected final void finish(final int why, final long nowNs)
    {
        state = why == AlgoOutcome.CANCELLED ? AlgoState.CANCELLED : AlgoState.DONE;
        outcome = why;
        childId = ClientOrderIds.NULL_ID;
        replacementId = ClientOrderIds.NULL_ID;
        if (listener != null)
        {
            listener.onAlgoFinished(parentId, state, outcome, filledQty, avgPrice(), nowNs);
        }
    }

    /** @return the parent quantity not yet filled. */
    public final long remainingQty()
    {
        return parentQty - filledQty;
    }

    /** @return an {@link AlgoState}. */
    public final int state()
    {
        return state;
    }

    /** @return an {@link AlgoOutcome}, NONE while running. */
    public final int outcome()
    {
        return outcome;
    }

    /** @return the parent order's id. */
    public final long parentId()
    {
        return parentId;
    }

    /** @return quantity filled over all children. */
    public final long filledQty()
    {
        return filledQty;
    }

    /** @return the quantity-weighted average fill price mantissa, 0 if nothing filled. */
    public final double avgPrice()
    {
        return filledQty == 0 ? 0 : notional / filledQty;
    }

    /** @return the price rounded down to a tick. */
    protected final long floorToTick(final long price)
    {
        return Math.floorDiv(price, tickSize) * tickSize;
    }

    /** @return the price rounded up to a tick. */
    protected final long ceilToTick(final long price)
    {
        return -Math.floorDiv(-price, tickSize) * tickSize;
    }
}
