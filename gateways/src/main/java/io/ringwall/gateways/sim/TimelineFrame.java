package io.ringwall.gateways.sim;

/**
 * One recorded frame on the simulator's timeline: its exact bytes, what routing needs (stream, symbol,
 * type) and, for diff depth, the update ids and levels the simulator's own book applies when it plays.
 */
final class TimelineFrame
{
    /** The id a spot depth frame has for the futures-only {@code pu}. */
    static final long NO_ID = Long.MIN_VALUE;

    final long timeNs;
    final byte[] bytes;
    final int dataOffset;
    final int dataLength;
    final String stream;
    final String key;
    final String symbol;
    final String type;
    final boolean depth;
    final long firstId;
    final long lastId;
    final long prevId;
    /** Price, quantity pairs at {@link FrameParser#EXPONENT}: {@link #bidCount} bids, then the asks. */
    final long[] levels;
    final int bidCount;

    /** Set by the loader where a gap in the recording itself forced a new snapshot: the book restarts from it here. */
    DepthImage reseed;

    TimelineFrame(
        final long timeNs,
        final byte[] bytes,
        final int dataOffset,
        final int dataLength,
        final String stream,
        final long firstId,
        final long lastId,
        final long prevId,
        final long[] levels,
        final int bidCount)
    {
        this.timeNs = timeNs;
        this.bytes = bytes;
        this.dataOffset = dataOffset;
        this.dataLength = dataLength;
        this.stream = stream;
        this.key = StreamNames.key(stream);
        this.symbol = StreamNames.symbol(stream);
        this.type = StreamNames.type(stream);
        this.depth = levels != null;
        this.firstId = firstId;
        this.lastId = lastId;
        this.prevId = prevId;
        this.levels = levels;
        this.bidCount = bidCount;
    }

    /** @return true for a futures diff (it carries {@code pu}, so it chains by {@code pu == prev u}). */
    boolean chainsByPrevId()
    {
        return prevId != NO_ID;
    }

    @Override
    public String toString()
    {
        return stream + (depth ? " U=" + firstId + " u=" + lastId + (chainsByPrevId() ? " pu=" + prevId : "") : "");
    }
}
