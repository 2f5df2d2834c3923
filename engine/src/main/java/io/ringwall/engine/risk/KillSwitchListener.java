package io.ringwall.engine.risk;

/**
 * Told of every {@link KillSwitch} transition, on the business-logic thread, so the caller can journal it and
 * cancel open orders on HALTED.
 */
@FunctionalInterface
public interface KillSwitchListener
{
    /** Ignores transitions (they can still be polled). */
    KillSwitchListener NONE = (nowNs, from, to, reason) -> { };

    /**
     * @param nowNs  the event time of the transition.
     * @param from   the previous state.
     * @param to     the new state.
     * @param reason a {@link KillReason} code.
     */
    void onStateChange(long nowNs, TradingState from, TradingState to, int reason);
}
