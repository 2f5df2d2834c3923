package io.ringwall.engine.portfolio;

import io.ringwall.codecs.sbe.Side;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills and marks allocate nothing once the portfolio is built, including trade recording and equity sampling
 * (with grid coarsening): a thread allocation count, not a timing.
 */
class PortfolioAllocationTest
{
    private static final long MS = 1_000_000L;

    @Test
    void shouldNotAllocateOnFillOrMarkAfterWarmUp()
    {
        final Portfolio portfolio = new Portfolio(100_000, 2, 3, 1_000, 100 * MS, 512);
        portfolio.defineInstrument(1, -2, -5);
        portfolio.defineInstrument(2, -1, -3);
        final long[] time = {0};
        run(portfolio, time, 50_000);

        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final long before = threads.getThreadAllocatedBytes(thread);
        run(portfolio, time, 50_000);
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(portfolio.trades().size() + portfolio.trades().dropped()).isGreaterThan(10_000);
        assertThat(portfolio.equityCurve().size()).isGreaterThan(100);
        // the counter read itself costs a few dozen bytes; anything per event would be megabytes
        assertThat(allocated).as("bytes allocated over 100k fills and marks").isLessThan(1_024);
    }

    private static void run(final Portfolio portfolio, final long[] time, final int steps)
    {
        long t = time[0];
        for (int i = 0; i < steps; i++)
        {
            t += 37 * MS;
            final int instrument = 1 + (i & 1);
            final int strategy = (i >> 1) & 1;
            final long mid = 10_000 + (i % 17) * 3;
            portfolio.onMark(instrument, mid, t);
            // buy, buy, sell 3 (flip), buy 1 (flat): opens, adds, flips and closes round trips
            final int phase = (i >> 2) % 4; // each (strategy, instrument) pair sees every phase in turn
            final Side side = phase == 2 ? Side.ASK : Side.BID;
            final long qty = phase == 2 ? 3 : 1;
            portfolio.onFill(strategy, instrument, side, mid + (phase == 2 ? -1 : 1), qty, 0.01 * qty, t);
        }
        portfolio.onTime(t + 1);
        time[0] = t;
    }
}
