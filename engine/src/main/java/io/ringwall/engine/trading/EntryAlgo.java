package io.ringwall.engine.trading;

/**
 * How the trading stage works an entry: a slippage-protected market order or a smart (post-only) limit.
 */
public enum EntryAlgo
{
    /** {@link io.ringwall.engine.algos.SlippageProtectedMarket}: IOC limits at the far touch plus a slippage band. */
    MARKET,
    /** {@link io.ringwall.engine.algos.SmartLimit}: post-only at our touch, repriced, given up after limits. */
    SMART_LIMIT
}
