package io.ringwall.gateways.sim;

import io.ringwall.gateways.capture.CaptureFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's WebSocket side against the real recordings: subscribed streams only, byte for byte as
 * recorded, in order, from the point where each book is established; captures merged by receive time;
 * raw mode and live SUBSCRIBE; playback paced and started by the first subscriber.
 */
class SimulatorStreamTest
{
    @TempDir
    static Path dir;

    private static Path btc;
    private static Path eth;
    private static List<Captures.Line> btcLines;
    private static List<Captures.Line> ethLines;
    private static HttpClient http;

    @BeforeAll
    static void portions()
    {
        btc = Captures.portion(Captures.BTCUSDT, 3000, dir);
        eth = Captures.portion(Captures.ETHUSDT, 3000, dir);
        btcLines = Captures.hftbacktest(btc);
        ethLines = Captures.hftbacktest(eth);
        http = HttpClient.newHttpClient();
    }

    @Test
    void shouldSendOnlySubscribedStreamsByteIdenticalAndInRecordedOrder() throws Exception
    {
        final List<String> expected = Captures.expected(btcLines, s -> s.equals("btcusdt@depth@100ms") || s.equals("btcusdt@trade"));
        try (ExchangeSimulator sim = simulator(200, btc);
             JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@depth@100ms/btcusdt@trade")))
        {
            final List<String> received = client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(20));
            awaitFinished(sim);
            Thread.sleep(50);

            assertThat(client.messages()).hasSize(expected.size());
            assertThat(received).containsExactlyElementsOf(expected);
            assertThat(sim.stats().framesSkippedAtLoad()).isEqualTo(Captures.establishment(btcLines, "BTCUSDT"));
            assertThat(sim.stats().framesSent()).isEqualTo(expected.size());
        }
    }

    @Test
    void shouldServeTheRecordedDepthStreamToAClientAskingForPlainDepth() throws Exception
    {
        final List<String> expected = Captures.expected(btcLines, s -> s.equals("btcusdt@depth@100ms") || s.equals("btcusdt@bookTicker"));
        try (ExchangeSimulator sim = simulator(200, btc);
             JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@depth/BTCUSDT@bookTicker/ethusdt@trade")))
        {
            final List<String> received = client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(20));

            assertThat(received).containsExactlyElementsOf(expected);
            assertThat(received.get(0)).startsWith("{\"stream\":\"btcusdt@depth@100ms\"");
        }
    }

    @Test
    void shouldMergeCapturesByReceiveTime() throws Exception
    {
        final List<Captures.Line> both = new ArrayList<>();
        final List<String> btcTrades = Captures.expected(btcLines, s -> s.endsWith("@trade"));
        final List<String> ethTrades = Captures.expected(ethLines, s -> s.endsWith("@trade"));
        for (final Captures.Line l : btcLines)
        {
            if (btcTrades.contains(l.text()))
            {
                both.add(l);
            }
        }
        for (final Captures.Line l : ethLines)
        {
            if (ethTrades.contains(l.text()))
            {
                both.add(l);
            }
        }
        both.sort(Comparator.comparingLong(Captures.Line::timeNs));
        final List<String> expected = both.stream().map(Captures.Line::text).toList();

        try (ExchangeSimulator sim = simulator(200, btc, eth);
             JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@trade/ethusdt@trade")))
        {
            final List<String> received = client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(20));

            assertThat(received).containsExactlyElementsOf(expected);
            assertThat(received).anyMatch(m -> m.contains("ethusdt@trade")).anyMatch(m -> m.contains("btcusdt@trade"));
        }
    }

    @Test
    void shouldSendThePayloadAloneInRawMode() throws Exception
    {
        final List<String> expected = Captures.expected(btcLines, s -> s.equals("btcusdt@trade")).stream()
            .map(t -> t.substring(t.indexOf("\"data\":") + 7, t.length() - 1))
            .toList();
        try (ExchangeSimulator sim = simulator(200, btc);
             JdkWsClient client = JdkWsClient.connect(http, URI.create(sim.restUrl().toString().replace("http", "ws") + "/ws/btcusdt@trade")))
        {
            final List<String> received = client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(20));

            assertThat(received).containsExactlyElementsOf(expected);
            assertThat(received.get(0)).startsWith("{\"e\":\"trade\"");
        }
    }

    @Test
    void shouldStartPlaybackOnALiveSubscribeAndAnswerIt() throws Exception
    {
        final List<String> expected = Captures.expected(btcLines, s -> s.equals("btcusdt@trade"));
        try (ExchangeSimulator sim = simulator(200, btc);
             JdkWsClient client = JdkWsClient.connect(http, sim.wsUrl()))
        {
            Thread.sleep(100);
            assertThat(sim.isPlaying()).as("no subscription yet").isFalse();

            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\"],\"id\":1}");
            final List<String> received = client.await(m -> m.size() >= expected.size() + 1, Duration.ofSeconds(20));

            assertThat(received.get(0)).isEqualTo("{\"result\":null,\"id\":1}");
            assertThat(received.subList(1, received.size())).containsExactlyElementsOf(expected);

            client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":\"abc\"}");
            client.send("{\"method\":\"NOPE\",\"id\":3}");
            final List<String> replies = client.await(m -> m.size() >= expected.size() + 3, Duration.ofSeconds(5));
            assertThat(replies.subList(replies.size() - 2, replies.size())).containsExactly(
                "{\"result\":[\"btcusdt@trade\"],\"id\":\"abc\"}",
                "{\"error\":{\"code\":2,\"msg\":\"Invalid request: unknown method\"},\"id\":3}");
        }
    }

    @Test
    void shouldWaitForTheFirstSubscriberThenPlayAtTheRequestedSpeed() throws Exception
    {
        final Path part = Captures.portion(Captures.BTCUSDT, 2000, dir);
        final List<Captures.Line> lines = Captures.hftbacktest(part);
        final List<String> expected = Captures.expected(lines, s -> s.startsWith("btcusdt@"));
        final long recordedNs = lines.get(lines.size() - 1).timeNs() - lines.get(Captures.establishment(lines, "BTCUSDT")).timeNs();
        final double speed = 25;
        try (ExchangeSimulator sim = simulator(speed, part))
        {
            Thread.sleep(300);
            assertThat(sim.stats().framesPlayed()).as("nothing plays before a client subscribes").isZero();

            final long startNs = System.nanoTime();
            try (JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@depth@100ms/btcusdt@trade/btcusdt@bookTicker")))
            {
                client.await(m -> m.size() >= expected.size(), Duration.ofSeconds(20));
                final long tookNs = System.nanoTime() - startNs;

                assertThat(client.messages()).containsExactlyElementsOf(expected);
                assertThat(tookNs).as("played %.1f s of recording at %sx", recordedNs / 1e9, speed)
                    .isBetween((long)(recordedNs / speed * 0.9), (long)(recordedNs / speed) + 1_500_000_000L);
                awaitFinished(sim);
            }
        }
    }

    static ExchangeSimulator simulator(final double speed, final Path... captures) throws Exception
    {
        final ExchangeSimulator.Builder b = ExchangeSimulator.builder().speed(speed);
        for (final Path p : captures)
        {
            b.capture(p, CaptureFormat.HFTBACKTEST);
        }
        return b.build().start();
    }

    static URI streams(final ExchangeSimulator sim, final String streams)
    {
        return URI.create(sim.wsUrl() + "?streams=" + streams);
    }

    static void awaitFinished(final ExchangeSimulator sim) throws InterruptedException
    {
        final long deadline = System.nanoTime() + 30_000_000_000L;
        while (!sim.isFinished() && System.nanoTime() < deadline)
        {
            Thread.sleep(10);
        }
        assertThat(sim.isFinished()).as("recording played out").isTrue();
    }
}
