package io.ringwall.gateways.binance;

import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.binance.Decoded.Delta;
import io.ringwall.gateways.binance.Decoded.Event;
import io.ringwall.gateways.binance.Decoded.Level;
import io.ringwall.gateways.binance.Decoded.Rejected;
import io.ringwall.gateways.binance.Decoded.Snapshot;
import io.ringwall.gateways.binance.Decoded.Ticker;
import io.ringwall.gateways.binance.Decoded.Trade;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real frames with random damage (byte flips, truncations, insertions, deletions, spliced copies) never make
 * the decoder throw or leave a claimed slot unpublished, and each yields either well-formed events or a
 * RejectedInput (nothing at all only for ignored and control frames).
 */
class BinanceDecoderFuzzTest
{
    private static final byte[] INTERESTING = "\"\\{}[],:-.0123456789eE+ tfnul\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void shouldNeverThrowAndAlwaysPublishEventsOrARejectionForDamagedSpotFrames()
    {
        final List<Recordings.Line> lines = new ArrayList<>(sample(Recordings.hftbacktest(Recordings.BTCUSDT), 400));
        lines.addAll(Recordings.cryptofeedWs(Recordings.SPOT_WS));
        lines.addAll(Recordings.cryptofeedHttp(Recordings.SPOT_HTTP));
        fuzz(new DecoderFixture(Venue.BINANCE, 4096, false, "BTCUSDT", "NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR"), lines, 4_000, 20240808L);
        fuzz(new DecoderFixture(Venue.BINANCE, 400, false, "BTCUSDT", "NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR"), lines, 1_000, 7L);
    }

    @Test
    void shouldNeverThrowAndAlwaysPublishEventsOrARejectionForDamagedFuturesFrames()
    {
        final List<Recordings.Line> lines = new ArrayList<>(Recordings.cryptofeedWs(Recordings.FUTURES_WS));
        lines.addAll(Recordings.cryptofeedHttp(Recordings.FUTURES_HTTP));
        fuzz(new DecoderFixture(Venue.BINANCE_USDM, 4096, false, "SUSHIUSDT", "AKROUSDT", "KEEPUSDT", "CTKUSDT"), lines, 3_000, 20210722L);
    }

    /**
     * The cursor reads without per-byte bounds checks, so this proves the bounds it checks instead: every cut of
     * real frames is placed to end exactly at a page boundary of a file mapping whose next page lies past the
     * end of the (truncated) file. Touching even one byte after the frame raises SIGBUS, which the JVM turns
     * into an InternalError out of the unsafe access, failing the test.
     */
    @Test
    void shouldNeverTouchTheByteAfterTheFrame() throws IOException
    {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
            "truncating a mapped file is how the guard page is made; Linux allows it");
        final int page = 4096;
        final int boundary = 19 * page;
        final Path file = Files.createTempFile("ringwall-guard", ".bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE))
        {
            channel.write(ByteBuffer.allocate(boundary + page));
            final MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, boundary + page);
            channel.truncate(boundary);
            final UnsafeBuffer memory = new UnsafeBuffer(mapped);

            final DecoderFixture fixture = new DecoderFixture(Venue.BINANCE, "BTCUSDT");
            final List<Recordings.Line> lines = Recordings.hftbacktest(Recordings.BTCUSDT);
            final Recordings.Line largestDepth = lines.stream().filter(line -> line.text().contains("@depth"))
                .max(java.util.Comparator.comparingInt(line -> line.text().length())).orElseThrow();
            final Recordings.Line snapshot = lines.stream().filter(Recordings.Line::snapshot).findFirst().orElseThrow();
            final List<String> frames = List.of(BinanceDecoderRejectionTest.DEPTH, BinanceDecoderRejectionTest.TRADE,
                lines.get(2).text(), lines.get(3).text(), "{\"result\":null,\"id\":1}",
                "{\"e\":\"kline\",\"k\":{\"a\":[1,2.5e3,true,null,\"x\\\"y\"]}}", largestDepth.text());
            int decoded = 0;
            for (final String frame : frames)
            {
                final byte[] bytes = frame.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int length = 0; length <= bytes.length; length++)
                {
                    memory.putBytes(boundary - length, bytes, 0, length);
                    fixture.sink.clear();
                    fixture.decoder.onFrame(memory, boundary - length, length, 1L);
                    decoded++;
                }
            }
            final byte[] body = snapshot.bytes();
            for (int length = 0; length <= body.length; length = length == body.length ? length + 1 :
                Math.min(body.length, length + 1 + (length % 7)))
            {
                memory.putBytes(boundary - length, body, 0, length);
                fixture.sink.clear();
                fixture.decoder.onSnapshot(fixture.instrument("BTCUSDT"), memory, boundary - length, length, 1L);
                decoded++;
            }
            final List<Event> whole = Decoded.all(fixture.sink.events());
            assertThat(whole).as("the whole snapshot, decoded last").hasSizeGreaterThan(1)
                .allMatch(event -> event instanceof Snapshot);
            assertThat(((Snapshot)whole.get(whole.size() - 1)).last()).isTrue();
            assertThat(decoded).isGreaterThan(40_000);
            assertThat(fixture.decoder.counters().frames() + fixture.decoder.counters().snapshots()).isEqualTo(decoded);
        }
        finally
        {
            Files.deleteIfExists(file);
        }
    }

    private static void fuzz(final DecoderFixture fixture, final List<Recordings.Line> lines, final int mutations, final long seed)
    {
        final Random random = new Random(seed);
        int rejected = 0;
        int accepted = 0;
        for (int i = 0; i < mutations; i++)
        {
            final Recordings.Line line = lines.get(random.nextInt(lines.size()));
            final byte[] damaged = mutate(line.bytes(), random);
            final long before = fixture.decoder.counters().ignored() + fixture.decoder.counters().control();
            final List<Event> events = decode(fixture, line, damaged, random.nextBoolean());
            final String context = "seed " + seed + " mutation " + i + ": " + new String(damaged, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (events.isEmpty())
            {
                assertThat(fixture.decoder.counters().ignored() + fixture.decoder.counters().control()).as(context).isEqualTo(before + 1);
            }
            else if (events.get(events.size() - 1) instanceof Rejected)
            {
                rejected++;
                assertPartsOfOneBatch(events.subList(0, events.size() - 1), false, context);
            }
            else
            {
                accepted++;
                if (events.get(0) instanceof Trade || events.get(0) instanceof Ticker)
                {
                    assertThat(events).as(context).hasSize(1);
                    assertPlausible(events.get(0), context);
                }
                else
                {
                    assertPartsOfOneBatch(events, true, context);
                }
            }
        }
        assertThat(rejected).as("most damage is caught").isGreaterThan(mutations / 2);
        assertThat(accepted).as("some damage is harmless (a digit for a digit)").isPositive();
    }

    private static List<Event> decode(final DecoderFixture fixture, final Recordings.Line line, final byte[] damaged, final boolean direct)
    {
        fixture.sink.clear();
        final UnsafeBuffer buffer;
        if (direct)
        {
            buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(damaged.length));
            buffer.putBytes(0, damaged);
        }
        else
        {
            buffer = new UnsafeBuffer(damaged);
        }
        if (line.snapshot())
        {
            final Instrument instrument = fixture.instrument(line.symbol());
            fixture.decoder.onSnapshot(instrument, buffer, 0, damaged.length, line.receiveTimeNs());
        }
        else
        {
            fixture.decoder.onFrame(buffer, 0, damaged.length, line.receiveTimeNs());
        }
        return Decoded.all(fixture.sink.events());
    }

    private static void assertPartsOfOneBatch(final List<Event> parts, final boolean complete, final String context)
    {
        for (int i = 0; i < parts.size(); i++)
        {
            final Event part = parts.get(i);
            assertThat(part).as(context).isInstanceOfAny(Delta.class, Snapshot.class);
            assertThat(part.getClass()).as(context).isEqualTo(parts.get(0).getClass());
            assertThat(part.header()).as(context).isEqualTo(parts.get(0).header());
            assertThat(first(part)).as(context).isEqualTo(i == 0);
            assertThat(last(part)).as(context).isEqualTo(complete && i == parts.size() - 1);
            assertPlausible(part, context);
        }
    }

    private static void assertPlausible(final Event event, final String context)
    {
        final List<Level> levels = event instanceof Delta ? ((Delta)event).levels() :
            event instanceof Snapshot ? ((Snapshot)event).levels() : List.of();
        assertThat(levels).as(context).allMatch(level -> level.price() > 0 && level.qty() >= 0);
        if (event instanceof Delta)
        {
            assertThat(((Delta)event).firstUpdateId()).as(context).isBetween(0L, ((Delta)event).lastUpdateId());
        }
        if (event instanceof Trade)
        {
            assertThat(((Trade)event).price()).as(context).isPositive();
            assertThat(((Trade)event).qty()).as(context).isNotNegative();
        }
        assertThat(event.header().instrumentId()).as(context).isPositive();
    }

    private static boolean first(final Event part)
    {
        return part instanceof Delta ? ((Delta)part).first() : ((Snapshot)part).first();
    }

    private static boolean last(final Event part)
    {
        return part instanceof Delta ? ((Delta)part).last() : ((Snapshot)part).last();
    }

    private static byte[] mutate(final byte[] original, final Random random)
    {
        byte[] bytes = original.clone();
        final int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && bytes.length > 0; e++)
        {
            final int at = random.nextInt(bytes.length);
            switch (random.nextInt(6))
            {
                case 0: // flip to an interesting byte
                    bytes[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    break;
                case 1: // flip to any byte
                    bytes[at] = (byte)random.nextInt(256);
                    break;
                case 2: // truncate
                    bytes = java.util.Arrays.copyOf(bytes, at);
                    break;
                case 3: // insert
                {
                    final byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                    break;
                }
                case 4: // delete a run
                {
                    final int run = Math.min(bytes.length - at, 1 + random.nextInt(8));
                    final byte[] shorter = new byte[bytes.length - run];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + run, shorter, at, bytes.length - at - run);
                    bytes = shorter;
                    break;
                }
                default: // splice a copy of another part of the frame in
                {
                    final int from = random.nextInt(bytes.length);
                    final int run = Math.min(bytes.length - from, 1 + random.nextInt(40));
                    final byte[] longer = new byte[bytes.length + run];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    System.arraycopy(bytes, from, longer, at, run);
                    System.arraycopy(bytes, at, longer, at + run, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }

    private static List<Recordings.Line> sample(final List<Recordings.Line> lines, final int count)
    {
        final Random random = new Random(1);
        final List<Recordings.Line> sample = new ArrayList<>();
        for (int i = 0; i < count; i++)
        {
            sample.add(lines.get(random.nextInt(lines.size())));
        }
        lines.stream().filter(Recordings.Line::snapshot).forEach(sample::add);
        return sample;
    }
}
