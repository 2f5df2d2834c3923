package io.ringwall.codecs.test;

import io.ringwall.codecs.EventSink;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * A sink that reuses one off-heap slot for every event, as a ring whose consumer always keeps up: decoding
 * (for benchmarks and allocation tests; one claim at a time, so not for imports that meet new symbols)
 * into it measures the decoder and the SBE encoding, nothing of a ring.
 */
public final class SingleSlotSink implements EventSink
{
    private final UnsafeBuffer slot;
    private long sequence;
    private long published;
    private long publishedBytes;

    /**
     * @param capacity slot size in bytes.
     */
    public SingleSlotSink(final int capacity)
    {
        slot = new UnsafeBuffer(ByteBuffer.allocateDirect(capacity));
    }

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

    /**
     * @return events published so far.
     */
    public long published()
    {
        return published;
    }

    /**
     * @return bytes published so far.
     */
    public long publishedBytes()
    {
        return publishedBytes;
    }
}
