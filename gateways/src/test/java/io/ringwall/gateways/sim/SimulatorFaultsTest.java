package io.ringwall.gateways.sim;

import io.ringwall.codecs.test.TestData;
import io.ringwall.gateways.capture.CaptureFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Every fault the simulator injects, seen from the client's side of a real socket: a dropped frame is an
 * update-id gap while the REST book stays right, closes with and without a close frame, a stall that
 * silences frames and pings, the serverShutdown notice, REST errors and delays, pings, and a slow client
 * dropped without holding up the others.
 */
class SimulatorFaultsTest
{
    private static final String ALL = "btcusdt@depth@100ms/btcusdt@trade/btcusdt@bookTicker";

    @TempDir
    static Path dir;

    private static Path btc;
    private static List<Captures.Line> btcLines;

    @BeforeAll
    static void portion()
    {
        btc = Captures.portion(Captures.BTCUSDT, 8000, dir);
        btcLines = Captures.hftbacktest(btc);
    }

    @Test
    void shouldDropFramesSoTheClientSeesAGapWhileTheBookAdvances() throws Exception
    {
        final Path part = Captures.portion(Captures.BTCUSDT, 3000, dir);
        final List<Captures.Line> lines = Captures.hftbacktest(part);
        final List<String> expected = Captures.expected(lines, s -> s.equals("btcusdt@depth@100ms"));
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(20, part);
             JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@depth@100ms")))
        {
            client.await(m -> m.size() >= 5, Duration.ofSeconds(10));
            sim.faults().dropNextFrames("btcusdt", "depth@100ms", 2);
            awaitFinished(sim);
            final List<String> received = client.await(m -> m.size() >= expected.size() - 2, Duration.ofSeconds(5));

            assertThat(received).hasSize(expected.size() - 2);
            final List<Integer> gaps = new ArrayList<>();
            for (int i = 1; i < received.size(); i++)
            {
                if (firstU(received.get(i)) != u(received.get(i - 1)) + 1)
                {
                    gaps.add(i);
                }
            }
            assertThat(gaps).as("one update-id gap where two frames were dropped").hasSize(1);
            final int gap = gaps.get(0);
            final List<String> missing = new ArrayList<>(expected.subList(gap, gap + 2));
            assertThat(received.get(gap)).isEqualTo(expected.get(gap + 2));
            assertThat(received).doesNotContainAnyElementsOf(missing);
            assertThat(sim.stats().framesDropped()).isEqualTo(2);

            final long lastU = u(expected.get(expected.size() - 1));
            final Map<String, Object> snapshot = Json.object(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000").body());
            final ReferenceBook reference = Captures.bookAt(lines, "BTCUSDT", lastU);
            assertThat(snapshot.get("lastUpdateId")).isEqualTo(lastU);
            assertThat(snapshot.get("bids")).as("the dropped diffs still moved the book").isEqualTo(reference.bids(1000));
            assertThat(snapshot.get("asks")).isEqualTo(reference.asks(1000));
        }
    }

    @Test
    void shouldCloseConnectionsAbruptlyAndKeepPlaying() throws Exception
    {
        try (ExchangeSimulator sim = simulator(10, btc);
             RawWsClient client = RawWsClient.connect(streams(sim, ALL), true, 0))
        {
            client.await(c -> c.frames(RawWsClient.TEXT).size() >= 10, Duration.ofSeconds(10));
            sim.faults().closeConnections();
            client.await(RawWsClient::ended, Duration.ofSeconds(5));

            assertThat(client.ended()).isTrue();
            assertThat(client.frames(RawWsClient.CLOSE)).as("a TCP close with no close frame").isEmpty();
            assertThat(sim.stats().connectionsKilled()).isEqualTo(1);
            awaitStat(() -> sim.stats().connectionsClosed(), 1);

            try (RawWsClient again = RawWsClient.connect(streams(sim, ALL), true, 0))
            {
                again.await(c -> c.frames(RawWsClient.TEXT).size() >= 10, Duration.ofSeconds(10));
                assertThat(again.frames(RawWsClient.TEXT)).as("playback went on; a new client joins mid-stream").hasSizeGreaterThanOrEqualTo(10)
                    .first().extracting(RawWsClient.Frame::text).isNotEqualTo(client.frames(RawWsClient.TEXT).get(0).text());
            }
        }
    }

    @Test
    void shouldCloseConnectionsGracefullyWithACloseFrame() throws Exception
    {
        try (ExchangeSimulator sim = simulator(10, btc);
             RawWsClient client = RawWsClient.connect(streams(sim, ALL), true, 0))
        {
            client.await(c -> c.frames(RawWsClient.TEXT).size() >= 3, Duration.ofSeconds(10));
            sim.faults().closeConnectionsGracefully();
            client.await(RawWsClient::ended, Duration.ofSeconds(5));

            final List<RawWsClient.Frame> closes = client.frames(RawWsClient.CLOSE);
            assertThat(closes).hasSize(1);
            assertThat(((closes.get(0).payload()[0] & 0xFF) << 8) | (closes.get(0).payload()[1] & 0xFF)).isEqualTo(1001);
            assertThat(client.ended()).isTrue();
        }
    }

    @Test
    void shouldStallFramesAndPingsForTheDurationWhileTheTimelineAdvances() throws Exception
    {
        try (ExchangeSimulator sim = ExchangeSimulator.builder().capture(btc, CaptureFormat.HFTBACKTEST)
                .speed(10).pingInterval(Duration.ofMillis(50)).build().start();
             RawWsClient client = RawWsClient.connect(streams(sim, ALL), true, 0))
        {
            client.await(c -> c.frames(RawWsClient.TEXT).size() >= 20, Duration.ofSeconds(10));
            final long playedBefore = sim.stats().framesPlayed();
            final long stallNs = System.nanoTime();
            sim.faults().stall(Duration.ofMillis(500));
            Thread.sleep(100);
            try (RawWsClient newcomer = RawWsClient.connect(streams(sim, ALL), true, 0))
            {
                Thread.sleep(800);
                // frames already in flight when the stall began may land late on a loaded machine: the silence
                // is checked from 150 ms in, which a 500 ms stall still has to fill for 300 ms
                final long silentFrom = stallNs + 150_000_000L;
                final long silentTo = stallNs + 450_000_000L;

                assertThat(client.frames()).as("nothing at all reaches the stalled client")
                    .noneMatch(f -> f.atNs() > silentFrom && f.atNs() < silentTo);
                assertThat(client.frames(RawWsClient.TEXT)).as("frames flow again after the stall").anyMatch(f -> f.atNs() > stallNs + 500_000_000L);
                assertThat(client.frames(RawWsClient.PING)).as("pings too").anyMatch(f -> f.atNs() > stallNs + 500_000_000L);
                assertThat(newcomer.frames(RawWsClient.TEXT)).as("a client that connects meanwhile is served")
                    .anyMatch(f -> f.atNs() > silentFrom && f.atNs() < silentTo);
                assertThat(sim.stats().framesPlayed() - playedBefore).as("the timeline kept playing").isGreaterThan(100);
                assertThat(sim.stats().framesStalled()).isGreaterThan(100);
                assertThat(sim.stats().stalls()).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldAnnounceAServerShutdownThenClose() throws Exception
    {
        try (ExchangeSimulator sim = simulator(10, btc);
             RawWsClient client = RawWsClient.connect(streams(sim, ALL), true, 0))
        {
            client.await(c -> c.frames(RawWsClient.TEXT).size() >= 3, Duration.ofSeconds(10));
            sim.faults().serverShutdown(Duration.ofMillis(200));
            client.await(RawWsClient::ended, Duration.ofSeconds(5));

            final List<RawWsClient.Frame> texts = client.frames(RawWsClient.TEXT);
            final RawWsClient.Frame notice = texts.stream().filter(f -> f.text().contains("serverShutdown")).findFirst().orElseThrow();
            assertThat(notice.text()).matches("\\{\"stream\":\"!serverShutdown\",\"data\":\\{\"e\":\"serverShutdown\",\"E\":\\d+}}");
            final long e = (Long)((Map<?, ?>)Json.object(notice.text()).get("data")).get("E");
            assertThat(e).as("E is the recording's time now")
                .isBetween(btcLines.get(0).timeNs() / 1_000_000, btcLines.get(btcLines.size() - 1).timeNs() / 1_000_000);
            final RawWsClient.Frame close = client.frames(RawWsClient.CLOSE).get(0);
            assertThat(close.atNs() - notice.atNs()).as("closed a little later").isGreaterThanOrEqualTo(150_000_000L);
            assertThat(client.ended()).isTrue();
            assertThat(sim.stats().serverShutdownsSent()).isEqualTo(1);
        }
    }

    @Test
    void shouldAnswerInjectedRestErrorsWithRetryAfter() throws Exception
    {
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(10, btc))
        {
            sim.faults().restErrors(429, 2, 7);
            final HttpResponse<String> first = get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000");
            final HttpResponse<String> second = get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000");
            final HttpResponse<String> third = get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000");
            sim.faults().restErrors(418, 1, 30);
            final HttpResponse<String> banned = get(http, sim, "/api/v3/depth?symbol=BTCUSDT");
            sim.faults().restErrors(500, 1, 0);
            final HttpResponse<String> broken = get(http, sim, "/fapi/v1/depth?symbol=BTCUSDT");

            for (final HttpResponse<String> r : List.of(first, second))
            {
                assertThat(r.statusCode()).isEqualTo(429);
                assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
                assertThat(Json.object(r.body())).containsEntry("code", -1003L);
            }
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(banned.statusCode()).isEqualTo(418);
            assertThat(banned.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.headers().firstValue("Retry-After")).isEmpty();
            assertThat(sim.stats().restErrorsServed()).isEqualTo(4);
            assertThat(sim.stats().snapshotsServed()).isEqualTo(1);
        }
    }

    @Test
    void shouldDelayRestAnswers() throws Exception
    {
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(10, btc))
        {
            get(http, sim, "/api/v3/ping");
            sim.faults().restDelay(Duration.ofMillis(400));
            long start = System.nanoTime();
            final HttpResponse<String> slow = get(http, sim, "/api/v3/depth?symbol=BTCUSDT");
            final long slowNs = System.nanoTime() - start;
            sim.faults().restDelay(Duration.ZERO);
            start = System.nanoTime();
            get(http, sim, "/api/v3/depth?symbol=BTCUSDT");
            final long fastNs = System.nanoTime() - start;

            assertThat(slow.statusCode()).isEqualTo(200);
            assertThat(slowNs).isGreaterThanOrEqualTo(400_000_000L);
            assertThat(fastNs).isLessThan(300_000_000L);
            assertThat(sim.stats().restDelayed()).isEqualTo(1);
        }
    }

    @Test
    void shouldPingClientsAndAnswerTheirPings() throws Exception
    {
        try (ExchangeSimulator sim = ExchangeSimulator.builder().capture(btc, CaptureFormat.HFTBACKTEST)
                .pingInterval(Duration.ofMillis(50)).build().start();
             RawWsClient client = RawWsClient.connect(sim.wsUrl(), true, 0))
        {
            client.sendPing("hello".getBytes(StandardCharsets.US_ASCII));
            client.send(RawWsClient.PONG, new byte[0]);
            client.await(c -> c.frames(RawWsClient.PING).size() >= 3 && !c.frames(RawWsClient.PONG).isEmpty(), Duration.ofSeconds(5));

            assertThat(client.frames(RawWsClient.PING)).hasSizeGreaterThanOrEqualTo(3);
            assertThat(client.frames(RawWsClient.PONG)).extracting(RawWsClient.Frame::text).containsExactly("hello");
            assertThat(sim.stats().pingsSent()).isGreaterThanOrEqualTo(3);
            awaitStat(() -> sim.stats().pongsReceived(), 1);
        }
    }

    @Test
    void shouldDropASlowClientWithoutHoldingUpTheOthers() throws Exception
    {
        // 11 MB of frames in under 2 s: more than socket buffers and the bound hold for a reader that never reads.
        final Path whole = TestData.path(Captures.BTCUSDT);
        final List<String> trades = Captures.expected(Captures.hftbacktest(whole), s -> s.equals("btcusdt@trade"));
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = ExchangeSimulator.builder().capture(whole, CaptureFormat.HFTBACKTEST)
                .speed(200).maxClientBacklogBytes(1 << 20).build().start();
             JdkWsClient healthy = JdkWsClient.connect(http, streams(sim, "btcusdt@trade"));
             RawWsClient slow = RawWsClient.connect(streams(sim, ALL), false, 4096))
        {
            awaitFinished(sim);
            final List<String> received = healthy.await(m -> m.size() >= trades.size(), Duration.ofSeconds(10));

            assertThat(received).as("the healthy client got everything").containsExactlyElementsOf(trades);
            assertThat(sim.stats().slowClientsDisconnected()).isEqualTo(1);
            awaitStat(() -> sim.stats().connectionsClosed(), 1);

            slow.startReading();
            slow.await(RawWsClient::ended, Duration.ofSeconds(10));
            assertThat(slow.ended()).as("the slow client finds itself cut off once it reads").isTrue();
            assertThat((long)slow.frames(RawWsClient.TEXT).size()).isLessThan(sim.stats().timelineFrames());
        }
    }

    private static long firstU(final String frame)
    {
        final int at = frame.indexOf(",\"U\":");
        return Long.parseLong(frame.substring(at + 5, frame.indexOf(',', at + 5)));
    }

    static void awaitStat(final java.util.function.LongSupplier stat, final long value) throws InterruptedException
    {
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (stat.getAsLong() < value && System.nanoTime() < deadline)
        {
            Thread.sleep(5);
        }
        assertThat(stat.getAsLong()).isEqualTo(value);
    }
}
