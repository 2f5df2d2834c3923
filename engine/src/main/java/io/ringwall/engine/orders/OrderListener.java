package io.ringwall.engine.orders;

/**
 * Hears what happens to orders in an {@link OrderBlotter}, on the business-logic thread, with primitive
 * arguments only. A fill is reported before the state change it causes.
 */
public interface OrderListener
{
    /**
     * The order moved from one {@link OrderState} to another ({@code fromState} is {@link OrderState#NONE}
     * when the order was just created).
     */
    void onOrderState(long clientOrderId, int fromState, int toState, long nowNs);

    /**
     * A fill of {@code qty} at {@code price}, leaving {@code leavesQty} open.
     */
    void onOrderFill(long clientOrderId, long price, long qty, long leavesQty, boolean maker, double fee, long nowNs);
}
