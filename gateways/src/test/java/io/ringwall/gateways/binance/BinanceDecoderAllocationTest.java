package io.ringwall.gateways.binance;

import io.ringwall.codecs.test.SingleSlotSink;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.VenueInstruments;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decoding allocates nothing once warmed up. Measured with the JVM's per-thread allocation counter, which
 * counts every TLAB and outside-TLAB allocation of this thread, whether or not the JIT has compiled the code.
 */
class BinanceDecoderAllocationTest
{
    /**
     * Reading the counter twice can itself allocate a few bytes (its first call resolves the thread); anything
     * per frame would show as at least tens of thousands of bytes over the passes measured here.
     */
    private static final long MEASUREMENT_SLACK_BYTES = 1024;
    private static final int PASSES = 5;

    private final Instrument btcusdt = new Instrument(1, Venue.BINANCE, "BTCUSDT", -8, -8);
    private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    @Test
    void shouldAllocateNothingDecodingEveryBtcusdtDepthFrameAfterWarmUp()
    {
        final Frames frames = Frames.of(Recordings.hftbacktest(Recordings.BTCUSDT), true);
        assertThat(frames.count).isEqualTo(3_451);
        final SingleSlotSink sink = new SingleSlotSink(4096);
        final BinanceDecoder decoder = decoder(sink);

        frames.decodeAll(decoder, btcusdt, 20);
        final long allocated = allocatedWhile(() -> frames.decodeAll(decoder, btcusdt, PASSES));

        assertThat(decoder.counters().rejected()).isZero();
        assertThat(sink.published()).isGreaterThan(25L * frames.count);
        assertThat(allocated).as("bytes allocated decoding %d frames", PASSES * frames.count).isLessThan(MEASUREMENT_SLACK_BYTES);
    }

    @Test
    void shouldAllocateNothingDecodingTradesTickersAndSnapshotsAfterWarmUp()
    {
        final Frames frames = Frames.of(Recordings.hftbacktest(Recordings.BTCUSDT), false);
        final SingleSlotSink sink = new SingleSlotSink(4096);
        final BinanceDecoder decoder = decoder(sink);

        frames.decodeAll(decoder, btcusdt, 5);
        final long allocated = allocatedWhile(() -> frames.decodeAll(decoder, btcusdt, 2));

        assertThat(decoder.counters().rejected()).isZero();
        assertThat(decoder.counters().snapshots()).isPositive();
        assertThat(allocated).isLessThan(MEASUREMENT_SLACK_BYTES);
    }

    private BinanceDecoder decoder(final SingleSlotSink sink)
    {
        final VenueInstruments instruments = new VenueInstruments(Venue.BINANCE, new InstrumentRegistry(), null);
        instruments.add(btcusdt);
        return new BinanceDecoder(Venue.BINANCE, instruments, sink);
    }

    private long allocatedWhile(final Runnable work)
    {
        final long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread);
        final long before = threads.getThreadAllocatedBytes(thread);
        work.run();
        return threads.getThreadAllocatedBytes(thread) - before;
    }

    /**
     * Frames laid end to end in one off-heap buffer, as a network buffer holds them.
     */
    private static final class Frames
    {
        final UnsafeBuffer buffer;
        final int[] offsets;
        final int[] lengths;
        final long[] times;
        final boolean[] snapshots;
        final int count;

        private Frames(final List<Recordings.Line> lines)
        {
            int total = 0;
            for (final Recordings.Line line : lines)
            {
                total += line.bytes().length;
            }
            buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(total));
            count = lines.size();
            offsets = new int[count];
            lengths = new int[count];
            times = new long[count];
            snapshots = new boolean[count];
            int at = 0;
            for (int i = 0; i < count; i++)
            {
                final byte[] bytes = lines.get(i).bytes();
                buffer.putBytes(at, bytes);
                offsets[i] = at;
                lengths[i] = bytes.length;
                times[i] = lines.get(i).receiveTimeNs();
                snapshots[i] = lines.get(i).snapshot();
                at += bytes.length;
            }
        }

        static Frames of(final List<Recordings.Line> lines, final boolean depthOnly)
        {
            return new Frames(lines.stream().filter(line -> !depthOnly || (!line.snapshot() && line.text().contains("@depth"))).toList());
        }

        void decodeAll(final BinanceDecoder decoder, final Instrument instrument, final int passes)
        {
            for (int pass = 0; pass < passes; pass++)
            {
                for (int i = 0; i < count; i++)
                {
                    if (snapshots[i])
                    {
                        decoder.onSnapshot(instrument, buffer, offsets[i], lengths[i], times[i]);
                    }
                    else
                    {
                        decoder.onFrame(buffer, offsets[i], lengths[i], times[i]);
                    }
                }
            }
        }
    }
}
