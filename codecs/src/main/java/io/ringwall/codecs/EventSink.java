package io.ringwall.codecs;

import org.agrona.MutableDirectBuffer;

/**
 * Where a producer (a gateway, the importer, the timer) writes events: it claims a preallocated slot,
 * encodes the SBE message straight into the slot's buffer at offset 0, and publishes it. Every claimed
 * slot must be published, even if only to carry a RejectedInput, because a ring cannot skip a claimed slot.
 * Implementations may be shared by several producer threads.
 */
public interface EventSink
{
    /** Returned by {@link #claim()} when the sink's overload policy dropped the event. */
    long NO_SLOT = -1;

    /**
     * Claims the next slot.
     *
     * @return the slot's sequence, or {@link #NO_SLOT} if the event had to be dropped.
     */
    long claim();

    /**
     * The buffer of a claimed slot; write the message at offset 0.
     *
     * @param sequence a sequence returned by {@link #claim()}.
     * @return the slot's buffer, of {@link #slotCapacity()} bytes.
     */
    MutableDirectBuffer buffer(long sequence);

    /**
     * Publishes a claimed slot.
     *
     * @param sequence the claimed sequence.
     * @param length   the message's length in bytes, header included.
     */
    void publish(long sequence, int length);

    /**
     * @return the bytes every slot can hold.
     */
    int slotCapacity();
}
