package io.ringwall.gateways.binance;

import io.ringwall.codecs.EventSink;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * A sink that reuses one off-heap slot for every event, like a ring whose consumer is always done: it keeps
 * only counts, so measuring the decoder measures nothing of the sink.
 */
final class SingleSlotSink implements EventSink
{
    private final UnsafeBuffer slot = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    private long sequence;
    long published;
    long publishedBytes;

    @Override
    public long claim()
    {
        return sequence++;
    }

    @Override
    public MutableDirectBuffer buffer(final long sequence)
    {
        return slot;
    }

    @Override
    public void publish(final long sequence, final int length)
    {
        published++;
        publishedBytes += length;
    }

    @Override
    public int slotCapacity()
    {
        return slot.capacity();
    }
}
