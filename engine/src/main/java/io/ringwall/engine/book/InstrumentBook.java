package io.ringwall.engine.book;

import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.BatchFlagsDecoder;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookHealthReason;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.BookTickerDecoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.DirectBuffer;

/**
 * One instrument's order book and its health: the Binance snapshot-plus-diffs synchronisation, gap and
 * crossed-book detection, and the book-ticker cross-check. A book is LIVE only when every diff since its
 * snapshot has been applied in an unbroken update-id chain; anything that could make it wrong turns it
 * INVALID, journals why, and asks for a fresh snapshot of this instrument alone.
 *
 * <p>Sync rules, from PROTOCOLS.md and checked against the recordings (where the real data contradicts
 * the docs, the data wins):
 * <ul>
 * <li>spot: drop diffs with {@code u <= L}; the first applied has {@code U <= L+1 <= u}; then
 * {@code U == prev u + 1} (the update procedure accepts any {@code U <= prev u + 1 < u});</li>
 * <li>futures (USD-M, COIN-M; ids are sparse per symbol): drop {@code u <= L} (a diff with u == L is already
 * in the snapshot); the first applied has {@code pu <= L < u}; then {@code pu == prev u}.</li>
 * </ul>
 */
public final class InstrumentBook
{
    private static final int NO_BATCH = 0;
    private static final int APPLY = 1;
    private static final int BUFFER = 2;
    private static final int SKIP = 3;
    private static final int TICKER_QUEUE = 256;

    private final Instrument instrument;
    private final int instrumentId;
    private final boolean futures;
    private final OrderBook book;
    private final SyncBuffer pending;
    private final BookDecisions decisions;
    private final BookStats stats = new BookStats();
    private final BookDeltaDecoder bufferedDelta = new BookDeltaDecoder();
    private final MessageHeaderDecoder bufferedHeader = new MessageHeaderDecoder();

    private BookState state = BookState.SYNCING;
    private BookHealthReason syncReason = BookHealthReason.INSTRUMENT_ADDED;
    private long updateId;
    private boolean awaitingFirstDiff;

    private int batchMode = NO_BATCH;
    private boolean liveAfterBatch;
    private long batchFirstId;
    private long batchLastId;

    private boolean snapshotOpen;
    private boolean snapshotIgnored;
    private long snapshotId;
    private boolean snapshotRequested;
    private int attempt;

    // Book tickers ahead of the book, waiting for the diff that brings the book to their update id.
    private final long[] tickerIds = new long[TICKER_QUEUE];
    private final long[] tickerValues = new long[TICKER_QUEUE * 4];
    private int tickerHead;
    private int tickerCount;

    /**
     * @param instrument the instrument; its venue picks the sync rule.
     * @param book       the book to maintain.
     * @param syncBytes  memory for diffs buffered while waiting for a snapshot.
     * @param decisions  where health changes and snapshot requests go.
     */
    public InstrumentBook(final Instrument instrument, final OrderBook book, final int syncBytes, final BookDecisions decisions)
    {
        this.instrument = instrument;
        this.instrumentId = instrument.id();
        this.futures = Venues.isBinanceFutures(instrument.venue());
        this.book = book;
        this.pending = new SyncBuffer(syncBytes);
        this.decisions = decisions;
    }

    /**
     * Applies, buffers or skips one BookDelta event.
     *
     * @param buffer holding the event.
     * @param offset where the event (its message header) starts.
     * @param length its length.
     * @param delta  a decoder already wrapped on the event's body.
     */
    public void onDelta(final DirectBuffer buffer, final int offset, final int length, final BookDeltaDecoder delta)
    {
        final BatchFlagsDecoder flags = delta.flags();
        final boolean first = flags.fIRST();
        final boolean last = flags.lAST();
        final long firstId = delta.firstUpdateId();
        final long lastId = delta.lastUpdateId();

        if (first)
        {
            if (batchMode != NO_BATCH)
            {
                abortBatch(BookHealthReason.BATCH_BROKEN, firstId);
            }
            stats.depthUpdates++;
            batchFirstId = firstId;
            batchLastId = lastId;
            if (state == BookState.LIVE)
            {
                if (lastId <= updateId)
                {
                    batchMode = SKIP;
                    stats.skipped++;
                }
                else if (chains(firstId, delta.prevLastUpdateId()))
                {
                    batchMode = APPLY;
                }
                else
                {
                    stats.gaps++;
                    invalidate(BookHealthReason.GAP, futures ? delta.prevLastUpdateId() : firstId);
                    batchMode = BUFFER;
                }
            }
            else
            {
                batchMode = BUFFER;
            }
        }
        else if (batchMode == NO_BATCH || firstId != batchFirstId || lastId != batchLastId)
        {
            // The start of this venue message never arrived (or parts interleaved): it cannot be trusted.
            abortBatch(BookHealthReason.BATCH_BROKEN, firstId);
            return;
        }

        switch (batchMode)
        {
            case APPLY:
                applyLevels(delta);
                break;

            case BUFFER:
                if (!pending.append(buffer, offset, length, first))
                {
                    // An event larger than the whole sync buffer: config too small. Count and resync.
                    syncBufferOverflow();
                }
                break;

            default:
                break;
        }

        if (last)
        {
            final int mode = batchMode;
            batchMode = NO_BATCH;
            if (mode == APPLY)
            {
                completeDiff(lastId);
                if (liveAfterBatch)
                {
                    liveAfterBatch = false;
                    finishCatchUp();
                }
                else
                {
                    afterBookChange();
                }
            }
            else if (mode == BUFFER)
            {
                pending.closeMessage();
                if (!snapshotRequested)
                {
                    requestSnapshot(syncReason);
                }
            }
        }
    }

    /**
     * Applies one BookSnapshot event; the book takes the snapshot and catches up on buffered diffs after
     * its last part. Snapshots arriving while the book is LIVE are counted and ignored.
     *
     * @param snapshot a decoder already wrapped on the event's body.
     */
    public void onSnapshot(final BookSnapshotDecoder snapshot)
    {
        final BatchFlagsDecoder flags = snapshot.flags();
        final long lastUpdateId = snapshot.lastUpdateId();
        if (flags.fIRST())
        {
            snapshotOpen = true;
            snapshotId = lastUpdateId;
            snapshotIgnored = state == BookState.LIVE;
            if (!snapshotIgnored)
            {
                book.clear();
            }
        }
        else if (!snapshotOpen || lastUpdateId != snapshotId)
        {
            snapshotOpen = false;
            if (!snapshotIgnored && state != BookState.LIVE)
            {
                snapshotRequested = false;
                requestSnapshot(BookHealthReason.BATCH_BROKEN);
            }
            return;
        }

        if (!snapshotIgnored)
        {
            final BookSnapshotDecoder.LevelsDecoder levels = snapshot.levels();
            while (levels.hasNext())
            {
                levels.next();
                book.set(levels.side(), levels.price(), levels.qty());
            }
        }

        if (flags.lAST())
        {
            snapshotOpen = false;
            if (snapshotIgnored)
            {
                stats.snapshotsIgnored++;
                return;
            }
            stats.snapshots++;
            snapshotRequested = false;
            updateId = lastUpdateId;
            awaitingFirstDiff = true;
            catchUp();
        }
    }

    /**
     * Cross-checks a book ticker against the book at the same update id.
     *
     * @param ticker a decoder already wrapped on the event's body.
     */
    public void onTicker(final BookTickerDecoder ticker)
    {
        stats.tickers++;
        if (state != BookState.LIVE)
        {
            return;
        }
        final long tickerId = ticker.updateId();
        if (tickerId == updateId)
        {
            checkTicker(tickerId, ticker.bidPrice(), ticker.bidQty(), ticker.askPrice(), ticker.askQty());
        }
        else if (tickerId > updateId)
        {
            queueTicker(tickerId, ticker.bidPrice(), ticker.bidQty(), ticker.askPrice(), ticker.askQty());
        }
    }

    /**
     * Counts a trade print.
     */
    public void onTrade()
    {
        stats.trades++;
    }

    /**
     * A frame for this instrument was rejected. A rejected diff means the book may have missed a change,
     * so a LIVE book resyncs; a rejected snapshot is asked for again.
     *
     * @param kind what the frame was.
     */
    public void onRejected(final InputKind kind)
    {
        stats.malformed++;
        if (kind == InputKind.DEPTH)
        {
            final int mode = batchMode;
            batchMode = NO_BATCH;
            if (mode == BUFFER)
            {
                pending.dropOpenMessage();
            }
            else if (mode == APPLY || state == BookState.LIVE)
            {
                // Part of the message may already be in the book, or a diff the chain needs is lost.
                invalidate(BookHealthReason.MALFORMED_INPUT, 0);
            }
        }
        else if (kind == InputKind.SNAPSHOT && state != BookState.LIVE)
        {
            snapshotOpen = false;
            snapshotRequested = false;
            requestSnapshot(BookHealthReason.MALFORMED_INPUT);
        }
    }

    /**
     * The venue's connection (re)opened: diffs start afresh, so the book syncs from a new snapshot once the
     * first diff is buffered.
     */
    public void onConnected()
    {
        resetSync();
        snapshotRequested = false;
        transition(BookState.SYNCING, BookHealthReason.CONNECTED, 0);
        syncReason = BookHealthReason.CONNECTED;
    }

    /**
     * The venue's connection dropped: diffs were missed, the book cannot be trusted.
     */
    public void onDisconnected()
    {
        if (state == BookState.LIVE)
        {
            stats.resyncs++;
        }
        resetSync();
        snapshotRequested = false;
        transition(BookState.INVALID, BookHealthReason.DISCONNECTED, 0);
        syncReason = BookHealthReason.DISCONNECTED;
    }

    /**
     * The gateway has sent the snapshot request.
     */
    public void onSnapshotRequested()
    {
        if (state == BookState.INVALID)
        {
            transition(BookState.SYNCING, BookHealthReason.SNAPSHOT_REQUESTED, 0);
        }
    }

    /**
     * The gateway could not get a snapshot; ask again (the gateway paces retries).
     */
    public void onSnapshotFailed()
    {
        if (state != BookState.LIVE && snapshotRequested)
        {
            snapshotRequested = false;
            requestSnapshot(BookHealthReason.SNAPSHOT_FAILED);
        }
    }

    /** @return the instrument this book is of. */
    public Instrument instrument()
    {
        return instrument;
    }

    public int instrumentId()
    {
        return instrumentId;
    }

    public Venue venue()
    {
        return instrument.venue();
    }

    public String symbol()
    {
        return instrument.symbol();
    }

    public int priceExponent()
    {
        return instrument.priceExponent();
    }

    public int qtyExponent()
    {
        return instrument.qtyExponent();
    }

    /** @return the book; only trustworthy when {@link #state()} is LIVE. */
    public OrderBook book()
    {
        return book;
    }

    public BookState state()
    {
        return state;
    }

    /**
     * A venue message may span several events, and the book is consistent only between messages: later
     * stages read the book only when this is true.
     *
     * @return true when no venue message is half applied.
     */
    public boolean atMessageBoundary()
    {
        return batchMode != APPLY && !snapshotOpen;
    }

    /** @return the last update id applied to the book. */
    public long updateId()
    {
        return updateId;
    }

    public BookStats stats()
    {
        return stats;
    }

    private boolean chains(final long firstId, final long prevLastId)
    {
        if (futures)
        {
            if (prevLastId == BookDeltaDecoder.prevLastUpdateIdNullValue())
            {
                return false;
            }
            return awaitingFirstDiff ? prevLastId <= updateId : prevLastId == updateId;
        }
        return firstId <= updateId + 1;
    }

    private void applyLevels(final BookDeltaDecoder delta)
    {
        final BookDeltaDecoder.LevelsDecoder levels = delta.levels();
        while (levels.hasNext())
        {
            levels.next();
            book.set(levels.side(), levels.price(), levels.qty());
        }
    }

    private void completeDiff(final long lastId)
    {
        updateId = lastId;
        awaitingFirstDiff = false;
        stats.applied++;
    }

    private void afterBookChange()
    {
        if (book.isCrossed())
        {
            stats.crossed++;
            invalidate(BookHealthReason.CROSSED, 0);
            return;
        }
        drainTickers();
    }

    /**
     * The book holds a snapshot at {@code updateId}; apply the buffered diffs that follow it.
     */
    private void catchUp()
    {
        final DirectBuffer buffer = pending.buffer();
        final int limit = pending.limit();
        int position = 0;
        int messageStart = 0;
        int mode = NO_BATCH;
        boolean appliedAny = false;
        while (position < limit)
        {
            final int eventOffset = SyncBuffer.eventOffset(position);
            bufferedHeader.wrap(buffer, eventOffset);
            bufferedDelta.wrap(buffer, eventOffset + MessageHeaderDecoder.ENCODED_LENGTH,
                bufferedHeader.blockLength(), bufferedHeader.version());
            final BatchFlagsDecoder flags = bufferedDelta.flags();
            if (flags.fIRST())
            {
                messageStart = position;
                final long lastId = bufferedDelta.lastUpdateId();
                if (lastId <= updateId)
                {
                    mode = SKIP;
                    stats.skipped++;
                }
                else if (chains(bufferedDelta.firstUpdateId(), bufferedDelta.prevLastUpdateId()))
                {
                    mode = APPLY;
                }
                else
                {
                    // The buffered diffs do not continue the snapshot: either the snapshot is older than
                    // the first diff we still hold, or a diff between held ones is missing.
                    pending.discardBefore(messageStart);
                    final BookHealthReason reason;
                    if (appliedAny)
                    {
                        stats.gaps++;
                        reason = BookHealthReason.GAP;
                    }
                    else
                    {
                        stats.staleSnapshots++;
                        reason = BookHealthReason.SNAPSHOT_STALE;
                    }
                    requestSnapshot(reason);
                    return;
                }
            }
            if (mode == APPLY)
            {
                applyLevels(bufferedDelta);
                if (flags.lAST())
                {
                    completeDiff(bufferedDelta.lastUpdateId());
                    appliedAny = true;
                }
            }
            position = pending.next(position);
        }

        pending.clear();
        if (batchMode == BUFFER)
        {
            // A venue message is still arriving: it continues in the mode just decided for it, and the
            // book goes LIVE only once it is whole, since a book is consistent only at a message's end.
            batchMode = mode == NO_BATCH ? SKIP : mode;
            if (batchMode == APPLY)
            {
                liveAfterBatch = true;
                return;
            }
        }
        finishCatchUp();
    }

    private void finishCatchUp()
    {
        if (book.isCrossed())
        {
            stats.crossed++;
            if (batchMode != NO_BATCH)
            {
                batchMode = SKIP;
            }
            requestSnapshot(BookHealthReason.CROSSED);
            return;
        }
        attempt = 0;
        tickerCount = 0;
        transition(BookState.LIVE, BookHealthReason.SNAPSHOT_APPLIED, 0);
    }

    private void invalidate(final BookHealthReason reason, final long eventUpdateId)
    {
        if (state == BookState.LIVE)
        {
            stats.resyncs++;
        }
        if (reason == BookHealthReason.TICKER_MISMATCH)
        {
            stats.tickerMismatches++;
        }
        resetSync();
        transition(BookState.INVALID, reason, eventUpdateId);
        syncReason = reason;
        snapshotRequested = false;
        requestSnapshot(reason);
    }

    private void abortBatch(final BookHealthReason reason, final long eventUpdateId)
    {
        final int mode = batchMode;
        batchMode = NO_BATCH;
        if (mode == BUFFER)
        {
            pending.dropOpenMessage();
        }
        else if (mode == APPLY || state == BookState.LIVE)
        {
            invalidate(reason, eventUpdateId);
        }
    }

    private void syncBufferOverflow()
    {
        resetSync();
        batchMode = SKIP;
        snapshotRequested = false;
        requestSnapshot(BookHealthReason.SYNC_BUFFER_OVERFLOW);
    }

    private void resetSync()
    {
        pending.clear();
        batchMode = NO_BATCH;
        liveAfterBatch = false;
        snapshotOpen = false;
        awaitingFirstDiff = false;
        tickerCount = 0;
    }

    private void requestSnapshot(final BookHealthReason reason)
    {
        if (snapshotRequested)
        {
            return;
        }
        snapshotRequested = true;
        attempt++;
        stats.snapshotRequests++;
        decisions.snapshotRequest(instrumentId, attempt, reason);
    }

    private void transition(final BookState next, final BookHealthReason reason, final long eventUpdateId)
    {
        if (next == state)
        {
            return;
        }
        final BookState previous = state;
        state = next;
        decisions.bookHealth(instrumentId, next, previous, reason, updateId, eventUpdateId,
            book.bestBidPrice(), book.bestAskPrice());
    }

    private void queueTicker(final long tickerId, final long bid, final long bidQty, final long ask, final long askQty)
    {
        if (tickerCount == TICKER_QUEUE)
        {
            tickerHead = (tickerHead + 1) % TICKER_QUEUE;
            tickerCount--;
        }
        final int slot = (tickerHead + tickerCount) % TICKER_QUEUE;
        tickerIds[slot] = tickerId;
        tickerValues[slot * 4] = bid;
        tickerValues[slot * 4 + 1] = bidQty;
        tickerValues[slot * 4 + 2] = ask;
        tickerValues[slot * 4 + 3] = askQty;
        tickerCount++;
    }

    private void drainTickers()
    {
        while (tickerCount > 0 && state == BookState.LIVE)
        {
            final int slot = tickerHead;
            final long tickerId = tickerIds[slot];
            if (tickerId > updateId)
            {
                return;
            }
            tickerHead = (tickerHead + 1) % TICKER_QUEUE;
            tickerCount--;
            if (tickerId == updateId)
            {
                checkTicker(tickerId, tickerValues[slot * 4], tickerValues[slot * 4 + 1],
                    tickerValues[slot * 4 + 2], tickerValues[slot * 4 + 3]);
            }
        }
    }

    private void checkTicker(final long tickerId, final long bid, final long bidQty, final long ask, final long askQty)
    {
        stats.tickerChecks++;
        if (book.bestBidPrice() != bid || book.bestBidQty() != bidQty ||
            book.bestAskPrice() != ask || book.bestAskQty() != askQty)
        {
            invalidate(BookHealthReason.TICKER_MISMATCH, tickerId);
        }
    }
}
