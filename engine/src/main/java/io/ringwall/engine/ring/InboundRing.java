package io.ringwall.engine.ring;

import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import io.ringwall.codecs.EventSink;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * The inbound Disruptor ring: preallocated slots over one block of off-heap memory, written by several
 * producers (gateways, importer, timer) that claim a slot, encode straight into it and publish.
 * A full ring makes a producer wait for the journaller and the logic to free a slot.
 */
public final class InboundRing implements EventSink
{
    private final RingBuffer<RingSlot> ring;
    private final int slotBytes;
    private final ByteBuffer memory;

    /**
     * @param size         slots, a power of two.
     * @param slotBytes    bytes per slot.
     * @param waitStrategy how the business-logic thread waits for events.
     */
    public InboundRing(final int size, final int slotBytes, final WaitStrategy waitStrategy)
    {
        this.slotBytes = slotBytes;
        this.memory = ByteBuffer.allocateDirect(size * slotBytes);
        final UnsafeBuffer all = new UnsafeBuffer(memory);
        final int[] next = { 0 };
        this.ring = RingBuffer.createMultiProducer(() ->
        {
            final RingSlot slot = new RingSlot();
            slot.buffer.wrap(all, next[0]++ * slotBytes, slotBytes);
            return slot;
        }, size, waitStrategy);
    }

    @Override
    public long claim()
    {
        return ring.next();
    }

    @Override
    public MutableDirectBuffer buffer(final long sequence)
    {
        return ring.get(sequence).buffer;
    }

    @Override
    public void publish(final long sequence, final int length)
    {
        ring.get(sequence).length = length;
        ring.publish(sequence);
    }

    @Override
    public int slotCapacity()
    {
        return slotBytes;
    }

    /**
     * @return the Disruptor ring, for wiring consumers.
     */
    public RingBuffer<RingSlot> ring()
    {
        return ring;
    }

    /**
     * @return events published so far (the cursor plus one).
     */
    public long published()
    {
        return ring.getCursor() + 1;
    }

    /**
     * @return the share of slots in use, 0 to 1.
     */
    public double fill()
    {
        return 1.0 - (double)ring.remainingCapacity() / ring.getBufferSize();
    }
}
