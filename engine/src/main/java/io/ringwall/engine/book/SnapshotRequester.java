package io.ringwall.engine.book;

/**
 * Carries the logic's request for a fresh depth snapshot to the instrument's gateway. The request itself
 * is journaled as a decision; this is only its delivery, so replay uses {@link #NONE}.
 */
@FunctionalInterface
public interface SnapshotRequester
{
    SnapshotRequester NONE = instrumentId -> {};

    /**
     * Must not block, allocate or do I/O: it runs on the business-logic thread.
     *
     * @param instrumentId the instrument whose book needs a snapshot.
     */
    void request(int instrumentId);
}
