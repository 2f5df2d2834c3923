package io.ringwall.engine.ring;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * One preallocated slot of the inbound ring: a fixed window of off-heap memory holding one SBE event.
 */
public final class RingSlot
{
    final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    int length;

    /** @return the slot's memory; the event starts at offset 0. */
    public UnsafeBuffer buffer()
    {
        return buffer;
    }

    /** @return the event's length. */
    public int length()
    {
        return length;
    }
}
