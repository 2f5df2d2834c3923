package io.ringwall.gateways.sim;

/**
 * A REST depth snapshot from a recording, parsed: where a symbol's book starts (or restarts after a gap
 * in the recording).
 */
final class DepthImage
{
    final String symbol;
    final long timeNs;
    final long lastUpdateId;
    /** Price, quantity pairs at {@link FrameParser#EXPONENT}: {@link #bidCount} bids, then the asks. */
    final long[] levels;
    final int bidCount;

    DepthImage(final String symbol, final long timeNs, final long lastUpdateId, final long[] levels, final int bidCount)
    {
        this.symbol = symbol;
        this.timeNs = timeNs;
        this.lastUpdateId = lastUpdateId;
        this.levels = levels;
        this.bidCount = bidCount;
    }

    @Override
    public String toString()
    {
        return symbol + " snapshot L=" + lastUpdateId;
    }
}
