package io.ringwall.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;

/**
 * Appends events to the journal, one Chronicle document per event, copying the bytes straight from the
 * caller's memory into the mapped queue file; allocation-free, for the engine's journal thread only.
 */
public final class JournalAppender implements AutoCloseable
{
    private final ExcerptAppender appender;

    JournalAppender(final ExcerptAppender appender)
    {
        this.appender = appender;
    }

    /**
     * Appends one event. When this returns, readers in any process can see it (the document's header is
     * published with an ordered write after the bytes); it reaches the disk when the OS writes the page back.
     *
     * @param buffer holding the event (a direct, mapped or heap buffer).
     * @param offset where the event starts.
     * @param length its length, message header included.
     * @return the Chronicle index of the written document.
     * @throws IndexOutOfBoundsException if the range lies outside the buffer, before anything is written.
     */
    public long append(final DirectBuffer buffer, final int offset, final int length)
    {
        buffer.boundsCheck(offset, length);
        final byte[] array = buffer.byteArray();
        final long sourceOffset = buffer.addressOffset() + offset;
        try (DocumentContext document = appender.writingDocument())
        {
            final Bytes<?> bytes = document.wire().bytes();
            // Both calls copy with one Unsafe.copyMemory into the document's mapped memory after
            // ensuring the room (writeSkip), so no wrapper or intermediate copy is made.
            if (array != null)
            {
                // A heap buffer's addressOffset is its array base plus array offset, far below 2^31.
                bytes.unsafeWriteObject(array, (int)sourceOffset, length);
            }
            else
            {
                bytes.unsafeWrite(sourceOffset, length);
            }
        }
        return appender.lastIndexAppended();
    }

    /**
     * @return the Chronicle index of the last document this appender wrote.
     * @throws IllegalStateException if it has written nothing yet.
     */
    public long lastIndex()
    {
        return appender.lastIndexAppended();
    }

    @Override
    public void close()
    {
        appender.close();
    }
}
