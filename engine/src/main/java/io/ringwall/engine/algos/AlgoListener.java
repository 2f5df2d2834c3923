package io.ringwall.engine.algos;

/**
 * Hears when an execution algorithm finishes its parent order, with primitive arguments only.
 */
@FunctionalInterface
public interface AlgoListener
{
    /**
     * The parent is finished.
     *
     * @param parentId  the parent order's id.
     * @param state     {@link AlgoState#DONE} or {@link AlgoState#CANCELLED}.
     * @param outcome   an {@link AlgoOutcome}.
     * @param filledQty quantity filled over all child orders.
     * @param avgPrice  their quantity-weighted average price mantissa (0 if nothing filled).
     * @param nowNs     event time.
     */
    void onAlgoFinished(long parentId, int state, int outcome, long filledQty, double avgPrice, long nowNs);
}
