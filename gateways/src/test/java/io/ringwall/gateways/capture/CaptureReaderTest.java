package io.ringwall.gateways.capture;

import io.ringwall.codecs.test.TestData;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CaptureReaderTest
{
    private final CaptureReader reader = new CaptureReader();

    private static final class Recorded implements CaptureHandler
    {
        final List<String> frames = new ArrayList<>();
        final List<Long> frameTimes = new ArrayList<>();
        final List<String> snapshots = new ArrayList<>();
        final List<Long> snapshotTimes = new ArrayList<>();
        final List<String> malformed = new ArrayList<>();
        final List<String> order = new ArrayList<>();

        @Override
        public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs, final long line)
        {
            frames.add(buffer.getStringWithoutLengthUtf8(offset, length));
            frameTimes.add(receiveTimeNs);
            order.add("F");
        }

        @Override
        public void onSnapshot(final String symbol, final DirectBuffer buffer, final int offset, final int length,
            final long receiveTimeNs, final long line)
        {
            snapshots.add(symbol + " " + buffer.getStringWithoutLengthUtf8(offset, Math.min(length, 40)));
            snapshotTimes.add(receiveTimeNs);
            order.add("S:" + symbol);
        }

        @Override
        public void onMalformedLine(final DirectBuffer buffer, final int offset, final int length, final long line, final String reason)
        {
            malformed.add(line + ": " + reason);
        }
    }

    @Test
    void shouldReadEveryLineOfTheHftBacktestRecordingWithItsSnapshot() throws IOException
    {
        final Path file = TestData.path("binance-spot/btcusdt_20240808.gz");
        assertThat(CaptureFormat.detect(file)).isEqualTo(CaptureFormat.HFTBACKTEST);
        final Recorded r = new Recorded();
        final long lines = reader.read(file, CaptureFormat.HFTBACKTEST, r);

        assertThat(lines).isEqualTo(41_249);
        assertThat(r.malformed).isEmpty();
        assertThat(r.snapshots).containsExactly("BTCUSDT {\"lastUpdateId\":50093239218,\"bids\":[[\"61");
        assertThat(r.snapshotTimes).containsExactly(1_723_161_254_206_652_067L);
        assertThat(r.frames).hasSize(41_248);
        assertThat(r.frames.get(0)).startsWith("{\"stream\":\"btcusdt@depth@100ms\"");
        assertThat(r.frameTimes.get(0)).isEqualTo(1_723_161_253_937_085_768L);
        assertThat(r.order.indexOf("S:BTCUSDT")).isEqualTo(7);

        // byte for byte what the file holds
        try (BufferedReader plain = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)))
        {
            final String first = plain.readLine();
            assertThat(first).isEqualTo("1723161253937085768 " + r.frames.get(0));
        }
    }

    @Test
    void shouldMergeCryptofeedSnapshotsIntoTheStreamByTime() throws IOException
    {
        final Path file = TestData.path("binance-spot/BINANCE.ws.1.0");
        assertThat(CaptureFormat.detect(file)).isEqualTo(CaptureFormat.CRYPTOFEED);
        final Recorded r = new Recorded();
        reader.read(file, CaptureFormat.CRYPTOFEED, r);

        assertThat(r.malformed).isEmpty();
        assertThat(r.snapshots).extracting(s -> s.substring(0, s.indexOf(' ')))
            .containsExactly("NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR");
        assertThat(r.frames).hasSize(265);   // 267 lines: one connection line, one sent subscription
        assertThat(r.frameTimes.get(0)).isEqualTo(1_633_998_512_063_356_900L);
        // every event comes out in time order, snapshots merged where they were received
        final List<Long> all = new ArrayList<>();
        int f = 0;
        int s = 0;
        for (final String o : r.order)
        {
            all.add(o.equals("F") ? r.frameTimes.get(f++) : r.snapshotTimes.get(s++));
        }
        assertThat(all).isSorted();
        assertThat(r.snapshotTimes.get(0)).isEqualTo(1_633_998_512_320_639_000L);
    }

    @Test
    void shouldReportGarbageLinesAndCarryOn(@TempDir final Path dir) throws IOException
    {
        final Path file = dir.resolve("btcusdt_test.txt");
        Files.writeString(file, String.join("\n",
            "1723161253937085768 {\"stream\":\"btcusdt@trade\",\"data\":{}}",
            "this is not a record",
            "",
            "17231612539370 {\"lastUpdateId\":1,\"bids\":[],\"asks\":[]}",
            "1723161253937085769{\"stream\":\"x\"}",
            "1723161253937085770 {\"stream\":\"btcusdt@trade\",\"data\":{\"cut short"));
        final Recorded r = new Recorded();
        reader.read(file, CaptureFormat.detect(file), r);
        assertThat(r.frames).hasSize(2);   // the cut-short frame is still a frame: the decoder rejects it
        assertThat(r.snapshots).containsExactly("BTCUSDT {\"lastUpdateId\":1,\"bids\":[],\"asks\":[]}");
        assertThat(r.malformed).containsExactly("2: no '<ns> ' prefix", "5: no '<ns> ' prefix");
    }

    @Test
    void shouldWriteWhatItReadsBack(@TempDir final Path dir) throws IOException
    {
        final Path file = dir.resolve("ethusdt_rec.gz");
        try (CaptureWriter writer = new CaptureWriter(file))
        {
            final byte[] frame = "{\"stream\":\"ethusdt@trade\",\"data\":{\"p\":\"1.0\"}}".getBytes(StandardCharsets.UTF_8);
            writer.write(42L, new UnsafeBuffer(frame), 0, frame.length);
            final byte[] snapshot = "{\"lastUpdateId\":7,\"bids\":[],\"asks\":[]}".getBytes(StandardCharsets.UTF_8);
            writer.write(43L, new UnsafeBuffer(snapshot), 0, snapshot.length);
            assertThat(writer.records()).isEqualTo(2);
        }
        final Recorded r = new Recorded();
        reader.read(file, CaptureFormat.detect(file), r);
        assertThat(r.frames).containsExactly("{\"stream\":\"ethusdt@trade\",\"data\":{\"p\":\"1.0\"}}");
        assertThat(r.frameTimes).containsExactly(42L);
        assertThat(r.snapshots).containsExactly("ETHUSDT {\"lastUpdateId\":7,\"bids\":[],\"asks\":[]}");
    }

    @Test
    void shouldAttributeWrappedSnapshotsOfAMultiSymbolRecording(@TempDir final Path dir) throws IOException
    {
        final Path file = dir.resolve("two.gz");
        final byte[] body = "{\"lastUpdateId\":9,\"bids\":[[\"1.0\",\"2.0\"]],\"asks\":[]}".getBytes(StandardCharsets.UTF_8);
        try (CaptureWriter writer = new CaptureWriter(file))
        {
            final byte[] frame = "{\"stream\":\"btcusdt@trade\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
            writer.write(1L, new UnsafeBuffer(frame), 0, frame.length);
            writer.writeSnapshot("ETHUSDT", true, 2L, new UnsafeBuffer(body), 0, body.length);
            writer.writeSnapshot("BTCUSDT", true, 3L, new UnsafeBuffer(body), 0, body.length);
        }
        final Recorded r = new Recorded();
        reader.read(file, CaptureFormat.HFTBACKTEST, r);
        assertThat(r.frames).hasSize(1);
        assertThat(r.snapshots).containsExactly(
            "ETHUSDT {\"lastUpdateId\":9,\"bids\":[[\"1.0\",\"2.0\"]]",
            "BTCUSDT {\"lastUpdateId\":9,\"bids\":[[\"1.0\",\"2.0\"]]");
        assertThat(r.snapshotTimes).containsExactly(2L, 3L);
    }
}
