package io.ringwall.gateways.sim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A plain JDK WebSocket client for the tests: keeps every text message it receives, in order.
 */
final class JdkWsClient implements WebSocket.Listener, AutoCloseable
{
    private final List<String> messages = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private WebSocket socket;

    static JdkWsClient connect(final HttpClient http, final URI uri)
    {
        final JdkWsClient client = new JdkWsClient();
        client.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, client).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last)
    {
        synchronized (this)
        {
            partial.append(data);
            if (last)
            {
                messages.add(partial.toString());
                partial.setLength(0);
                notifyAll();
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(final WebSocket webSocket, final int statusCode, final String reason)
    {
        ended.complete("close " + statusCode);
        return null;
    }

    @Override
    public void onError(final WebSocket webSocket, final Throwable error)
    {
        ended.complete("error " + error);
    }

    void send(final String text)
    {
        socket.sendText(text, true).join();
    }

    synchronized List<String> messages()
    {
        return new ArrayList<>(messages);
    }

    synchronized int count()
    {
        return messages.size();
    }

    /**
     * Waits until the messages received pass a test.
     *
     * @param test    what to wait for.
     * @param timeout how long at most.
     * @return the messages then (the test may have failed on timeout).
     */
    synchronized List<String> await(final Predicate<List<String>> test, final Duration timeout) throws InterruptedException
    {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!test.test(messages))
        {
            final long left = deadline - System.nanoTime();
            if (left <= 0)
            {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return new ArrayList<>(messages);
    }

    /** @return how the connection ended, once it has. */
    CompletableFuture<String> ended()
    {
        return ended;
    }

    @Override
    public void close()
    {
        socket.abort();
    }
}
