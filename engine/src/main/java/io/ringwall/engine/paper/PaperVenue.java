package io.ringwall.engine.paper;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.venue.ExecutionListener;
import io.ringwall.engine.venue.ExecutionVenue;
import io.ringwall.engine.venue.RejectCode;

/**
 * A deterministic exchange simulation inside the logic: our limit orders match against the live L2 book of
 * each instrument and the public trades, in event time, and every outcome comes back through the
 * {@link ExecutionListener}. The lead calls {@link #onBook} after each book message and {@link #onTrade} for
 * each public trade; both, like {@link #onTime}, first release the requests whose latency has elapsed.
 * <p>
 * The matching rules, chosen to be simple, conservative and reproducible:
 * <ul>
 * <li>Latency: a submit reaches the venue at {@code now + orderLatencyNs}, a cancel at
 *     {@code now + cancelLatencyNs}; in between the order can fill. Requests take effect in order of due time
 *     (then of sending), against the book as it is when they are released. A cancel that arrives after the
 *     order is done is dropped silently (its fills already said so); one that overtakes its order (cancel
 *     latency shorter than order latency) cancels it unseen, with no accepted before; one for an id the venue
 *     does not know is answered at once with {@link RejectCode#UNKNOWN_ORDER}. Submits are checked at once
 *     for {@link RejectCode#INVALID}, an undefined instrument ({@link RejectCode#NO_MARKET}), an id in use
 *     ({@link RejectCode#UNKNOWN_ORDER}) and capacity ({@link RejectCode#TOO_MANY_ORDERS}).</li>
 * <li>Arrival: the book must be usable (marked live, both sides present, not crossed), else
 *     {@link RejectCode#NO_MARKET}. A post-only order that would take is rejected {@link RejectCode#WOULD_TAKE}.
 *     A marketable order walks the opposite side level by level at the book's prices (taker fee) up to its
 *     limit; an IOC remainder is cancelled, any other remainder rests at its limit.</li>
 * <li>Our own impact: see {@link OwnImpact} (what we took stays taken while the level shows the same size).</li>
 * <li>Queue: a resting order's queue ahead is the displayed size at its price when it rests (our own earlier
 *     orders at that price stand ahead of it too, by time priority). A public trade at our price consumes the
 *     queue ahead first, then fills us; a trade through our price (a sell below our bid, a buy above our ask)
 *     means our level was cleared, so the queue ahead becomes 0 and it fills us. One public trade never fills
 *     our orders for more than its quantity in total. A trade of unknown aggressor side counts for whichever
 *     side its price reaches.</li>
 * <li>Cancels ahead: on each book message, the decrease of the displayed size at our price not explained by
 *     public trades there since the last message is taken as cancellations spread evenly over the level, so
 *     the queue ahead shrinks by the same fraction (rounded down); the queue ahead never exceeds the
 *     displayed size. Increases join behind us.</li>
 * <li>Crossing: when the opposite side shows liquidity at or through our price (an ask at or below our bid),
 *     that liquidity would have traded with us: we fill at our own price as maker, up to its size.</li>
 * </ul>
 * Fixed capacity, primitive state, no allocation per call once constructed and the instruments defined.
 */
public final class PaperVenue implements ExecutionVenue
{
    private final ExecutionListener listener;
    private final long orderLatencyNs;
    private final long cancelLatencyNs;
    private final FeeSchedule fees;
    private final OrderBook[] books;
    private final boolean[] live;
    private final int[] notionalExponent;
    private final PaperOrders orders;
    private final OwnImpact impact;
    private final LatencyQueue arrivals;
    private final LatencyQueue cancels;
    private long sequence;
    private boolean busy;

    /**
     * @param listener        where outcomes go.
     * @param maxInstruments  instrument ids run from 0 to this, exclusive.
     * @param maxOrders       the most orders open (pending or resting) at once.
     * @param orderLatencyNs  event time from submit to the order reaching the venue, not negative.
     * @param cancelLatencyNs event time from cancel to it taking effect, not negative.
     * @param makerFeeBps     fee on passive fills, bps of notional (negative for a rebate).
     * @param takerFeeBps     fee on aggressive fills, bps of notional.
     */
    public PaperVenue(
        final ExecutionListener listener,
        final int maxInstruments,
        final int maxOrders,
        final long orderLatencyNs,
        final long cancelLatencyNs,
        final double makerFeeBps,
        final double takerFeeBps)
    {
        if (listener == null)
        {
            throw new IllegalArgumentException("listener must not be null");
        }
        if (maxInstruments <= 0)
        {
            throw new IllegalArgumentException("maxInstruments must be positive: " + maxInstruments);
        }
        if (orderLatencyNs < 0)
        {
            throw new IllegalArgumentException("orderLatencyNs must not be negative: " + orderLatencyNs);
        }
        if (cancelLatencyNs < 0)
        {
            throw new IllegalArgumentException("cancelLatencyNs must not be negative: " + cancelLatencyNs);
        }
        this.listener = listener;
        this.orderLatencyNs = orderLatencyNs;
        this.cancelLatencyNs = cancelLatencyNs;
        this.fees = new FeeSchedule(makerFeeBps, takerFeeBps);
        this.books = new OrderBook[maxInstruments];
        this.live = new boolean[maxInstruments];
        this.notionalExponent = new int[maxInstruments];
        this.orders = new PaperOrders(maxOrders);
        this.impact = new OwnImpact(Math.max(64, 4 * maxOrders));
        // a cancelled pending order frees its slot before its arrival is dequeued, hence the headroom
        this.arrivals = new LatencyQueue(2 * maxOrders);
        this.cancels = new LatencyQueue(2 * maxOrders);
    }

    /**
     * Hands in an instrument's live book (set-up time); the book starts marked live.
     *
     * @param instrumentId  the instrument.
     * @param book          its book, updated by the lead before each {@link #onBook} call.
     * @param priceExponent price = mantissa * 10^priceExponent.
     * @param qtyExponent   quantity = mantissa * 10^qtyExponent.
     */
    public void defineInstrument(final int instrumentId, final OrderBook book, final int priceExponent, final int qtyExponent)
    {
        if (instrumentId < 0 || instrumentId >= books.length)
        {
            throw new IllegalArgumentException("instrumentId out of range: " + instrumentId);
        }
        if (book == null)
        {
            throw new IllegalArgumentException("book must not be null");
        }
        books[instrumentId] = book;
        live[instrumentId] = true;
        notionalExponent[instrumentId] = priceExponent + qtyExponent;
    }

    /**
     * Marks whether the instrument's book can be traded against (LIVE) or not (resyncing, disconnected):
     * orders reaching a book that is not live are rejected, resting orders neither fill nor move in the queue.
     */
    public void setLive(final int instrumentId, final boolean isLive)
    {
        if (isDefined(instrumentId))
        {
            live[instrumentId] = isLive;
        }
    }

    @Override
    public void submit(
        final long clientOrderId, final int instrumentId, final Side side, final long price, final long qty, final int flags, final long nowNs)
    {
        if ((side != Side.BID && side != Side.ASK) || price <= 0 || qty <= 0 || (flags & ~(IOC | POST_ONLY)) != 0)
        {
            listener.onRejected(clientOrderId, RejectCode.INVALID, nowNs);
        }
        else if (!isDefined(instrumentId))
        {
            listener.onRejected(clientOrderId, RejectCode.NO_MARKET, nowNs);
        }
        else if (orders.slotOf(clientOrderId) != PaperOrders.NONE)
        {
            listener.onRejected(clientOrderId, RejectCode.UNKNOWN_ORDER, nowNs);
        }
        else if (orders.isFull() || arrivals.isFull())
        {
            listener.onRejected(clientOrderId, RejectCode.TOO_MANY_ORDERS, nowNs);
        }
        else
        {
            orders.add(clientOrderId, instrumentId, side, price, qty, flags);
            arrivals.add(nowNs + orderLatencyNs, clientOrderId, sequence++);
        }
        onTime(nowNs);
    }

    @Override
    public void cancel(final long clientOrderId, final long nowNs)
    {
        final int slot = orders.slotOf(clientOrderId);
        if (slot == PaperOrders.NONE)
        {
            listener.onRejected(clientOrderId, RejectCode.UNKNOWN_ORDER, nowNs);
        }
        else if (!orders.cancelRequested[slot])
        {
            if (cancels.isFull())
            {
                listener.onRejected(clientOrderId, RejectCode.TOO_MANY_ORDERS, nowNs);
            }
            else
            {
                orders.cancelRequested[slot] = true;
                cancels.add(nowNs + cancelLatencyNs, clientOrderId, sequence++);
            }
        }
        onTime(nowNs);
    }

    @Override
    public void onTime(final long nowNs)
    {
        // a listener that submits or cancels from inside a callback only queues; the outer loop releases it
        if (busy)
        {
            return;
        }
        busy = true;
        try
        {
            releaseDue(nowNs);
        }
        finally
        {
            busy = false;
        }
    }

    /**
     * After a book message for the instrument: releases due requests, then moves queues (cancels ahead) and
     * fills resting orders the book now crosses.
     */
    public void onBook(final int instrumentId, final long nowNs)
    {
        if (busy)
        {
            return;
        }
        busy = true;
        try
        {
            releaseDue(nowNs);
            if (isDefined(instrumentId))
            {
                final OrderBook book = books[instrumentId];
                impact.onBook(instrumentId, book);
                final boolean usable = isUsable(instrumentId);
                int slot = orders.firstResting();
                while (slot != PaperOrders.NONE)
                {
                    final int next = orders.nextResting(slot);
                    if (orders.instrumentId[slot] == instrumentId)
                    {
                        if (usable)
                        {
                            followBook(slot, book);
                            fillCrossing(slot, book, nowNs);
                        }
                        else
                        {
                            // the book is being rebuilt: re-baseline the queue once it is live again
                            orders.lastSeenQty[slot] = -1;
                        }
                    }
                    slot = next;
                }
            }
            releaseDue(nowNs);
        }
        finally
        {
            busy = false;
        }
    }

    /**
     * A public trade: moves the queues at its price and fills our resting orders it reaches.
     *
     * @param price     trade price mantissa.
     * @param qty       trade quantity mantissa.
     * @param aggressor BUY takes asks, SELL takes bids, UNKNOWN whichever its price reaches.
     */
    public void onTrade(final int instrumentId, final long price, final long qty, final AggressorSide aggressor, final long nowNs)
    {
        if (busy)
        {
            return;
        }
        busy = true;
        try
        {
            releaseDue(nowNs);
            if (isDefined(instrumentId) && live[instrumentId] && qty > 0)
            {
                applyTrade(instrumentId, price, qty, aggressor, nowNs);
            }
            releaseDue(nowNs);
        }
        finally
        {
            busy = false;
        }
    }

    /**
     * @return orders pending or resting.
     */
    public int openOrders()
    {
        return orders.open();
    }

    /**
     * @return the displayed quantity ahead of a resting order, or -1 when it is not resting.
     */
    public long queueAhead(final long clientOrderId)
    {
        final int slot = orders.slotOf(clientOrderId);
        return slot == PaperOrders.NONE || orders.state[slot] != PaperOrders.RESTING ? -1 : orders.queueAhead[slot];
    }

    /**
     * @return the open quantity of a pending or resting order, or 0 when the order is done or unknown.
     */
    public long leavesQty(final long clientOrderId)
    {
        final int slot = orders.slotOf(clientOrderId);
        return slot == PaperOrders.NONE ? 0 : orders.leavesQty[slot];
    }

    private void releaseDue(final long nowNs)
    {
        while (true)
        {
            final boolean arrivalDue = !arrivals.isEmpty() && arrivals.headDueNs() <= nowNs;
            final boolean cancelDue = !cancels.isEmpty() && cancels.headDueNs() <= nowNs;
            if (arrivalDue && (!cancelDue || arrivesFirst()))
            {
                final long dueNs = arrivals.headDueNs();
                arrive(arrivals.poll(), dueNs);
            }
            else if (cancelDue)
            {
                final long dueNs = cancels.headDueNs();
                cancelTakesEffect(cancels.poll(), dueNs);
            }
            else
            {
                return;
            }
        }
    }

    private boolean arrivesFirst()
    {
        final long arrival = arrivals.headDueNs();
        final long cancel = cancels.headDueNs();
        return arrival < cancel || (arrival == cancel && arrivals.headSequence() < cancels.headSequence());
    }

    private void arrive(final long clientOrderId, final long nowNs)
    {
        final int slot = orders.slotOf(clientOrderId);
        if (slot == PaperOrders.NONE || orders.state[slot] != PaperOrders.PENDING)
        {
            return; // cancelled on the way
        }
        final int instrumentId = orders.instrumentId[slot];
        if (!isUsable(instrumentId))
        {
            orders.remove(slot);
            listener.onRejected(clientOrderId, RejectCode.NO_MARKET, nowNs);
            return;
        }
        final OrderBook book = books[instrumentId];
        final Side side = orders.side[slot];
        final long price = orders.price[slot];
        final int flags = orders.flags[slot];
        if ((flags & POST_ONLY) != 0 && wouldTake(instrumentId, book, side, price))
        {
            orders.remove(slot);
            listener.onRejected(clientOrderId, RejectCode.WOULD_TAKE, nowNs);
            return;
        }
        listener.onAccepted(clientOrderId, nowNs);
        final long leaves = take(slot, book, side, price, price, false, nowNs);
        if (leaves == 0)
        {
            return;
        }
        if ((flags & IOC) != 0)
        {
            orders.remove(slot);
            listener.onCancelled(clientOrderId, leaves, nowNs);
            return;
        }
        orders.rest(slot);
        final long displayed = book.qtyAt(side, price);
        orders.queueAhead[slot] = displayed;
        orders.lastSeenQty[slot] = displayed;
        orders.tradedSinceBook[slot] = 0;
    }

    private void cancelTakesEffect(final long clientOrderId, final long nowNs)
    {
        final int slot = orders.slotOf(clientOrderId);
        if (slot == PaperOrders.NONE)
        {
            return; // done before the cancel arrived; its fills said so
        }
        final long leaves = orders.leavesQty[slot];
        orders.remove(slot);
        listener.onCancelled(clientOrderId, leaves, nowNs);
    }

    private boolean wouldTake(final int instrumentId, final OrderBook book, final Side side, final long limit)
    {
        final Side opposite = opposite(side);
        for (int level = 0, depth = book.depth(opposite); level < depth; level++)
        {
            final long levelPrice = book.price(opposite, level);
            if (!reaches(side, limit, levelPrice))
            {
                return false;
            }
            if (impact.available(instrumentId, opposite, levelPrice, book.qty(opposite, level)) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the opposite side's available liquidity at prices that reach {@code limit}, best level first.
     * A taker pays each level's price; a resting order crossed by the book ({@code maker}) gets its own price.
     *
     * @return the order's leaves quantity afterwards (0 when it is done and forgotten).
     */
    private long take(
        final int slot, final OrderBook book, final Side side, final long limit, final long fillPrice, final boolean maker, final long nowNs)
    {
        final long clientOrderId = orders.clientOrderId[slot];
        final int instrumentId = orders.instrumentId[slot];
        final Side opposite = opposite(side);
        long leaves = orders.leavesQty[slot];
        for (int level = 0, depth = book.depth(opposite); leaves > 0 && level < depth; level++)
        {
            final long levelPrice = book.price(opposite, level);
            if (!reaches(side, limit, levelPrice))
            {
                break;
            }
            final long displayed = book.qty(opposite, level);
            final long available = impact.available(instrumentId, opposite, levelPrice, displayed);
            if (available > 0)
            {
                final long qty = Math.min(leaves, available);
                impact.take(instrumentId, opposite, levelPrice, displayed, qty);
                leaves -= qty;
                fill(slot, maker ? fillPrice : levelPrice, qty, leaves, maker, nowNs, clientOrderId, instrumentId);
            }
        }
        return leaves;
    }

    private void followBook(final int slot, final OrderBook book)
    {
        final long displayed = book.qtyAt(orders.side[slot], orders.price[slot]);
        final long lastSeen = orders.lastSeenQty[slot];
        long ahead = orders.queueAhead[slot];
        if (lastSeen >= 0)
        {
            final long afterTrades = lastSeen - orders.tradedSinceBook[slot];
            if (afterTrades > displayed && afterTrades > 0)
            {
                final long cancelled = afterTrades - displayed;
                ahead -= (long)((double)ahead * (double)cancelled / (double)afterTrades);
            }
        }
        orders.queueAhead[slot] = Math.min(ahead, displayed);
        orders.lastSeenQty[slot] = displayed;
        orders.tradedSinceBook[slot] = 0;
    }

    private void fillCrossing(final int slot, final OrderBook book, final long nowNs)
    {
        final Side side = orders.side[slot];
        final long price = orders.price[slot];
        final Side opposite = opposite(side);
        if (book.depth(opposite) > 0 && reaches(side, price, book.bestPrice(opposite)))
        {
            final long before = orders.leavesQty[slot];
            final long leaves = take(slot, book, side, price, price, true, nowNs);
            if (leaves > 0 && leaves < before)
            {
                orders.queueAhead[slot] = 0; // the crossing liquidity reached us, so nothing stands ahead any more
            }
        }
    }

    private void applyTrade(final int instrumentId, final long tradePrice, final long tradeQty, final AggressorSide aggressor, final long nowNs)
    {
        long filled = 0;
        int slot = orders.firstResting();
        while (slot != PaperOrders.NONE && filled < tradeQty)
        {
            final int next = orders.nextResting(slot);
            if (orders.instrumentId[slot] == instrumentId && tradeReaches(orders.side[slot], orders.price[slot], tradePrice, aggressor))
            {
                long volume = tradeQty - filled;
                if (tradePrice == orders.price[slot])
                {
                    final long consumed = Math.min(volume, orders.queueAhead[slot]);
                    orders.queueAhead[slot] -= consumed;
                    orders.tradedSinceBook[slot] += tradeQty;
                    volume -= consumed;
                }
                else
                {
                    orders.queueAhead[slot] = 0;
                }
                if (volume > 0)
                {
                    final long qty = Math.min(orders.leavesQty[slot], volume);
                    filled += qty;
                    final long leaves = orders.leavesQty[slot] - qty;
                    fill(slot, orders.price[slot], qty, leaves, true, nowNs, orders.clientOrderId[slot], instrumentId);
                }
            }
            slot = next;
        }
    }

    /** Records a fill, forgets the order when it is done, then tells the listener. */
    private void fill(
        final int slot, final long price, final long qty, final long leaves, final boolean maker, final long nowNs,
        final long clientOrderId, final int instrumentId)
    {
        orders.leavesQty[slot] = leaves;
        if (leaves == 0)
        {
            orders.remove(slot);
        }
        final double fee = fees.fee(price, qty, notionalExponent[instrumentId], maker);
        listener.onFill(clientOrderId, price, qty, leaves, maker, fee, nowNs);
    }

    private boolean isDefined(final int instrumentId)
    {
        return instrumentId >= 0 && instrumentId < books.length && books[instrumentId] != null;
    }

    private boolean isUsable(final int instrumentId)
    {
        final OrderBook book = books[instrumentId];
        return live[instrumentId] && book.depth(Side.BID) > 0 && book.depth(Side.ASK) > 0 && !book.isCrossed();
    }

    /** True when an order on {@code side} limited at {@code limit} would trade at {@code price}. */
    private static boolean reaches(final Side side, final long limit, final long price)
    {
        return side == Side.BID ? price <= limit : price >= limit;
    }

    private static boolean tradeReaches(final Side side, final long orderPrice, final long tradePrice, final AggressorSide aggressor)
    {
        if (side == Side.BID)
        {
            return aggressor != AggressorSide.BUY && tradePrice <= orderPrice;
        }
        return aggressor != AggressorSide.SELL && tradePrice >= orderPrice;
    }

    private static Side opposite(final Side side)
    {
        return side == Side.BID ? Side.ASK : Side.BID;
    }
}
