package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * Depth events held while a book waits for its snapshot, stored as the raw SBE events in arrival order
 * (length-prefixed) in memory allocated once. When full it drops the oldest whole venue messages: a
 * snapshot needs the newest diffs, and if the dropped ones were needed the chain check notices.
 */
final class SyncBuffer
{
    private static final int LENGTH_PREFIX = 4;
    private static final int FLAGS_OFFSET = MessageHeaderDecoder.ENCODED_LENGTH + BookDeltaDecoder.flagsEncodingOffset();
    private static final int FIRST_BIT = 1;

    private final UnsafeBuffer buffer;
    private int limit;
    private int openMessageStart = -1;
    private long droppedEvents;

    SyncBuffer(final int capacity)
    {
        buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(capacity));
    }

    /**
     * Appends a BookDelta event, making room by dropping the oldest messages if it must.
     *
     * @return false if the event alone is larger than the buffer.
     */
    boolean append(final DirectBuffer src, final int offset, final int length, final boolean firstOfMessage)
    {
        final int needed = LENGTH_PREFIX + length;
        if (needed > buffer.capacity())
        {
            return false;
        }
        if (limit + needed > buffer.capacity())
        {
            makeRoom(needed);
        }
        if (firstOfMessage)
        {
            openMessageStart = limit;
        }
        buffer.putInt(limit, length);
        buffer.putBytes(limit + LENGTH_PREFIX, src, offset, length);
        limit += needed;
        return true;
    }

    /**
     * Forgets the parts of the message still being received (its frame turned out malformed).
     */
    void dropOpenMessage()
    {
        if (openMessageStart >= 0)
        {
            limit = openMessageStart;
            openMessageStart = -1;
        }
    }

    /**
     * Marks the message being received as complete.
     */
    void closeMessage()
    {
        openMessageStart = -1;
    }

    void clear()
    {
        limit = 0;
        openMessageStart = -1;
    }

    boolean isEmpty()
    {
        return limit == 0;
    }

    /**
     * @return the buffer holding the events; iterate from 0 with {@link #eventLength} and {@link #next}.
     */
    DirectBuffer buffer()
    {
        return buffer;
    }

    int limit()
    {
        return limit;
    }

    static int eventOffset(final int position)
    {
        return position + LENGTH_PREFIX;
    }

    int eventLength(final int position)
    {
        return buffer.getInt(position);
    }

    int next(final int position)
    {
        return position + LENGTH_PREFIX + buffer.getInt(position);
    }

    /**
     * Drops every event before {@code position}, which must be the start of an event.
     */
    void discardBefore(final int position)
    {
        if (position <= 0)
        {
            return;
        }
        final int remaining = limit - position;
        buffer.putBytes(0, buffer, position, remaining);
        limit = remaining;
        if (openMessageStart >= 0)
        {
            openMessageStart -= position;
        }
    }

    long droppedEvents()
    {
        return droppedEvents;
    }

    private void makeRoom(final int needed)
    {
        // Drop whole messages from the front: find the first message start past enough freed space.
        int position = 0;
        while (position < limit)
        {
            position = next(position);
            droppedEvents++;
            if (position >= limit)
            {
                break;
            }
            final boolean startsMessage = (buffer.getByte(eventOffset(position) + FLAGS_OFFSET) & FIRST_BIT) != 0;
            if (startsMessage && limit - position + needed <= buffer.capacity())
            {
                break;
            }
        }
        if (position >= limit)
        {
            clear();
            return;
        }
        discardBefore(position);
    }
}
