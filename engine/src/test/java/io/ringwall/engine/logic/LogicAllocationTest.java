package io.ringwall.engine.logic;

import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.feed.Importer;
import io.ringwall.gateways.capture.CaptureFormat;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business logic allocates nothing per event once an instrument is defined and its book sized:
 * measured with the thread allocation counter over the real BTCUSDT session (not a timing, a count).
 */
class LogicAllocationTest
{
    @Test
    void shouldNotAllocateWhileProcessingARecordedSession() throws Exception
    {
        final CapturingEventSink captured = new CapturingEventSink(4096);
        new Importer(Venue.BINANCE, new InstrumentRegistry(), captured)
            .importFile(TestData.path("binance-spot/btcusdt_20240808.gz"), CaptureFormat.HFTBACKTEST);
        final List<byte[]> events = captured.events();
        final UnsafeBuffer[] buffers = new UnsafeBuffer[events.size()];
        for (int i = 0; i < buffers.length; i++)
        {
            final ByteBuffer direct = ByteBuffer.allocateDirect(events.get(i).length);
            direct.put(events.get(i));
            buffers[i] = new UnsafeBuffer(direct);
        }

        // Warm up the JIT on whole sessions, each through a fresh logic.
        for (int round = 0; round < 5; round++)
        {
            run(new BusinessLogic(LogicSettings.DEFAULTS, (b, o, l) -> {}, id -> {}), buffers, 0, buffers.length);
        }

        // Measure a fresh session after its set-up (definition, snapshot, first diffs): the steady state.
        final BusinessLogic logic = new BusinessLogic(LogicSettings.DEFAULTS, (b, o, l) -> {}, id -> {});
        final int setUp = 200;
        run(logic, buffers, 0, setUp);
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final long before = threads.getThreadAllocatedBytes(thread);
        run(logic, buffers, setUp, buffers.length);
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(logic.books().get(1).stats().applied()).isGreaterThan(3_400);
        // the counter read itself costs a few dozen bytes; anything per event would be megabytes
        assertThat(allocated).as("bytes allocated over %d events", buffers.length - setUp).isLessThan(1_024);
    }

    private static void run(final BusinessLogic logic, final UnsafeBuffer[] events, final int from, final int to)
    {
        for (int i = from; i < to; i++)
        {
            logic.onEvent(events[i], 0, events[i].capacity());
        }
    }
}
