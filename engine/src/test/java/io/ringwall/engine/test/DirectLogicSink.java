package io.ringwall.engine.test;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.Events;
import io.ringwall.engine.logic.BusinessLogic;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.util.function.IntConsumer;

/**
 * A synchronous stand-in for the ring in logic tests: each published event is stamped with its input
 * sequence, as the journaller does, and handed straight to the business logic; an optional observer
 * runs after each event (with the event's template id) to check invariants at every step. Several
 * claims may be open at once, as on the real multi-producer ring (a decoder may publish an instrument
 * definition while holding a slot).
 */
public final class DirectLogicSink implements EventSink
{
    private static final int SLOTS = 8;

    private final BusinessLogic[] logics;
    private final int slotCapacity;
    private final UnsafeBuffer[] slots = new UnsafeBuffer[SLOTS];
    private final boolean[] published = new boolean[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private long claimed;
    private long next;
    private IntConsumer observer = templateId -> {};

    public DirectLogicSink(final BusinessLogic logic, final int slotCapacity)
    {
        this(slotCapacity, logic);
    }

    /**
     * Feeds every event to several logics in turn (to compare them event by event).
     */
    public DirectLogicSink(final int slotCapacity, final BusinessLogic... logics)
    {
        this.logics = logics;
        this.slotCapacity = slotCapacity;
        for (int i = 0; i < SLOTS; i++)
        {
            slots[i] = new UnsafeBuffer(ByteBuffer.allocateDirect(slotCapacity));
        }
    }

    public DirectLogicSink observer(final IntConsumer observer)
    {
        this.observer = observer;
        return this;
    }

    @Override
    public long claim()
    {
        if (claimed - next >= SLOTS)
        {
            throw new IllegalStateException("more than " + SLOTS + " slots claimed and unpublished");
        }
        return claimed++;
    }

    @Override
    public MutableDirectBuffer buffer(final long sequence)
    {
        return slots[(int)(sequence % SLOTS)];
    }

    @Override
    public void publish(final long sequence, final int length)
    {
        final int slot = (int)(sequence % SLOTS);
        published[slot] = true;
        lengths[slot] = length;
        // deliver in sequence order, as the ring does
        while (next < claimed && published[(int)(next % SLOTS)])
        {
            final int s = (int)(next % SLOTS);
            published[s] = false;
            Events.causeSequence(slots[s], 0, next);
            for (final BusinessLogic logic : logics)
            {
                logic.onEvent(slots[s], 0, lengths[s]);
            }
            observer.accept(Events.templateId(slots[s], 0));
            next++;
        }
    }

    @Override
    public int slotCapacity()
    {
        return slotCapacity;
    }

    /** @return events delivered. */
    public long delivered()
    {
        return next;
    }
}
