package io.ringwall.engine.risk;

/**
 * What the {@link KillSwitch} lets the engine do.
 */
public enum TradingState
{
    /** Normal trading. */
    RUNNING,
    /** Only orders that reduce a position (toward zero, never through it) are accepted. */
    REDUCING,
    /** No new orders: open orders are to be cancelled; a position is closed only if a flatten was requested. */
    HALTED
}
