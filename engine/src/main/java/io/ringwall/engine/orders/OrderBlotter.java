package io.ringwall.engine.orders;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.venue.ExecutionListener;
import io.ringwall.engine.venue.ExecutionVenue;
import io.ringwall.engine.venue.RejectCode;
import org.agrona.collections.Long2LongHashMap;

/**
 * Our orders and their state machines: sends new orders and cancels to an {@link ExecutionVenue}, hears the
 * venue as its {@link ExecutionListener}, and reports every state change and fill to the order's owner and
 * to an observer (the journal). Owned by the business-logic thread; nothing here allocates after
 * construction.
 * <p>
 * Orders live in a fixed pool of slots found by a primitive id-to-slot map. A finished order keeps its slot
 * (so its fills and average price stay readable) until the pool runs out of free slots, when the oldest
 * finished order is forgotten first. Events that would be illegal transitions (a fill on a cancelled
 * order, an accept after a reject...) are refused and counted, never thrown.
 * <p>
 * Cancel/replace is cancel-then-new with linked ids: {@link #replace} asks the venue to cancel the old
 * order and remembers the new price and total quantity under a new id; when the cancel is confirmed the
 * new order is sent for the total minus what the old order filled (nothing is sent if that is not
 * positive), and {@link #replaces} links it to the old one. If the old order fills or is rejected instead,
 * the replacement is dropped. Venues that support atomic amend can be added later behind the same call.
 */
public final class OrderBlotter implements ExecutionListener
{
    private static final int NO_SLOT = -1;

    private final ClientOrderIds ids;
    private final OrderListener observer;
    private final Long2LongHashMap slotById;
    private ExecutionVenue venue;

    private final long[] id;
    private final int[] instrument;
    private final Side[] side;
    private final long[] price;
    private final long[] qty;
    private final long[] filled;
    private final double[] notional;
    private final int[] state;
    private final int[] stateBeforeCancel;
    private final int[] rejectCode;
    private final int[] flags;
    private final OrderListener[] owner;
    private final long[] replacesId;
    private final long[] replacementId;
    private final long[] replacementPrice;
    private final long[] replacementQty;
    private final long[] updatedNs;

    private final int[] freeSlots;
    private int freeCount;
    private final int[] finishedSlots;
    private int finishedHead;
    private int finishedCount;

    private long illegalTransitions;
    private long unknownOrderEvents;
    private long poolExhausted;
    private long cancelRejects;
    private int openOrders;

    /**
     * @param capacity the number of order slots (open plus remembered finished orders).
     * @param ids      where new client order ids come from.
     * @param observer hears every order's events (e.g. the journal); may be null.
     */
    public OrderBlotter(final int capacity, final ClientOrderIds ids, final OrderListener observer)
    {
        if (capacity < 1 || capacity > (1 << 28))
        {
            throw new IllegalArgumentException("capacity must be 1..2^28: " + capacity);
        }
        if (ids == null)
        {
            throw new IllegalArgumentException("ids must not be null");
        }
        this.ids = ids;
        this.observer = observer;
        // load factor 0.5 on 4x the slots: the map never holds more than capacity keys, so it never resizes
        this.slotById = new Long2LongHashMap(capacity * 4, 0.5f, NO_SLOT);
        id = new long[capacity];
        instrument = new int[capacity];
        side = new Side[capacity];
        price = new long[capacity];
        qty = new long[capacity];
        filled = new long[capacity];
        notional = new double[capacity];
        state = new int[capacity];
        stateBeforeCancel = new int[capacity];
        rejectCode = new int[capacity];
        flags = new int[capacity];
        owner = new OrderListener[capacity];
        replacesId = new long[capacity];
        replacementId = new long[capacity];
        replacementPrice = new long[capacity];
        replacementQty = new long[capacity];
        updatedNs = new long[capacity];
        freeSlots = new int[capacity];
        finishedSlots = new int[capacity];
        for (int i = 0; i < capacity; i++)
        {
            freeSlots[i] = capacity - 1 - i;
        }
        freeCount = capacity;
    }

    /**
     * Connects the venue orders go to (the venue is usually built with this blotter as its listener).
     *
     * @param venue the venue.
     */
    public void connect(final ExecutionVenue venue)
    {
        this.venue = venue;
    }

    /**
     * @return a fresh client order id for {@link #submit} or {@link #replace}. Callers take the id first so
     * they know it before a synchronous venue reports on it.
     */
    public long newId()
    {
        return ids.next();
    }

    /**
     * Creates an order in PENDING_NEW and sends it.
     *
     * @param clientOrderId a fresh id from {@link #newId()}.
     * @param listener      the order's owner, told of its fills and state changes; may be null.
     * @param instrumentId  the instrument.
     * @param orderSide     BID buys, ASK sells.
     * @param limitPrice    the limit price mantissa.
     * @param orderQty      the quantity mantissa, positive.
     * @param orderFlags    {@link ExecutionVenue#IOC}, {@link ExecutionVenue#POST_ONLY} or NONE.
     * @param nowNs         event time.
     * @return false (and nothing sent, the owner told REJECTED) when the pool is full or the order invalid.
     */
    public boolean submit(
        final long clientOrderId,
        final OrderListener listener,
        final int instrumentId,
        final Side orderSide,
        final long limitPrice,
        final long orderQty,
        final int orderFlags,
        final long nowNs)
    {
        return create(clientOrderId, ClientOrderIds.NULL_ID, listener, instrumentId, orderSide, limitPrice, orderQty, orderFlags, nowNs);
    }

    /**
     * Asks the venue to cancel a working order (PENDING_NEW, NEW or PARTIALLY_FILLED -&gt; PENDING_CANCEL).
     * On an order already PENDING_CANCEL with a replacement waiting, drops the replacement instead.
     *
     * @return false (counted as illegal) if the order is unknown or not cancellable.
     */
    public boolean cancel(final long clientOrderId, final long nowNs)
    {
        final int slot = slotOf(clientOrderId);
        if (slot == NO_SLOT)
        {
            unknownOrderEvents++;
            return false;
        }
        final int s = state[slot];
        if (s == OrderState.PENDING_CANCEL && replacementId[slot] != ClientOrderIds.NULL_ID)
        {
            replacementId[slot] = ClientOrderIds.NULL_ID;
            return true;
        }
        if (!isWorking(s))
        {
            illegalTransitions++;
            return false;
        }
        stateBeforeCancel[slot] = s;
        transition(slot, OrderState.PENDING_CANCEL, nowNs);
        venue.cancel(clientOrderId, nowNs);
        return true;
    }

    /**
     * Cancel/replace: cancels the order and, once the cancel is confirmed, sends {@code newId} at
     * {@code newPrice} for {@code newTotalQty} minus what the old order filled.
     *
     * @param clientOrderId the working order.
     * @param newId         a fresh id from {@link #newId()} for the replacement.
     * @param newPrice      the replacement's limit price.
     * @param newTotalQty   the replacement's quantity counting what the old order has filled.
     * @return false (counted as illegal) if the order cannot be cancelled now.
     */
    public boolean replace(final long clientOrderId, final long newId, final long newPrice, final long newTotalQty, final long nowNs)
    {
        final int slot = slotOf(clientOrderId);
        if (slot == NO_SLOT)
        {
            unknownOrderEvents++;
            return false;
        }
        if (!isWorking(state[slot]) || newTotalQty <= 0)
        {
            illegalTransitions++;
            return false;
        }
        replacementId[slot] = newId;
        replacementPrice[slot] = newPrice;
        replacementQty[slot] = newTotalQty;
        return cancel(clientOrderId, nowNs);
    }

    @Override
    public void onAccepted(final long clientOrderId, final long nowNs)
    {
        final int slot = slotOf(clientOrderId);
        if (slot == NO_SLOT)
        {
            unknownOrderEvents++;
        }
        else if (state[slot] == OrderState.PENDING_NEW)
        {
            transition(slot, OrderState.NEW, nowNs);
        }
        else if (state[slot] == OrderState.PENDING_CANCEL && stateBeforeCancel[slot] == OrderState.PENDING_NEW)
        {
            // the ack overtook our cancel: it still counts, the order is working while the cancel travels
            stateBeforeCancel[slot] = OrderState.NEW;
        }
        else
        {
            illegalTransitions++;
        }
    }

    @Override
    public void onRejected(final long clientOrderId, final int reason, final long nowNs)
    {
        final int slot = slotOf(clientOrderId);
        if (slot == NO_SLOT)
        {
            unknownOrderEvents++;
            return;
        }
        final int s = state[slot];
        if (s == OrderState.PENDING_NEW || (s == OrderState.PENDING_CANCEL && stateBeforeCancel[slot] == OrderState.PENDING_NEW))
        {
            rejectCode[slot] = reason;   // before the transition, so that listeners can read it
            transition(slot, OrderState.REJECTED, nowNs);
        }
        else if (s == OrderState.PENDING_CANCEL)
        {
            // the venue refused our cancel (e.g. UNKNOWN_ORDER while a fill was on its way): the order works on
            cancelRejects++;
            replacementId[slot] = ClientOrderIds.NULL_ID;
            transition(slot, stateBeforeCancel[slot], nowNs);
        }
        else
        {
            illegalTransitions++;
        }
    }

    @Override
    public void onFill(
        final long clientOrderId,
        final long fillPrice,
        final long fillQty,
        final long leavesQty,
        final boolean maker,
        final double fee,
        final long nowNs)
    {
        final int slot = slotOf(clientOrderId);
        if (slot == NO_SLOT)
        {
            unknownOrderEvents++;
            return;
        }
        final int s = state[slot];
        final long leaves = qty[slot] - filled[slot];
        if (!(isWorking(s) || s == OrderState.PENDING_CANCEL) || fillQty <= 0 || fillQty > leaves)
        {
            illegalTransitions++;
            return;
        }
        filled[slot] += fillQty;
        notional[slot] += (double)fillPrice * fillQty;
        final long newLeaves = leaves - fillQty;
        final OrderListener listener = owner[slot];
        if (listener != null)
        {
            listener.onOrderFill(clientOrderId, fillPrice, fillQty, newLeaves, maker, fee, nowNs);
        }
        if (observer != null)
        {
            observer.onOrderFill(clientOrderId, fillPrice, fillQty, newLeaves, maker, fee, nowNs);
        }
        if (newLeaves == 0)
        {
            transition(slot, OrderState.FILLED, nowNs);
        }
        else if (s == OrderState.PENDING_CANCEL)
        {
            if (stateBeforeCancel[slot] != OrderState.PARTIALLY_FILLED)
            {
                stateBeforeCancel[slot] = OrderState.PARTIALLY_FILLED;
            }
        }
        else if (s != OrderState.PARTIALLY_FILLED)
        {
            transition(slot, OrderState.PARTIALLY_FILLED, nowNs);
        }
    }

    @Override
    public void onCancelled(final long clientOrderId, final long leavesQty, final long nowNs)
    {
        final int slot = slotOf(clientOrderId);
        if (slot == NO_SLOT)
        {
            unknownOrderEvents++;
            return;
        }
        final int s = state[slot];
        if (s == OrderState.PENDING_CANCEL)
        {
            final long newId = replacementId[slot];
            transition(slot, OrderState.CANCELLED, nowNs);
            if (newId != ClientOrderIds.NULL_ID)
            {
                sendReplacement(slot, newId, nowNs);
            }
        }
        else if (isWorking(s))
        {
            transition(slot, (flags[slot] & ExecutionVenue.IOC) != 0 ? OrderState.EXPIRED : OrderState.CANCELLED, nowNs);
        }
        else
        {
            illegalTransitions++;
        }
    }

    private void sendReplacement(final int oldSlot, final long newId, final long nowNs)
    {
        // read everything before creating: the new order may take the old order's slot
        replacementId[oldSlot] = ClientOrderIds.NULL_ID;
        final long oldId = id[oldSlot];
        final long newQty = replacementQty[oldSlot] - filled[oldSlot];
        if (newQty > 0)
        {
            create(newId, oldId, owner[oldSlot], instrument[oldSlot], side[oldSlot], replacementPrice[oldSlot], newQty,
                flags[oldSlot], nowNs);
        }
    }

    private boolean create(
        final long clientOrderId,
        final long replaces,
        final OrderListener listener,
        final int instrumentId,
        final Side orderSide,
        final long limitPrice,
        final long orderQty,
        final int orderFlags,
        final long nowNs)
    {
        final int slot = orderQty > 0 && slotOf(clientOrderId) == NO_SLOT ? allocate() : NO_SLOT;
        if (slot == NO_SLOT)
        {
            if (orderQty > 0)
            {
                poolExhausted++;
            }
            else
            {
                illegalTransitions++;
            }
            notifyState(listener, clientOrderId, OrderState.NONE, OrderState.REJECTED, nowNs);
            return false;
        }
        id[slot] = clientOrderId;
        instrument[slot] = instrumentId;
        side[slot] = orderSide;
        price[slot] = limitPrice;
        qty[slot] = orderQty;
        filled[slot] = 0;
        notional[slot] = 0;
        state[slot] = OrderState.PENDING_NEW;
        stateBeforeCancel[slot] = OrderState.PENDING_NEW;
        rejectCode[slot] = 0;
        flags[slot] = orderFlags;
        owner[slot] = listener;
        replacesId[slot] = replaces;
        replacementId[slot] = ClientOrderIds.NULL_ID;
        updatedNs[slot] = nowNs;
        slotById.put(clientOrderId, slot);
        openOrders++;
        notifyState(listener, clientOrderId, OrderState.NONE, OrderState.PENDING_NEW, nowNs);
        venue.submit(clientOrderId, instrumentId, orderSide, limitPrice, orderQty, orderFlags, nowNs);
        return true;
    }

    private void transition(final int slot, final int to, final long nowNs)
    {
        final int from = state[slot];
        state[slot] = to;
        updatedNs[slot] = nowNs;
        if (OrderState.isTerminal(to))
        {
            openOrders--;
            finishedSlots[(finishedHead + finishedCount) % finishedSlots.length] = slot;
            finishedCount++;
        }
        notifyState(owner[slot], id[slot], from, to, nowNs);
    }

    private void notifyState(final OrderListener listener, final long clientOrderId, final int from, final int to, final long nowNs)
    {
        if (listener != null)
        {
            listener.onOrderState(clientOrderId, from, to, nowNs);
        }
        if (observer != null)
        {
            observer.onOrderState(clientOrderId, from, to, nowNs);
        }
    }

    private int allocate()
    {
        if (freeCount > 0)
        {
            return freeSlots[--freeCount];
        }
        if (finishedCount > 0)
        {
            final int slot = finishedSlots[finishedHead];
            finishedHead = (finishedHead + 1) % finishedSlots.length;
            finishedCount--;
            slotById.remove(id[slot]);
            owner[slot] = null;
            return slot;
        }
        return NO_SLOT;
    }

    private int slotOf(final long clientOrderId)
    {
        return (int)slotById.get(clientOrderId);
    }

    private static boolean isWorking(final int s)
    {
        return s == OrderState.PENDING_NEW || s == OrderState.NEW || s == OrderState.PARTIALLY_FILLED;
    }

    /** @return the order's {@link OrderState}, or {@link OrderState#NONE} if unknown or forgotten. */
    public int state(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? OrderState.NONE : state[slot];
    }

    /**
     * @return the venue's {@code RejectCode} of a REJECTED order, 0 otherwise (also for an order refused here, before
     * any venue saw it, and for a refused cancel: the order works on).
     */
    public int rejectCode(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? 0 : rejectCode[slot];
    }

    /** @return the order's instrument, or 0 if unknown. */
    public int instrumentId(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? 0 : instrument[slot];
    }

    /** @return the order's side, or null if unknown. */
    public Side side(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? null : side[slot];
    }

    /** @return the order's owner (the listener it was submitted with), or null if unknown or none. */
    public OrderListener owner(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? null : owner[slot];
    }

    /** @return the order's quantity, or 0 if unknown. */
    public long qty(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? 0 : qty[slot];
    }

    /** @return the order's limit price, or 0 if unknown. */
    public long price(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? 0 : price[slot];
    }

    /** @return the quantity filled so far, or 0 if unknown. */
    public long filledQty(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? 0 : filled[slot];
    }

    /** @return the quantity still open (0 once the order is finished or if unknown). */
    public long leavesQty(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT || OrderState.isTerminal(state[slot]) ? 0 : qty[slot] - filled[slot];
    }

    /** @return the quantity-weighted average fill price mantissa, or 0 if nothing filled. */
    public double avgPrice(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT || filled[slot] == 0 ? 0 : notional[slot] / filled[slot];
    }

    /** @return the id of the order this one replaced, or {@link ClientOrderIds#NULL_ID}. */
    public long replaces(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? ClientOrderIds.NULL_ID : replacesId[slot];
    }

    /** @return the event time of the order's last state change, or 0 if unknown. */
    public long updatedNs(final long clientOrderId)
    {
        final int slot = slotOf(clientOrderId);
        return slot == NO_SLOT ? 0 : updatedNs[slot];
    }

    /** @return orders not yet in a terminal state. */
    public int openOrders()
    {
        return openOrders;
    }

    /** @return events refused because they were not legal in the order's state. */
    public long illegalTransitions()
    {
        return illegalTransitions;
    }

    /** @return events and requests for ids we do not know (or have forgotten). */
    public long unknownOrderEvents()
    {
        return unknownOrderEvents;
    }

    /** @return orders refused because every slot held an open order. */
    public long poolExhausted()
    {
        return poolExhausted;
    }

    /** @return cancels the venue refused ({@link RejectCode}), the order working on. */
    public long cancelRejects()
    {
        return cancelRejects;
    }
}
