package io.ringwall.gateways.sim;

import io.ringwall.codecs.test.TestData;
import io.ringwall.gateways.capture.CaptureFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ringwall.gateways.sim.SimulatorStreamTest.awaitFinished;
import static io.ringwall.gateways.sim.SimulatorStreamTest.simulator;
import static io.ringwall.gateways.sim.SimulatorStreamTest.streams;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's REST side: depth snapshots that agree with the stream at any moment (checked against a
 * book rebuilt independently from the capture's text), futures decimals and event times, Binance's errors,
 * the weight header and keep-alive.
 */
class SimulatorRestTest
{
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
    void shouldAnswerTheRecordedSnapshotBeforePlaybackStarts() throws Exception
    {
        final String recorded = btcLines.stream().filter(Captures.Line::snapshot).findFirst().orElseThrow().text();
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(100, btc))
        {
            final HttpResponse<String> full = get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000");
            final HttpResponse<String> byDefault = get(http, sim, "/api/v3/depth?symbol=btcusdt");

            assertThat(full.statusCode()).isEqualTo(200);
            assertThat(full.body()).as("the recorded 1000-level body, byte for byte").isEqualTo(recorded);
            assertThat(full.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
            final Map<String, Object> small = Json.object(byDefault.body());
            assertThat((List<?>)small.get("bids")).hasSize(100);
            assertThat((List<?>)small.get("asks")).hasSize(100);
            assertThat(small.get("lastUpdateId")).isEqualTo(Json.object(recorded).get("lastUpdateId"));
            assertThat(sim.stats().snapshotsServed()).isEqualTo(2);
        }
    }

    @Test
    void shouldAnswerSnapshotsThatAgreeWithTheStreamDuringPlayback() throws Exception
    {
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(25, btc);
             JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@depth@100ms")))
        {
            final List<Long> checked = new ArrayList<>();
            for (int i = 0; i < 6 && !sim.isFinished(); i++)
            {
                Thread.sleep(250);
                final Map<String, Object> snapshot = Json.object(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000").body());
                final long id = (Long)snapshot.get("lastUpdateId");

                // The snapshot is never behind the stream: the client gets the frame ending at id, then the rest.
                final List<String> received = client.await(m -> m.stream().anyMatch(f -> u(f) == id), Duration.ofSeconds(10));
                assertThat(received).as("a received frame ends at the snapshot's id %d", id).anyMatch(f -> u(f) == id);

                final ReferenceBook reference = Captures.bookAt(btcLines, "BTCUSDT", id);
                assertThat(reference.lastUpdateId()).isEqualTo(id);
                assertThat(snapshot.get("bids")).isEqualTo(reference.bids(1000));
                assertThat(snapshot.get("asks")).isEqualTo(reference.asks(1000));
                checked.add(id);
            }
            assertThat(checked).as("snapshots at distinct moments").doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);

            awaitFinished(sim);
            final Map<String, Object> last = Json.object(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=5000").body());
            final List<String> frames = client.messages();
            final long lastU = u(frames.get(frames.size() - 1));
            final ReferenceBook reference = Captures.bookAt(btcLines, "BTCUSDT", lastU);
            assertThat(last.get("lastUpdateId")).isEqualTo(lastU);
            assertThat(last.get("bids")).isEqualTo(reference.bids(5000));
            assertThat(last.get("asks")).isEqualTo(reference.asks(5000));
        }
    }

    @Test
    void shouldServeFuturesDepthWithTheRecordingsDecimalsAndEventTimes() throws Exception
    {
        final List<Captures.Line> lines = Captures.cryptofeedFutures();
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = ExchangeSimulator.builder()
                .venue(io.ringwall.codecs.sbe.Venue.BINANCE_USDM)
                .capture(TestData.path(Captures.FUTURES_WS), CaptureFormat.CRYPTOFEED)
                .speed(100).build().start();
             JdkWsClient client = JdkWsClient.connect(http,
                 streams(sim, "sushiusdt@depth@100ms/akrousdt@depth@100ms/keepusdt@depth@100ms/ctkusdt@depth@100ms")))
        {
            final List<String> expected = Captures.expected(lines, s -> s.contains("@depth"));
            final List<String> received = client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(20));
            assertThat(received).containsExactlyElementsOf(expected);
            awaitFinished(sim);
            final long endMs = lines.get(lines.size() - 1).timeNs() / 1_000_000;

            for (final String symbol : List.of("SUSHIUSDT", "AKROUSDT", "KEEPUSDT", "CTKUSDT"))
            {
                final String body = get(http, sim, "/fapi/v1/depth?symbol=" + symbol + "&limit=1000").body();
                final Map<String, Object> snapshot = Json.object(body);
                final long lastU = received.stream().filter(f -> f.contains(symbol)).mapToLong(SimulatorRestTest::u).max().orElseThrow();
                final ReferenceBook reference = Captures.bookAt(lines, symbol, lastU);

                assertThat(snapshot.keySet()).containsExactly("lastUpdateId", "E", "T", "bids", "asks");
                assertThat(snapshot.get("lastUpdateId")).isEqualTo(lastU);
                assertThat((Long)snapshot.get("E")).isBetween(endMs - 1000, endMs);
                assertThat(snapshot.get("bids")).as(symbol).isEqualTo(reference.bids(1000));
                assertThat(snapshot.get("asks")).as(symbol).isEqualTo(reference.asks(1000));
            }
            assertThat(get(http, sim, "/fapi/v1/depth?symbol=SUSHIUSDT&limit=1").body())
                .matches("\\{\"lastUpdateId\":\\d+,\"E\":\\d+,\"T\":\\d+,\"bids\":\\[\\[\"\\d+\\.\\d{4}\",\"\\d+\"]],\"asks\":\\[\\[\"\\d+\\.\\d{4}\",\"\\d+\"]]}");
        }
    }

    @Test
    void shouldAnswerBadRequestsLikeBinance() throws Exception
    {
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(100, btc))
        {
            assertError(get(http, sim, "/api/v3/depth?symbol=NOPEUSDT"), 400, -1121);
            assertError(get(http, sim, "/api/v3/depth"), 400, -1102);
            assertError(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=abc"), 400, -1100);
            assertError(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=0"), 400, -1100);
            assertThat(get(http, sim, "/api/v3/ticker?symbol=BTCUSDT").statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(sim.restUrl().resolve("/api/v3/depth?symbol=BTCUSDT"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(get(http, sim, "/api/v3/ping").body()).isEqualTo("{}");

            final Map<String, Object> capped = Json.object(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=99999").body());
            assertThat(capped.keySet()).as("a limit above 5000 is cut to 5000, not refused").contains("bids", "asks");
            assertThat((List<?>)capped.get("bids")).as("all the recorded snapshot holds").hasSize(1000);
        }
    }

    @Test
    void shouldCountUsedWeightAndKeepConnectionsAlive() throws Exception
    {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ExchangeSimulator sim = simulator(100, btc))
        {
            final List<String> used = new ArrayList<>();
            for (final String limit : List.of("100", "500", "1000", "5000"))
            {
                used.add(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=" + limit).headers().firstValue("X-MBX-USED-WEIGHT-1M").orElseThrow());
            }

            assertThat(used).containsExactly("5", "30", "80", "330");
            assertThat(sim.stats().tcpConnectionsAccepted()).as("one kept-alive connection").isEqualTo(1);
            assertThat(sim.stats().restRequests()).isEqualTo(4);
        }
    }

    static HttpResponse<String> get(final HttpClient http, final ExchangeSimulator sim, final String pathAndQuery) throws Exception
    {
        return http.send(HttpRequest.newBuilder(URI.create(sim.restUrl() + pathAndQuery)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    static long u(final String frame)
    {
        final int at = frame.indexOf(",\"u\":");
        return Long.parseLong(frame.substring(at + 5, frame.indexOf(',', at + 5)));
    }

    private static void assertError(final HttpResponse<String> response, final int status, final long code)
    {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(Json.object(response.body())).containsEntry("code", code).containsKey("msg");
    }
}
