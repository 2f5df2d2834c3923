package io.ringwall.engine.book;

import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.Venue;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Every instrument's book, indexed by instrument id (an array, so iteration order is id order and never
 * depends on hashing).
 */
public final class MarketBooks
{
    private final BookDecisions decisions;
    private final int initialLevels;
    private final int syncBufferBytes;
    private final IntFunction<OrderBook> bookFactory;
    private InstrumentBook[] books = new InstrumentBook[16];
    private int maxId;

    /**
     * Books of the production kind, {@link LadderOrderBook}.
     *
     * @param decisions       where book decisions go.
     * @param initialLevels   levels each book side is sized for at start.
     * @param syncBufferBytes memory per instrument for diffs buffered while syncing.
     */
    public MarketBooks(final BookDecisions decisions, final int initialLevels, final int syncBufferBytes)
    {
        this(decisions, initialLevels, syncBufferBytes, LadderOrderBook::new);
    }

    /**
     * @param decisions       where book decisions go.
     * @param initialLevels   levels each book side is sized for at start.
     * @param syncBufferBytes memory per instrument for diffs buffered while syncing.
     * @param bookFactory     makes a book sized for the given levels (tests run the array and reference books too).
     */
    public MarketBooks(
        final BookDecisions decisions, final int initialLevels, final int syncBufferBytes, final IntFunction<OrderBook> bookFactory)
    {
        this.decisions = decisions;
        this.initialLevels = initialLevels;
        this.syncBufferBytes = syncBufferBytes;
        this.bookFactory = bookFactory;
    }

    /**
     * Defines an instrument (from its InstrumentDefinition input). Allocates: definitions come before data.
     *
     * @return the instrument's book.
     */
    public InstrumentBook define(final Instrument instrument)
    {
        final int instrumentId = instrument.id();
        if (instrumentId >= books.length)
        {
            books = Arrays.copyOf(books, Math.max(books.length * 2, instrumentId + 1));
        }
        final InstrumentBook existing = books[instrumentId];
        if (existing != null && existing.venue() == instrument.venue() && existing.symbol().equals(instrument.symbol()) &&
            existing.priceExponent() == instrument.priceExponent() && existing.qtyExponent() == instrument.qtyExponent())
        {
            return existing;
        }
        final InstrumentBook book = new InstrumentBook(instrument, bookFactory.apply(initialLevels), syncBufferBytes, decisions);
        books[instrumentId] = book;
        maxId = Math.max(maxId, instrumentId);
        return book;
    }

    /**
     * @param instrumentId an instrument id.
     * @return its book, or null if the instrument was never defined.
     */
    public InstrumentBook get(final int instrumentId)
    {
        return instrumentId > 0 && instrumentId < books.length ? books[instrumentId] : null;
    }

    /**
     * @return the highest instrument id defined.
     */
    public int maxId()
    {
        return maxId;
    }

    /**
     * Applies a connection-level gateway status to every book of the venue.
     */
    public void onVenueStatus(final Venue venue, final GatewayStatusCode status)
    {
        for (int id = 1; id <= maxId; id++)
        {
            final InstrumentBook book = books[id];
            if (book == null || book.venue() != venue)
            {
                continue;
            }
            if (status == GatewayStatusCode.CONNECTED)
            {
                book.onConnected();
            }
            else if (status == GatewayStatusCode.DISCONNECTED)
            {
                book.onDisconnected();
            }
        }
    }

    /**
     * Applies an instrument-level gateway status.
     */
    public void onInstrumentStatus(final int instrumentId, final GatewayStatusCode status)
    {
        final InstrumentBook book = get(instrumentId);
        if (book == null)
        {
            return;
        }
        if (status == GatewayStatusCode.SNAPSHOT_REQUESTED)
        {
            book.onSnapshotRequested();
        }
        else if (status == GatewayStatusCode.SNAPSHOT_FAILED)
        {
            book.onSnapshotFailed();
        }
    }

    /**
     * Routes a rejected input to its instrument, if it has one.
     *
     * @return true if an instrument took it.
     */
    public boolean onRejected(final int instrumentId, final InputKind kind)
    {
        final InstrumentBook book = get(instrumentId);
        if (book == null)
        {
            return false;
        }
        book.onRejected(kind);
        return true;
    }

    /**
     * Visits every book in id order (for tools; allocates nothing itself).
     */
    public void forEach(final Consumer<InstrumentBook> visitor)
    {
        for (int id = 1; id <= maxId; id++)
        {
            if (books[id] != null)
            {
                visitor.accept(books[id]);
            }
        }
    }
}
