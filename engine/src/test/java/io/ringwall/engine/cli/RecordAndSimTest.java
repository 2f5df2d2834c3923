package io.ringwall.engine.cli;

import io.ringwall.codecs.test.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code record} writes what a venue sends (here the simulator) in the hftbacktest format, and what it
 * writes imports back into books that sync; {@code sim} serves a recording alone and ends with it.
 */
class RecordAndSimTest
{
    @Test
    void shouldRecordFramesAndSnapshotsThatImportIntoSyncedBooks(@TempDir final Path dir) throws Exception
    {
        final Path data = TestData.path("binance-spot").getParent();
        final Path config = dir.resolve("record.yaml");
        Files.writeString(config, String.join("\n",
            "simulator: { enabled: true, venue: binance, speed: 30, captures: [ '" + data.resolve("binance-spot/btcusdt_20240808.gz") +
                "', '" + data.resolve("binance-spot/ethusdt_20240808.gz") + "' ] }",
            "venues: { binance: { endpoint: simulator } }",
            "instruments:",
            "  - { venue: binance, symbol: BTCUSDT, priceScale: 2, qtyScale: 8 }",
            "  - { venue: binance, symbol: ETHUSDT, priceScale: 2, qtyScale: 8 }"), StandardCharsets.UTF_8);
        final Path capture = dir.resolve("recorded.gz");

        final Cli.Result record = Cli.run("record", "--config", config.toString(), "--out", capture.toString(), "--duration", "8s");
        assertThat(record.exit()).as(record.err()).isZero();
        assertThat(record.out()).contains("2 snapshots");

        final Path journal = dir.resolve("j");
        final Cli.Result imported = Cli.run("import", "--journal", journal.toString(), "--venue", "binance", "--config", config.toString(),
            "--json", capture.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(Cli.field(imported.out(), "snapshots")).isEqualTo("2");
        assertThat(Cli.field(imported.out(), "rejected")).isEqualTo("0");

        final Cli.Result verify = Cli.run("verify", "--journal", journal.toString(), "--json");
        assertThat(verify.out()).contains("\"symbol\":\"BTCUSDT\"", "\"symbol\":\"ETHUSDT\"")
            .doesNotContain("\"state\":\"SYNCING\"", "\"state\":\"INVALID\"", "\"gaps\":1", "\"tickerMismatches\":1");
    }

    @Test
    void shouldServeARecordingAloneToAClientAndStopAtItsEnd() throws Exception
    {
        final int port;
        try (ServerSocket probe = new ServerSocket(0))
        {
            port = probe.getLocalPort();
        }
        // Its own thread, not the common pool: on two cores that pool has one thread, and the JDK's HttpClient
        // (JDK 25) runs handshake stages there, so a simulator blocking it would hang the client's handshake.
        final ExecutorService simThread = Executors.newSingleThreadExecutor();
        final CompletableFuture<Cli.Result> sim = CompletableFuture.supplyAsync(() -> Cli.run("sim",
            "--capture", TestData.path("binance-spot/BINANCE.ws.1.0").toString(), "--speed", "500", "--port", Integer.toString(port)),
            simThread);

        // playback starts when the first client subscribes
        final AtomicInteger frames = new AtomicInteger();
        try
        {
            serveToOneClient(port, frames, sim);
        }
        finally
        {
            // Cli.run is one at a time: a simulator left waiting for a client would block every later test
            if (!sim.isDone())
            {
                connect(URI.create("ws://127.0.0.1:" + port + "/stream?streams=nknusdt@depth@100ms"), new AtomicInteger());
                sim.get(60, TimeUnit.SECONDS);
            }
            simThread.shutdown();
        }
    }

    private static void serveToOneClient(final int port, final AtomicInteger frames, final CompletableFuture<Cli.Result> sim)
        throws Exception
    {
        final URI uri = URI.create("ws://127.0.0.1:" + port + "/stream?streams=nknusdt@depth@100ms/nknusdt@bookTicker");
        // Retry while the port refuses; a slow handshake is waited for, never abandoned: the abandoned client
        // would take the playback (it starts with the first connection) and leave the next one nothing.
        WebSocket ws = null;
        for (int attempt = 0; ws == null && attempt < 100; attempt++)
        {
            ws = connect(uri, frames);
        }
        assertThat(ws).isNotNull();
        final Cli.Result result = sim.get(60, TimeUnit.SECONDS);
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("simulator: WebSocket ws://127.0.0.1:" + port).contains("recording finished");
        assertThat(frames.get()).isGreaterThan(200);   // 150 NKNUSDT diffs and 74 tickers, less the few before its book
    }

    /** One connection: the socket, or null when the simulator is not listening yet. */
    private static WebSocket connect(final URI uri, final AtomicInteger frames) throws InterruptedException, TimeoutException
    {
        try
        {
            // a connect timeout makes "not listening yet" fail fast on every JDK (25 may otherwise wait on it)
            return HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(1)).build()
                .newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener()
            {
                @Override
                public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last)
                {
                    frames.incrementAndGet();
                    webSocket.request(1);
                    return null;
                }
            }).get(60, TimeUnit.SECONDS);
        }
        catch (final ExecutionException notListeningYet)
        {
            Thread.sleep(100);
            return null;
        }
    }
}
