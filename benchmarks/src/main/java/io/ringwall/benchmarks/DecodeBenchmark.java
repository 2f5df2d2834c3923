package io.ringwall.benchmarks;

import io.ringwall.codecs.test.SingleSlotSink;
import com.fasterxml.jackson.core.JsonFactory;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.VenueInstruments;
import io.ringwall.gateways.binance.BinanceDecoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Binance diff-depth decoding, JSON text to published SBE BookDelta parts, on the 3,451 real BTCUSDT
 * depth@100ms frames of data/binance-spot/btcusdt_20240808.gz (about 1.3 KB and 36 levels each on average,
 * up to 34 KB and 1,076 levels). One operation is one frame; successive operations cycle through all the
 * frames in recorded order, so the average is over the real mix of sizes.
 * <ul>
 *   <li>{@code ours}: {@link BinanceDecoder} reading the frames from off-heap memory, as from a Netty direct buffer;</li>
 *   <li>{@code oursHeap}: the same, reading a byte[];</li>
 *   <li>{@code jackson}: {@link JacksonBinanceDepthDecoder}, Jackson's streaming parser over a byte[] (its fastest input).</li>
 * </ul>
 * All three publish byte-identical events (checked by a test) into a sink that reuses one slot.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DecodeBenchmark
{
    static final String CAPTURE = "binance-spot/btcusdt_20240808.gz";
    static final String STREAM = "btcusdt@depth@100ms";

    private UnsafeBuffer direct;
    private UnsafeBuffer heap;
    private byte[] heapBytes;
    private int[] offsets;
    private int[] lengths;
    private long[] times;
    private int count;
    private int next;

    private SingleSlotSink oursSink;
    private SingleSlotSink jacksonSink;
    private BinanceDecoder ours;
    private JacksonBinanceDepthDecoder jackson;

    /**
     * Loads the frames end to end into one byte[] and one off-heap copy, and builds both decoders.
     *
     * @throws IOException if the recording cannot be read.
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        final List<BenchmarkData.Frame> frames = BenchmarkData.hftbacktestStream(CAPTURE, STREAM);
        count = frames.size();
        offsets = new int[count];
        lengths = new int[count];
        times = new long[count];
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            offsets[i] = total;
            lengths[i] = frames.get(i).bytes().length;
            times[i] = frames.get(i).receiveTimeNs();
            total += lengths[i];
        }
        heapBytes = new byte[total];
        for (int i = 0; i < count; i++)
        {
            System.arraycopy(frames.get(i).bytes(), 0, heapBytes, offsets[i], lengths[i]);
        }
        heap = new UnsafeBuffer(heapBytes);
        direct = new UnsafeBuffer(ByteBuffer.allocateDirect(total));
        direct.putBytes(0, heapBytes);

        oursSink = new SingleSlotSink(4096);
        jacksonSink = new SingleSlotSink(4096);
        ours = new BinanceDecoder(Venue.BINANCE, btcusdt(), oursSink);
        jackson = new JacksonBinanceDepthDecoder(new JsonFactory(), btcusdt(), jacksonSink);
    }

    static VenueInstruments btcusdt()
    {
        final InstrumentRegistry registry = new InstrumentRegistry();
        final VenueInstruments instruments = new VenueInstruments(Venue.BINANCE, registry, null);
        instruments.add(registry.register(Venue.BINANCE, "BTCUSDT", -8, -8));
        return instruments;
    }

    private int nextFrame()
    {
        final int i = next;
        next = i + 1 == count ? 0 : i + 1;
        return i;
    }

    /**
     * @return events published so far, so that nothing can be optimised away.
     */
    @Benchmark
    public long ours()
    {
        final int i = nextFrame();
        ours.onFrame(direct, offsets[i], lengths[i], times[i]);
        return oursSink.published();
    }

    /**
     * @return events published so far.
     */
    @Benchmark
    public long oursHeap()
    {
        final int i = nextFrame();
        ours.onFrame(heap, offsets[i], lengths[i], times[i]);
        return oursSink.published();
    }

    /**
     * @return events published so far.
     */
    @Benchmark
    public long jackson()
    {
        final int i = nextFrame();
        jackson.onFrame(heapBytes, offsets[i], lengths[i], times[i]);
        return jacksonSink.published();
    }
}
