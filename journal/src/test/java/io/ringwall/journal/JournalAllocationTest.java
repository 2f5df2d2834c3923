package io.ringwall.journal;

import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.RollCycles;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Steady-state allocation of the journal's hot paths, measured with the JVM's per-thread allocation
 * counter. The warm-up lets C2 compile the paths: before that a few kilobytes are allocated (2-8 KB over
 * 20,000 calls after a 100-call warm-up), after it the measured figure is 0. The clock is fixed, so no roll
 * (and no new file mapping, which does allocate) happens while measuring. The slack is for the JIT or a
 * safepoint doing something on this thread's account mid-measurement; it is still far below one object
 * per call (16+ bytes x 20,000 calls), which is what the test must rule out.
 */
@ExtendWith(ChronicleLeakCheck.class)
class JournalAllocationTest
{
    private static final int WARM_UP = 60_000;
    private static final int MEASURED = 20_000;
    private static final long SLACK_BYTES = 1_024;
    private static final int STEADY_STATE_ROUNDS = 5;

    private static com.sun.management.ThreadMXBean threads;

    @TempDir
    Path dir;

    @BeforeAll
    static void allocationCounter()
    {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean, "HotSpot thread MXBean");
        threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    @Test
    void shouldAppendWithoutAllocatingInSteadyState()
    {
        final byte[] trade = new TestEvents().trade(0);
        final UnsafeBuffer direct = new UnsafeBuffer(ByteBuffer.allocateDirect(trade.length));
        direct.putBytes(0, trade);
        final UnsafeBuffer heap = new UnsafeBuffer(trade);
        try (Journal journal = Journal.open(dir, RollCycles.FAST_DAILY, new SetTimeProvider(TestEvents.T0)))
        {
            final JournalAppender appender = journal.appender();
            appendMany(appender, direct, heap, WARM_UP);
            // On a loaded machine C2 may not have compiled the path yet (interpreted code does not
            // scalar-replace): the steady state is the best of a few measured rounds.
            long allocated = Long.MAX_VALUE;
            for (int round = 0; round < STEADY_STATE_ROUNDS && allocated >= SLACK_BYTES; round++)
            {
                final long before = threads.getCurrentThreadAllocatedBytes();
                appendMany(appender, direct, heap, MEASURED);
                allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - before);
            }
            assertThat(allocated).as("bytes allocated by %d appends", MEASURED).isLessThan(SLACK_BYTES);
        }
    }

    @Test
    void shouldReadWithoutAllocatingInSteadyState()
    {
        final byte[] trade = new TestEvents().trade(0);
        final UnsafeBuffer source = new UnsafeBuffer(trade);
        final Summing handler = new Summing();
        try (Journal journal = Journal.open(dir, RollCycles.FAST_DAILY, new SetTimeProvider(TestEvents.T0));
            JournalTailer tailer = journal.tailer())
        {
            final JournalAppender appender = journal.appender();
            for (int i = 0; i < WARM_UP + MEASURED; i++)
            {
                appender.append(source, 0, trade.length);
            }
            for (int i = 0; i < WARM_UP; i++)
            {
                tailer.read(handler);
            }
            final long before = threads.getCurrentThreadAllocatedBytes();
            int read = 0;
            for (int i = 0; i < MEASURED; i++)
            {
                read += tailer.read(handler) ? 1 : 0;
            }
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(read).isEqualTo(MEASURED);
            assertThat(tailer.read(handler)).isFalse();
            assertThat(handler.bytes).isEqualTo((long)(WARM_UP + MEASURED) * trade.length);
            assertThat(allocated).as("bytes allocated by %d reads", MEASURED).isLessThan(SLACK_BYTES);
        }
    }

    private static void appendMany(final JournalAppender appender, final DirectBuffer direct, final DirectBuffer heap, final int count)
    {
        for (int i = 0; i < count; i++)
        {
            final DirectBuffer source = (i & 1) == 0 ? direct : heap;
            appender.append(source, 0, source.capacity());
        }
    }

    private static final class Summing implements JournalHandler
    {
        long bytes;

        @Override
        public void onEvent(final DirectBuffer buffer, final int offset, final int length, final long index)
        {
            bytes += length;
        }
    }
}
