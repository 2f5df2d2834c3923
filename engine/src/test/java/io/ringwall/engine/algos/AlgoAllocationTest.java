package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.orders.ClientOrderIds;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.venue.ExecutionVenue;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class AlgoAllocationTest
{
    /** Answers at once: accepts, fills IOC orders half and expires the rest, leaves others resting. */
    private static final class InstantVenue implements ExecutionVenue
    {
        OrderBlotter orders;

        @Override
        public void submit(final long id, final int instrumentId, final Side side, final long price, final long qty, final int flags, final long nowNs)
        {
            orders.onAccepted(id, nowNs);
            if ((flags & IOC) != 0)
            {
                final long half = Math.max(1, qty / 2);
                orders.onFill(id, price, half, qty - half, false, 0.1, nowNs);
                if (qty > half)
                {
                    orders.onCancelled(id, qty - half, nowNs);
                }
            }
        }

        @Override
        public void cancel(final long id, final long nowNs)
        {
            orders.onCancelled(id, orders.leavesQty(id), nowNs);
        }

        @Override
        public void onTime(final long nowNs)
        {
        }
    }

    private long finished;

    @Test
    void shouldNotAllocatePerEventAfterWarmUp()
    {
        final InstantVenue venue = new InstantVenue();
        final OrderBlotter orders = new OrderBlotter(256, new ClientOrderIds(3), null);
        venue.orders = orders;
        orders.connect(venue);
        final AlgoListener listener = (parentId, state, outcome, filledQty, avgPrice, nowNs) -> finished++;
        final SlippageProtectedMarket market = new SlippageProtectedMarket(orders, 1, listener);
        final SmartLimit limit = new SmartLimit(orders, 1, listener);
        final Iceberg iceberg = new Iceberg(orders, 1, listener, 11);
        final Twap twap = new Twap(orders, 1, listener);

        long now = run(market, limit, iceberg, twap, 0, 20_000);
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread); // the first call allocates its own bookkeeping
        final long before = threads.getThreadAllocatedBytes(thread);
        now = run(market, limit, iceberg, twap, now, 20_000);
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        // a few hundred bytes of one-off JIT bookkeeping show up whatever the loop length (measured: 152 B for
        // 20k parents, 104 B for 60k); one allocation per parent would be over 300 KB here
        assertThat(allocated).as("bytes over 80k parents").isLessThan(1_024);
        assertThat(finished).isEqualTo(4 * 40_000);
        assertThat(orders.illegalTransitions()).isZero();
        assertThat(now).isPositive();
    }

    private static long run(
        final SlippageProtectedMarket market, final SmartLimit limit, final Iceberg iceberg, final Twap twap, final long from, final int parents)
    {
        long now = from;
        for (int i = 0; i < parents; i++)
        {
            now += 1_000;
            market.onBook(999, 1_000, now);
            market.start(i, 1, Side.BID, 8, 10, 2, now);
            market.onBook(999, 1_000, now + 1);

            limit.onBook(999, 1_001, now);
            limit.start(i, 1, Side.ASK, 5, 1, 1, 2, 500, now);
            limit.onBook(1_000, 1_002, now + 2);
            limit.onBook(1_003, 1_006, now + 3); // away: replace
            limit.onTime(now + 600); // give up

            iceberg.start(i, 1, Side.BID, 50, 1_000, 5, 9, now);
            iceberg.cancel(now + 1);

            twap.start(i, 1, Side.ASK, 10, 1_000, 100, 2, 0.5, now);
            twap.onTrade(1_000, 20, now + 10);
            twap.onTime(now + 50);
            twap.onTrade(1_000, 20, now + 60);
            twap.onTime(now + 100);
        }
        return now;
    }
}
