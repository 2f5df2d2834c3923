package io.ringwall.engine.book;

/**
 * What a book has been through, counted on the business-logic thread: the figures `verify` reports.
 */
public final class BookStats
{
    long depthUpdates;
    long applied;
    long skipped;
    long gaps;
    long resyncs;
    long crossed;
    long tickers;
    long tickerChecks;
    long tickerMismatches;
    long malformed;
    long snapshots;
    long snapshotsIgnored;
    long snapshotRequests;
    long staleSnapshots;
    long trades;

    /** @return diff-depth venue messages received (one per venue message, however many events it spans). */
    public long depthUpdates()
    {
        return depthUpdates;
    }

    /** @return depth messages applied to the book while it was LIVE or while catching up from a snapshot. */
    public long applied()
    {
        return applied;
    }

    /** @return depth messages ignored because the book had already passed them. */
    public long skipped()
    {
        return skipped;
    }

    /** @return breaks in the update-id chain found while LIVE or while catching up. */
    public long gaps()
    {
        return gaps;
    }

    /** @return times a LIVE book was invalidated and had to resync. */
    public long resyncs()
    {
        return resyncs;
    }

    /** @return times the book was found crossed. */
    public long crossed()
    {
        return crossed;
    }

    /** @return book tickers received. */
    public long tickers()
    {
        return tickers;
    }

    /** @return book tickers compared with the book at the same update id. */
    public long tickerChecks()
    {
        return tickerChecks;
    }

    /** @return book tickers that disagreed with the book at the same update id. */
    public long tickerMismatches()
    {
        return tickerMismatches;
    }

    /** @return rejected inputs attributed to this instrument. */
    public long malformed()
    {
        return malformed;
    }

    /** @return depth snapshots applied. */
    public long snapshots()
    {
        return snapshots;
    }

    /** @return snapshots ignored because they arrived while the book was LIVE. */
    public long snapshotsIgnored()
    {
        return snapshotsIgnored;
    }

    /** @return snapshots the logic asked for. */
    public long snapshotRequests()
    {
        return snapshotRequests;
    }

    /** @return snapshots older than the buffered diffs, so useless. */
    public long staleSnapshots()
    {
        return staleSnapshots;
    }

    /** @return trades received. */
    public long trades()
    {
        return trades;
    }
}
