package io.ringwall.engine.ring;

import com.lmax.disruptor.EventHandler;
import io.ringwall.engine.logic.BusinessLogic;

/**
 * Runs the business logic on the ring's second consumer thread, behind the journaller, and refreshes the
 * status board now and then (event time, not wall time, so it adds no clock read).
 */
final class LogicHandler implements EventHandler<RingSlot>
{
    private static final long STATUS_EVERY_NS = 200_000_000L;

    private final BusinessLogic logic;
    private final StatusBoard board;
    private long lastStatusNs;

    LogicHandler(final BusinessLogic logic, final StatusBoard board)
    {
        this.logic = logic;
        this.board = board;
    }

    @Override
    public void onEvent(final RingSlot slot, final long sequence, final boolean endOfBatch)
    {
        logic.onEvent(slot.buffer, 0, slot.length);
        if (endOfBatch)
        {
            final long now = logic.input().nowNs();
            if (now - lastStatusNs >= STATUS_EVERY_NS || now < lastStatusNs)
            {
                lastStatusNs = now;
                board.publish(logic);
            }
        }
    }

    @Override
    public void onShutdown()
    {
        board.publish(logic);
    }
}
