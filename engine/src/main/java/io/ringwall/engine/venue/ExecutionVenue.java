package io.ringwall.engine.venue;

import io.ringwall.codecs.sbe.Side;

/**
 * Where orders go: the paper venue inside the logic, or a live venue's order gateway. Called on the
 * business-logic thread with primitive arguments only (no allocation); outcomes come back through the
 * {@link ExecutionListener} the venue was built with, never from inside these calls' callers' stack in a way
 * that re-enters them (a venue may report synchronously, so callers must tolerate callbacks during submit).
 * Prices and quantities are the instrument's mantissas.
 */
public interface ExecutionVenue
{
    /** Limit order flags, combined with |. */
    int NONE = 0;
    /** Immediate-or-cancel: whatever does not fill at once is cancelled. */
    int IOC = 1;
    /** Post-only: rejected if it would take liquidity. */
    int POST_ONLY = 2;

    /**
     * Sends a new limit order.
     *
     * @param clientOrderId unique per session, chosen by the caller, never reused.
     * @param instrumentId  the instrument.
     * @param side          BID buys, ASK sells.
     * @param price         limit price mantissa.
     * @param qty           quantity mantissa, positive.
     * @param flags         {@link #IOC}, {@link #POST_ONLY} or {@link #NONE}.
     * @param nowNs         the logic's time.
     */
    void submit(long clientOrderId, int instrumentId, Side side, long price, long qty, int flags, long nowNs);

    /**
     * Asks to cancel a live order; the outcome (cancelled, or filled first) comes back as events.
     */
    void cancel(long clientOrderId, long nowNs);

    /**
     * Moves the venue's own clock (a paper venue releases orders and cancels whose latency has elapsed).
     */
    void onTime(long nowNs);
}
