package io.ringwall.engine.feed;

import io.ringwall.engine.book.InstrumentBook;

/**
 * Shares the book formatting of {@link RecordedBooksTest} with other tests.
 */
public final class RecordedBooksTestSupport
{
    private RecordedBooksTestSupport()
    {
    }

    public static String top(final InstrumentBook book, final int levels)
    {
        return RecordedBooksTest.top(book, levels);
    }
}
