package io.ringwall.codecs.test;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.Events;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A test sink that keeps a copy of every published event, in order, and stamps each with its index as
 * the input sequence, the way the journaller does.
 */
public final class CapturingEventSink implements EventSink
{
    private final int slotCapacity;
    private final UnsafeBuffer slot;
    private final List<byte[]> events = new ArrayList<>();
    private long nextSequence;
    private long claimed = -1;

    public CapturingEventSink()
    {
        this(4096);
    }

    public CapturingEventSink(final int slotCapacity)
    {
        this.slotCapacity = slotCapacity;
        this.slot = new UnsafeBuffer(ByteBuffer.allocateDirect(slotCapacity));
    }

    @Override
    public long claim()
    {
        if (claimed != -1)
        {
            throw new IllegalStateException("slot " + claimed + " claimed and not published");
        }
        claimed = nextSequence++;
        slot.setMemory(0, slotCapacity, (byte)0x5A); // stale bytes must never leak into an event
        return claimed;
    }

    @Override
    public MutableDirectBuffer buffer(final long sequence)
    {
        if (sequence != claimed)
        {
            throw new IllegalStateException("buffer(" + sequence + ") but claimed " + claimed);
        }
        return slot;
    }

    @Override
    public void publish(final long sequence, final int length)
    {
        if (sequence != claimed)
        {
            throw new IllegalStateException("publish(" + sequence + ") but claimed " + claimed);
        }
        if (length < Events.MIN_LENGTH || length > slotCapacity)
        {
            throw new IllegalStateException("bad event length " + length);
        }
        Events.causeSequence(slot, 0, sequence);
        final byte[] copy = new byte[length];
        slot.getBytes(0, copy);
        events.add(copy);
        claimed = -1;
    }

    @Override
    public int slotCapacity()
    {
        return slotCapacity;
    }

    public int size()
    {
        return events.size();
    }

    public List<byte[]> events()
    {
        return events;
    }

    public DirectBuffer event(final int index)
    {
        return new UnsafeBuffer(events.get(index));
    }

    public int templateId(final int index)
    {
        return Events.templateId(event(index), 0);
    }

    public void clear()
    {
        events.clear();
    }
}
