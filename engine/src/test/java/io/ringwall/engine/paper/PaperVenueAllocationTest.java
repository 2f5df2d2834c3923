package io.ringwall.engine.paper;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.LadderOrderBook;
import io.ringwall.engine.venue.ExecutionListener;
import io.ringwall.engine.venue.ExecutionVenue;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paper venue allocates nothing per call once warmed up: measured with the thread allocation counter over
 * a steady mix of book moves, trades, passive and marketable orders and cancels (a count, not a timing).
 */
class PaperVenueAllocationTest
{
    private static final int BTC = 0;

    private final CountingListener listener = new CountingListener();
    private final LadderOrderBook book = new LadderOrderBook(64, 1024);
    private final PaperVenue venue = new PaperVenue(listener, 1, 64, 1_000, 2_000, -0.5, 4.0);
    private long nextId = 1;
    private long now;

    @Test
    void shouldNotAllocateAfterWarmUp()
    {
        venue.defineInstrument(BTC, book, -2, -3);
        for (int level = 0; level < 10; level++)
        {
            book.set(Side.BID, 10_000 - level, 50 + level);
            book.set(Side.ASK, 10_001 + level, 50 + level);
        }
        venue.onBook(BTC, now);
        run(20_000);

        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final long fillsBefore = listener.fills;
        final long before = threads.getThreadAllocatedBytes(thread);
        run(20_000);
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(listener.fills - fillsBefore).as("fills").isGreaterThan(1_000);
        assertThat(listener.cancels).as("cancels").isGreaterThan(1_000);
        // the counter read itself costs a few dozen bytes; anything per call would be megabytes
        assertThat(allocated).as("bytes allocated over 20000 rounds").isLessThan(1_024);
    }

    private void run(final int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            now += 500;
            final int k = i % 7;
            // the best levels breathe: sizes change, so queues move and impact memories expire
            book.set(Side.BID, 10_000, 40 + k * 3);
            book.set(Side.ASK, 10_001, 45 + k * 2);
            venue.onBook(BTC, now);
            if (venue.openOrders() < 40)
            {
                venue.submit(nextId++, BTC, Side.BID, 10_000 - k % 3, 5, ExecutionVenue.NONE, now);
                venue.submit(nextId++, BTC, Side.ASK, 10_001 + k % 2, 5, ExecutionVenue.POST_ONLY, now);
            }
            if (k == 3)
            {
                venue.submit(nextId++, BTC, Side.BID, 10_003, 70, ExecutionVenue.IOC, now);
            }
            venue.onTrade(BTC, 10_000, 20, AggressorSide.SELL, now);
            venue.onTrade(BTC, 10_001, 20, AggressorSide.BUY, now);
            if (k == 5)
            {
                venue.cancel(nextId - 4, now);
                venue.cancel(nextId - 3, now);
            }
            venue.onTime(now + 100);
        }
    }

    private static final class CountingListener implements ExecutionListener
    {
        long fills;
        long cancels;
        double fees;

        @Override
        public void onAccepted(final long clientOrderId, final long nowNs)
        {
        }

        @Override
        public void onRejected(final long clientOrderId, final int reason, final long nowNs)
        {
        }

        @Override
        public void onFill(
            final long clientOrderId, final long price, final long qty, final long leavesQty, final boolean maker, final double fee, final long nowNs)
        {
            fills++;
            fees += fee;
        }

        @Override
        public void onCancelled(final long clientOrderId, final long leavesQty, final long nowNs)
        {
            cancels++;
        }
    }
}
