package io.ringwall.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads journal entries in order, handing each to a {@link JournalHandler} as a view of the mapped queue
 * file (no copy). Following the journal like {@code tail -f} is calling {@link #read} in a loop with an
 * idle strategy; a tailer is used by one thread and allocates nothing per entry.
 */
public final class JournalTailer implements AutoCloseable
{
    private final ExcerptTailer tailer;
    private final UnsafeBuffer view = new UnsafeBuffer(0, 0);

    JournalTailer(final ExcerptTailer tailer)
    {
        this.tailer = tailer;
    }

    /**
     * Reads the next complete entry, if one is there now. An entry still being written (or left half
     * written by a writer that died) is not complete, so it is not read.
     *
     * @param handler receives the entry; if it throws, the entry counts as read.
     * @return true if an entry was read, false if there is none yet.
     */
    public boolean read(final JournalHandler handler)
    {
        try (DocumentContext document = tailer.readingDocument())
        {
            if (!document.isPresent())
            {
                return false;
            }
            final Bytes<?> bytes = document.wire().bytes();
            final long position = bytes.readPosition();
            final int length = (int)bytes.readRemaining();
            // The two-argument form guarantees the whole entry is contiguous at the address, even where it
            // crosses from one mapped chunk of the file into the next.
            view.wrap(bytes.addressForRead(position, length), length);
            handler.onEvent(view, 0, length, document.index());
            return true;
        }
    }

    /**
     * Reads up to {@code limit} entries that are there now.
     *
     * @param handler receives the entries.
     * @param limit   the most to read.
     * @return how many were read.
     */
    public int readBatch(final JournalHandler handler, final int limit)
    {
        int count = 0;
        while (count < limit && read(handler))
        {
            count++;
        }
        return count;
    }

    /**
     * Positions the tailer before the first entry.
     *
     * @return this tailer.
     */
    public JournalTailer toStart()
    {
        tailer.toStart();
        return this;
    }

    /**
     * Positions the tailer after the last entry, so that only entries appended from now on are read.
     *
     * @return this tailer.
     */
    public JournalTailer toEnd()
    {
        tailer.toEnd();
        return this;
    }

    /**
     * Positions the tailer so that the entry with the given index is read next.
     *
     * @param index a Chronicle index, as given to a handler or returned by an append.
     * @return false if there is no such entry; Chronicle has then moved the tailer somewhere unspecified,
     *         so position it again ({@link #toStart()}, {@link #toEnd()} or another index) before reading.
     */
    public boolean moveToIndex(final long index)
    {
        return tailer.moveToIndex(index);
    }

    /**
     * Turns the tailer round and puts it on the last entry, so that reads go from the newest entry toward
     * the oldest: for finding the latest of something without reading a whole journal.
     *
     * @return this tailer.
     */
    JournalTailer backwardFromEnd()
    {
        tailer.direction(TailerDirection.BACKWARD).toEnd();
        return this;
    }

    /**
     * @return the index of the entry the next read will look at.
     */
    public long index()
    {
        return tailer.index();
    }

    @Override
    public void close()
    {
        tailer.close();
    }
}
