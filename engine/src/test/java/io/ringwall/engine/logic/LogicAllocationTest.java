package io.ringwall.engine.logic;

import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.cli.TradingEndToEndTest;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.feed.Importer;
import io.ringwall.engine.test.Allocations;
import io.ringwall.gateways.capture.CaptureFormat;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.file.Files;
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
        final BusinessLogic measured = measure(LogicSettings.DEFAULTS);
        assertThat(measured.analytics().get(1).snapshots()).as("analytics on").isGreaterThan(300);
    }

    @Test
    void shouldNotAllocateWhileTradingARecordedSession() throws Exception
    {
        final String research = Files.readString(TestData.path("binance-spot").getParent().getParent().resolve("config/research.yaml"));
        final LogicSettings settings = RingwallConfig.parse("t.yaml", research + TradingEndToEndTest.TRADING, null).logic();
        final BusinessLogic measured = measure(settings);
        assertThat(measured.trading().portfolio().trades().size()).as("round trips").isPositive();
    }

    private static BusinessLogic measure(final LogicSettings settings) throws Exception
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
            run(new BusinessLogic(settings, (b, o, l) -> {}, id -> {}), buffers, 0, buffers.length);
        }

        // Measure a fresh session after its set-up (definition, snapshot, first diffs): the steady state.
        final int setUp = 200;
        final BusinessLogic[] logic = new BusinessLogic[1];
        final long allocated = Allocations.steadyState(3, 1_024, () ->
        {
            logic[0] = new BusinessLogic(settings, (b, o, l) -> {}, id -> {});
            run(logic[0], buffers, 0, setUp);
            return () -> run(logic[0], buffers, setUp, buffers.length);
        });

        assertThat(logic[0].books().get(1).stats().applied()).isGreaterThan(3_400);
        // the counter read itself costs a few dozen bytes; anything per event would be megabytes
        assertThat(allocated).as("bytes allocated over %d events", buffers.length - setUp).isLessThan(1_024);
        return logic[0];
    }

    private static void run(final BusinessLogic logic, final UnsafeBuffer[] events, final int from, final int to)
    {
        for (int i = from; i < to; i++)
        {
            logic.onEvent(events[i], 0, events[i].capacity());
        }
    }
}
