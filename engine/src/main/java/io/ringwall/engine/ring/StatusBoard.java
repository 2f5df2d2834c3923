package io.ringwall.engine.ring;

import io.ringwall.codecs.sbe.BookState;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.logic.BusinessLogic;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A read-only window on the logic's state for the status line and tools on other threads: the logic
 * thread writes a few numbers per instrument with ordered stores; readers see them a little late, never torn.
 */
public final class StatusBoard
{
    /** Instruments the board has room for. */
    public static final int MAX_INSTRUMENTS = 1024;

    private static final int STATE = 0;
    private static final int GAPS = 1;
    private static final int RESYNCS = 2;
    private static final int APPLIED = 3;
    private static final int TICKER_CHECKS = 4;
    private static final int TICKER_MISMATCHES = 5;
    private static final int MALFORMED = 6;
    private static final int BEST_BID = 7;
    private static final int BEST_ASK = 8;
    private static final int FIELDS = 9;

    private final AtomicLongArray values = new AtomicLongArray(MAX_INSTRUMENTS * FIELDS);
    private final AtomicLongArray engine = new AtomicLongArray(4);
    private volatile int maxId;
    private final java.util.function.Consumer<InstrumentBook> publishBook = this::publishBook;

    void publish(final BusinessLogic logic)
    {
        logic.books().forEach(publishBook);
        engine.lazySet(0, logic.counters().inputs());
        engine.lazySet(1, logic.counters().rejected());
        engine.lazySet(2, logic.input().nowNs());
    }

    private void publishBook(final InstrumentBook book)
    {
        final int id = book.instrumentId();
        if (id >= MAX_INSTRUMENTS)
        {
            return;
        }
        final int base = id * FIELDS;
        values.lazySet(base + STATE, book.state().value() + 1L);
        values.lazySet(base + GAPS, book.stats().gaps());
        values.lazySet(base + RESYNCS, book.stats().resyncs());
        values.lazySet(base + APPLIED, book.stats().applied());
        values.lazySet(base + TICKER_CHECKS, book.stats().tickerChecks());
        values.lazySet(base + TICKER_MISMATCHES, book.stats().tickerMismatches());
        values.lazySet(base + MALFORMED, book.stats().malformed());
        values.lazySet(base + BEST_BID, book.book().bestBidPrice());
        values.lazySet(base + BEST_ASK, book.book().bestAskPrice());
        if (id > maxId)
        {
            maxId = id;
        }
    }

    /** @return the highest instrument id published. */
    public int maxId()
    {
        return maxId;
    }

    /** @return the instrument's book state, or null if not published yet. */
    public BookState state(final int id)
    {
        final long v = values.get(id * FIELDS + STATE);
        return v == 0 ? null : BookState.get((short)(v - 1));
    }

    public long gaps(final int id)
    {
        return values.get(id * FIELDS + GAPS);
    }

    public long resyncs(final int id)
    {
        return values.get(id * FIELDS + RESYNCS);
    }

    public long applied(final int id)
    {
        return values.get(id * FIELDS + APPLIED);
    }

    public long tickerChecks(final int id)
    {
        return values.get(id * FIELDS + TICKER_CHECKS);
    }

    public long tickerMismatches(final int id)
    {
        return values.get(id * FIELDS + TICKER_MISMATCHES);
    }

    public long malformed(final int id)
    {
        return values.get(id * FIELDS + MALFORMED);
    }

    public long bestBid(final int id)
    {
        return values.get(id * FIELDS + BEST_BID);
    }

    public long bestAsk(final int id)
    {
        return values.get(id * FIELDS + BEST_ASK);
    }

    /** @return inputs the logic has processed. */
    public long inputsProcessed()
    {
        return engine.get(0);
    }

    /** @return rejected inputs the logic has seen. */
    public long rejected()
    {
        return engine.get(1);
    }

    /** @return the logic's event time. */
    public long logicTimeNs()
    {
        return engine.get(2);
    }
}
