package io.ringwall.engine.venue;

/**
 * What a venue reports about our orders, on the business-logic thread, primitive arguments only.
 * Prices and quantities are the instrument's mantissas; fees are in quote currency.
 */
public interface ExecutionListener
{
    /** The order is working at the venue. */
    void onAccepted(long clientOrderId, long nowNs);

    /** The venue refused it; {@code reason} is one of {@link RejectCode}. */
    void onRejected(long clientOrderId, int reason, long nowNs);

    /**
     * A fill.
     *
     * @param price      the fill price mantissa.
     * @param qty        the filled quantity mantissa.
     * @param leavesQty  what is still open after it (0 when the order is done).
     * @param maker      true if we provided the liquidity.
     * @param fee        the fee charged, quote currency (negative for a rebate).
     */
    void onFill(long clientOrderId, long price, long qty, long leavesQty, boolean maker, double fee, long nowNs);

    /** The order is no longer working and {@code leavesQty} of it will never fill (cancel, IOC remainder). */
    void onCancelled(long clientOrderId, long leavesQty, long nowNs);
}
