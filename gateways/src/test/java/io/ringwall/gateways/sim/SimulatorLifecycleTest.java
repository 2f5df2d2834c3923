package io.ringwall.gateways.sim;

import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.capture.CaptureFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.ringwall.gateways.sim.SimulatorRestTest.get;
import static io.ringwall.gateways.sim.SimulatorRestTest.u;
import static io.ringwall.gateways.sim.SimulatorStreamTest.awaitFinished;
import static io.ringwall.gateways.sim.SimulatorStreamTest.simulator;
import static io.ringwall.gateways.sim.SimulatorStreamTest.streams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulator's life: loopback by default, what it does when the recording ends, refusing bad settings,
 * and leaving no thread behind.
 */
class SimulatorLifecycleTest
{
    @TempDir
    static Path dir;

    private static Path btc;

    @BeforeAll
    static void portion()
    {
        btc = Captures.portion(Captures.BTCUSDT, 2000, dir);
    }

    @Test
    void shouldEndEveryThreadItStartedOnCloseAndCloseOnlyOnce() throws Exception
    {
        final ExchangeSimulator sim = ExchangeSimulator.builder().capture(btc, CaptureFormat.HFTBACKTEST)
            .speed(50).pingInterval(Duration.ofMillis(20)).build().start();
        try (RawWsClient client = RawWsClient.connect(streams(sim, "btcusdt@trade"), true, 0))
        {
            client.await(c -> c.frames(RawWsClient.TEXT).size() >= 3, Duration.ofSeconds(5));
            assertThat(simulatorThreads()).isNotEmpty();

            sim.close();
            sim.close();
            client.await(RawWsClient::ended, Duration.ofSeconds(5));

            assertThat(client.ended()).as("clients are disconnected").isTrue();
        }
        final long deadline = System.nanoTime() + 2_000_000_000L;
        while (!simulatorThreads().isEmpty() && System.nanoTime() < deadline)
        {
            Thread.sleep(10);
        }
        assertThat(simulatorThreads()).isEmpty();
    }

    @Test
    void shouldKeepClientsConnectedAndAnswerTheFinalBookWhenTheRecordingEnds() throws Exception
    {
        final List<Captures.Line> lines = Captures.hftbacktest(btc);
        final HttpClient http = HttpClient.newHttpClient();
        try (ExchangeSimulator sim = simulator(200, btc);
             JdkWsClient client = JdkWsClient.connect(http, streams(sim, "btcusdt@depth@100ms")))
        {
            awaitFinished(sim);
            Thread.sleep(200);
            client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":7}");
            final List<String> messages = client.await(m -> m.get(m.size() - 1).contains("\"id\":7"), Duration.ofSeconds(5));

            assertThat(client.ended()).as("still connected").isNotDone();
            assertThat(messages.get(messages.size() - 1)).isEqualTo("{\"result\":[\"btcusdt@depth@100ms\"],\"id\":7}");
            final long lastU = u(messages.get(messages.size() - 2));
            final Map<String, Object> book = Json.object(get(http, sim, "/api/v3/depth?symbol=BTCUSDT&limit=1000").body());
            assertThat(book.get("lastUpdateId")).isEqualTo(lastU);
            assertThat(book.get("bids")).isEqualTo(Captures.bookAt(lines, "BTCUSDT", lastU).bids(1000));
            assertThat(sim.stats().framesPlayed()).isEqualTo(sim.stats().timelineFrames());
        }
    }

    @Test
    void shouldListenOnLoopbackAtTheChosenPort() throws Exception
    {
        final int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            free = probe.getLocalPort();
        }
        try (ExchangeSimulator any = simulator(1, btc);
             ExchangeSimulator fixed = ExchangeSimulator.builder().capture(btc, CaptureFormat.HFTBACKTEST).port(free).build().start())
        {
            assertThat(any.port()).isPositive();
            assertThat(any.wsUrl()).hasToString("ws://127.0.0.1:" + any.port() + "/stream");
            assertThat(any.restUrl()).hasToString("http://127.0.0.1:" + any.port());
            assertThat(fixed.port()).isEqualTo(free);

            assertThatThrownBy(() -> ExchangeSimulator.builder().capture(btc, CaptureFormat.HFTBACKTEST).port(free).build().start())
                .isInstanceOf(IOException.class).hasMessageContaining(String.valueOf(free));
            assertThatThrownBy(any::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldRefuseSettingsItCannotServe()
    {
        assertThatThrownBy(() -> ExchangeSimulator.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ExchangeSimulator.builder().speed(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeSimulator.builder().speed(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeSimulator.builder().venue(Venue.KRAKEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeSimulator.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeSimulator.builder().pingInterval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeSimulator.builder().capture(dir.resolve("missing.gz"), CaptureFormat.HFTBACKTEST).build().start())
            .isInstanceOf(IOException.class);
    }

    private static List<String> simulatorThreads()
    {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(n -> n.startsWith("ringwall-sim"))
            .toList();
    }
}
