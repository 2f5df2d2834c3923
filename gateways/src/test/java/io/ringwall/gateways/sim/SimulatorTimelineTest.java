package io.ringwall.gateways.sim;

import io.ringwall.codecs.test.TestData;
import io.ringwall.gateways.capture.CaptureFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ringwall.gateways.sim.SimulatorRestTest.get;
import static io.ringwall.gateways.sim.SimulatorRestTest.u;
import static io.ringwall.gateways.sim.SimulatorStreamTest.awaitFinished;
import static io.ringwall.gateways.sim.SimulatorStreamTest.simulator;
import static io.ringwall.gateways.sim.SimulatorStreamTest.streams;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the simulator builds its timeline from recordings: where each book is established, what a gap in the
 * recording itself does (bridged by the next snapshot that chains, or the rest left out), and the
 * cryptofeed spot capture's four symbols with their snapshots in the sibling file.
 */
class SimulatorTimelineTest
{
    @TempDir
    Path dir;

    @Test
    void shouldBridgeAGapInTheRecordingWithItsNextSnapshot() throws Exception
    {
        final List<Captures.Line> original = Captures.hftbacktest(Captures.portion(Captures.BTCUSDT, 3000, dir));
        final int start = Captures.establishment(original, "BTCUSDT");
        final List<Integer> depth = new ArrayList<>();
        for (int i = start; i < original.size(); i++)
        {
            if (original.get(i).depth())
            {
                depth.add(i);
            }
        }
        // Lose one diff, and give the recording a snapshot taken five diffs later (rebuilt from the real data).
        final int lost = depth.get(100);
        final long snapshotId = (Long)original.get(depth.get(105)).data().get("u");
        final String snapshot = Captures.bookAt(original, "BTCUSDT", snapshotId).toJson();
        final List<String> file = new ArrayList<>();
        for (int i = 0; i < original.size(); i++)
        {
            final Captures.Line l = original.get(i);
            if (i != lost)
            {
                file.add(l.timeNs() + " " + l.text());
            }
            if (i == depth.get(103))
            {
                file.add(l.timeNs() + " " + snapshot);
            }
        }
        final Path capture = Files.write(dir.resolve("btcusdt-gap.txt"), file);

        final List<String> expected = new ArrayList<>();
        for (int i = start; i < original.size(); i++)
        {
            if (original.get(i).depth() && (i < lost || i > depth.get(105)))
            {
                expected.add(original.get(i).text());
            }
        }
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(200, capture);
             JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@depth@100ms")))
        {
            final List<String> received = client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(20));
            awaitFinished(sim);

            assertThat(received).as("the frames between the gap and the diff that chains to the new snapshot are left out")
                .containsExactlyElementsOf(expected);
            final long lastU = u(expected.get(expected.size() - 1));
            final Map<String, Object> book = Json.object(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000").body());
            final ReferenceBook reference = Captures.bookAt(original, "BTCUSDT", lastU);
            assertThat(book.get("lastUpdateId")).isEqualTo(lastU);
            assertThat(book.get("bids")).as("the book restarted from the new snapshot").isEqualTo(reference.bids(1000));
            assertThat(book.get("asks")).isEqualTo(reference.asks(1000));
        }
    }

    @Test
    void shouldLeaveOutWhatFollowsAGapThatNoSnapshotRepairs() throws Exception
    {
        final List<Captures.Line> original = Captures.hftbacktest(Captures.portion(Captures.BTCUSDT, 2000, dir));
        final int start = Captures.establishment(original, "BTCUSDT");
        int lost = -1;
        int seen = 0;
        for (int i = start; i < original.size() && lost < 0; i++)
        {
            if (original.get(i).depth() && ++seen == 50)
            {
                lost = i;
            }
        }
        final List<String> file = new ArrayList<>();
        for (int i = 0; i < original.size(); i++)
        {
            if (i != lost)
            {
                file.add(original.get(i).timeNs() + " " + original.get(i).text());
            }
        }
        final Path capture = Files.write(dir.resolve("btcusdt-broken.txt"), file);
        final List<String> expected = original.subList(start, lost).stream().filter(l -> !l.snapshot()).map(Captures.Line::text).toList();

        try (ExchangeSimulator sim = simulator(200, capture);
             JdkWsClient client = JdkWsClient.connect(HttpClient.newHttpClient(),
                 streams(sim, "btcusdt@depth@100ms/btcusdt@trade/btcusdt@bookTicker")))
        {
            awaitFinished(sim);
            final List<String> received = client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(5));

            assertThat(received).containsExactlyElementsOf(expected);
            assertThat(sim.stats().timelineFrames()).isEqualTo(expected.size());
        }
    }

    @Test
    void shouldServeEverySymbolOfACryptofeedCaptureFromItsSnapshotOn() throws Exception
    {
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = ExchangeSimulator.builder()
                .capture(TestData.path("binance-spot/BINANCE.ws.1.0"), CaptureFormat.CRYPTOFEED).speed(200).build().start();
             JdkWsClient client = JdkWsClient.connect(http,
                 streams(sim, "nknusdt@depth@100ms/blzeth@depth@100ms/lrcbtc@depth@100ms/runeeur@depth@100ms")))
        {
            awaitFinished(sim);
            Thread.sleep(100);
            final List<String> received = client.messages();

            for (final String symbol : List.of("NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR"))
            {
                final Map<String, Object> book = Json.object(get(http, sim, "/api/v3/depth?symbol=" + symbol + "&limit=5").body());
                final List<Long> us = received.stream().filter(f -> f.contains("\"s\":\"" + symbol + "\"")).map(SimulatorRestTest::u).toList();
                assertThat(us).as(symbol).isNotEmpty().isSorted();
                assertThat(book.get("lastUpdateId")).as(symbol).isEqualTo(us.get(us.size() - 1));
                assertThat((List<?>)book.get("bids")).as(symbol).hasSize(5);
            }
        }
    }
}
