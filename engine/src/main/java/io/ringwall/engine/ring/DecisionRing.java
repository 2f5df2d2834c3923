package io.ringwall.engine.ring;

import io.ringwall.engine.decision.DecisionSink;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

import java.nio.ByteBuffer;

/**
 * Carries decisions from the business-logic thread to the journaller without locks or allocation
 * (Agrona's one-to-one ring buffer). The logic never drops a decision: if the ring is full it spins until
 * the journaller, which never waits on the logic, has made room.
 */
public final class DecisionRing implements DecisionSink
{
    private static final int MSG_TYPE = 1;

    private final OneToOneRingBuffer ring;
    private long fullSpins;

    /**
     * @param capacity bytes, a power of two.
     */
    public DecisionRing(final int capacity)
    {
        ring = new OneToOneRingBuffer(new UnsafeBuffer(
            ByteBuffer.allocateDirect(capacity + RingBufferDescriptor.TRAILER_LENGTH)));
    }

    @Override
    public void onDecision(final DirectBuffer buffer, final int offset, final int length)
    {
        while (!ring.write(MSG_TYPE, buffer, offset, length))
        {
            fullSpins++;
            Thread.onSpinWait();
        }
    }

    /**
     * Drains decisions to a handler (the journaller's thread).
     *
     * @param handler gets (msgType, buffer, index, length).
     * @param limit   most to drain.
     * @return how many were drained.
     */
    public int drain(final MessageHandler handler, final int limit)
    {
        return ring.read(handler, limit);
    }

    /**
     * @return bytes waiting to be journaled.
     */
    public int pendingBytes()
    {
        return ring.size();
    }

    /**
     * @return times the logic found the ring full (read only from the logic thread, or after it stops).
     */
    public long fullSpins()
    {
        return fullSpins;
    }
}
