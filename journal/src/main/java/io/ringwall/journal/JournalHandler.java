package io.ringwall.journal;

import org.agrona.DirectBuffer;

/**
 * Receives journal entries from a {@link JournalTailer}, in journal order.
 */
@FunctionalInterface
public interface JournalHandler
{
    /**
     * One journal entry: the event's bytes exactly as appended, message header included. The buffer
     * wraps the journal's mapped memory and is valid only during the call; copy what must outlive it.
     *
     * @param buffer holding the event.
     * @param offset where the event starts.
     * @param length its length.
     * @param index  the entry's Chronicle index.
     */
    void onEvent(DirectBuffer buffer, int offset, int length, long index);
}
