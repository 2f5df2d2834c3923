package io.ringwall.engine.test;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Counts what the current thread allocates (HotSpot's thread allocation counter), for the zero-allocation
 * tests. A count, not a timing; but it depends on the JIT: code the JIT has not compiled yet does not
 * scalar-replace, so on a loaded machine one round may allocate where the compiled code would not. The
 * steady state is therefore the least of a few rounds.
 */
public final class Allocations
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private Allocations()
    {
    }

    /**
     * @param work what to measure.
     * @return the bytes the current thread allocated running it.
     */
    public static long bytes(final Runnable work)
    {
        final long thread = Thread.currentThread().getId();
        final long before = THREADS.getThreadAllocatedBytes(thread);
        work.run();
        return THREADS.getThreadAllocatedBytes(thread) - before;
    }

    /**
     * Measures up to {@code rounds} times, each on freshly prepared work (the preparation is not counted),
     * and stops as soon as a round stays under {@code limit}.
     *
     * @param rounds  the most rounds.
     * @param limit   the bytes a steady state stays under.
     * @param prepare sets up a round and returns the work to measure.
     * @return the least a round allocated.
     */
    public static long steadyState(final int rounds, final long limit, final Supplier<Runnable> prepare)
    {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < rounds && least >= limit; round++)
        {
            least = Math.min(least, bytes(prepare.get()));
        }
        return least;
    }
}
