package io.ringwall.benchmarks;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.book.SnapshotRequester;
import io.ringwall.engine.feed.Importer;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.gateways.capture.CaptureFormat;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The business-logic step per book update on the real BTCUSDT session (1000-level REST snapshot, then
 * diff-depth, trades and book tickers), with the analytics stage on and off in the same run: one operation
 * is one depth message with the trades and tickers that arrived before it, so {@code on - off} is the
 * analytics cost per book update (liquidity, order-flow imbalance, walls, and the amortised samples,
 * snapshots, signals and bars that fall due).
 * <p>
 * Sample mode gives the distribution (p50 is the median the aim speaks of). When the recording runs out the
 * connection is dropped and restored (two gateway status inputs) and the session plays again with its event
 * times shifted past the previous pass, so the book resyncs from the recorded snapshot exactly as in a live
 * reconnect and event time never steps back; the book is checked LIVE at the end of the trial.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED", "-Xms2g", "-Xmx2g" })
@State(Scope.Thread)
public class AnalyticsStepBenchmark
{
    private static final String CAPTURE = "binance-spot/btcusdt_20240808.gz";

    /** The analytics stage: on (defaults) or off (books only). */
    @Param({ "on", "off" })
    public String analytics;

    private UnsafeBuffer[] events;
    private long[] receiveTimes;
    private UnsafeBuffer disconnected;
    private UnsafeBuffer connected;
    private BusinessLogic logic;
    private int next;
    private long timeShiftNs;
    private long sessionSpanNs;
    private long passes;

    /**
     * Imports the capture into input events and runs the logic to the first LIVE book.
     *
     * @throws IOException if the capture cannot be read.
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        // BTCUSDT as the demo config defines it: cents and a 0.01 tick (the import defaults would be 8 decimals)
        final InstrumentRegistry registry = new InstrumentRegistry();
        final Instrument btc = registry.register(Venue.BINANCE, "BTCUSDT", -2, -8, 1);
        final CapturingEventSink captured = new CapturingEventSink(4096);
        final InputWriter writer = new InputWriter(captured);
        writer.instrumentDefinition(btc, 0);
        new Importer(Venue.BINANCE, registry, captured).importFile(BenchmarkData.path(CAPTURE), CaptureFormat.HFTBACKTEST);
        writer.gatewayStatus(Venue.BINANCE, 0, GatewayStatusCode.DISCONNECTED, 0, "", 0);
        writer.gatewayStatus(Venue.BINANCE, 0, GatewayStatusCode.CONNECTED, 0, "", 0);
        final List<byte[]> all = captured.events();
        disconnected = direct(all.get(all.size() - 2));
        connected = direct(all.get(all.size() - 1));
        final List<byte[]> raw = all.subList(0, all.size() - 2);
        events = new UnsafeBuffer[raw.size()];
        receiveTimes = new long[raw.size()];
        for (int i = 0; i < events.length; i++)
        {
            events[i] = direct(raw.get(i));
            receiveTimes[i] = Events.receiveTimeNs(events[i], 0);
        }
        sessionSpanNs = receiveTimes[receiveTimes.length - 1] - receiveTimes[0] + 1_000_000_000L;

        final LogicSettings settings = "on".equals(analytics) ? LogicSettings.DEFAULTS :
            new LogicSettings(LogicSettings.DEFAULTS.initialBookLevels(), LogicSettings.DEFAULTS.syncBufferBytes(),
                AnalyticsSettings.DISABLED);
        logic = new BusinessLogic(settings, (buffer, offset, length) -> {}, SnapshotRequester.NONE);
        while (book() == null || book().state() != BookState.LIVE)
        {
            if (passes > 1)
            {
                throw new IllegalStateException("the recording never made the book LIVE");
            }
            step();
        }
    }

    /**
     * One book update: the inputs up to and including the next depth message.
     *
     * @return the book's last update id, so nothing is dead code.
     */
    @Benchmark
    public long bookUpdate()
    {
        while (step() != BookDeltaDecoder.TEMPLATE_ID)
        {
            // trades, tickers and timer ticks before the depth message belong to this step
        }
        return book().updateId();
    }

    /** Fails the trial if the replays stopped producing a live book. */
    @TearDown(Level.Trial)
    public void checkLive()
    {
        if (book().state() != BookState.LIVE || book().stats().applied() == 0)
        {
            throw new IllegalStateException("book not LIVE at the end: " + book().state() + " after " + passes + " passes");
        }
    }

    private int step()
    {
        if (next == events.length)
        {
            replayAgain();
        }
        final UnsafeBuffer event = events[next];
        Events.receiveTimeNs(event, 0, receiveTimes[next] + timeShiftNs);
        next++;
        logic.onEvent(event, 0, event.capacity());
        return Events.templateId(event, 0);
    }

    private void replayAgain()
    {
        passes++;
        timeShiftNs += sessionSpanNs;
        final long at = receiveTimes[0] + timeShiftNs;
        Events.receiveTimeNs(disconnected, 0, at - 2);
        logic.onEvent(disconnected, 0, disconnected.capacity());
        Events.receiveTimeNs(connected, 0, at - 1);
        logic.onEvent(connected, 0, connected.capacity());
        next = 1;   // the instrument definition stays
    }

    private InstrumentBook book()
    {
        return logic.books().get(1);
    }

    private static UnsafeBuffer direct(final byte[] bytes)
    {
        final ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length);
        direct.put(bytes);
        return new UnsafeBuffer(direct);
    }
}
