package io.ringwall.gateways.sim;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Faults the exchange simulator can inject, to drill a client's gap detection, resync and reconnect:
 * dropped frames, killed or stalled connections, a planned server shutdown, slow or failing REST. Every
 * method may be called from any thread, at any time after the simulator is built; each fault is counted
 * in {@link SimulatorStats}.
 */
public final class SimulatorFaults
{
    /** How long after a serverShutdown notice the connections are closed, unless told otherwise. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofMillis(500);

    private final SimClients clients;
    private final SimulatorStats stats;
    private final LongSupplier playTimeMs;
    private final Map<String, AtomicInteger> drops = new ConcurrentHashMap<>();
    private volatile long restDelayNs;
    private int restErrorStatus;
    private int restErrorsLeft;
    private int restRetryAfterSeconds;

    /**
     * An injected REST error.
     *
     * @param status            the HTTP status.
     * @param retryAfterSeconds the Retry-After header, 0 for none.
     */
    record RestError(int status, int retryAfterSeconds)
    {
    }

    SimulatorFaults(final SimClients clients, final SimulatorStats stats, final LongSupplier playTimeMs)
    {
        this.clients = clients;
        this.stats = stats;
        this.playTimeMs = playTimeMs;
    }

    /**
     * Drops the next {@code n} played frames of one symbol's stream type: the book still advances, the
     * frames never reach any client, so a client sees a gap it must detect and repair with a snapshot.
     * Calls add up.
     *
     * @param symbol     the symbol, any case.
     * @param streamType depth (any diff-depth speed), trade, aggTrade, bookTicker…
     * @param n          how many.
     */
    public void dropNextFrames(final String symbol, final String streamType, final int n)
    {
        if (n < 0)
        {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        drops.computeIfAbsent(dropKey(symbol, StreamNames.normaliseType(streamType)), k -> new AtomicInteger()).addAndGet(n);
    }

    /**
     * Closes every client's connection abruptly: a TCP close without a WebSocket close frame.
     */
    public void closeConnections()
    {
        for (final SimClient client : clients)
        {
            if (client.markClosing())
            {
                stats.connectionsKilled.incrementAndGet();
                client.channel().close();
            }
        }
    }

    /**
     * Closes every client's connection with a WebSocket close frame (1001, going away).
     */
    public void closeConnectionsGracefully()
    {
        for (final SimClient client : clients)
        {
            if (client.markClosing())
            {
                stats.connectionsKilled.incrementAndGet();
                closeGracefully(client.channel());
            }
        }
    }

    /**
     * Sends nothing to the clients connected now (frames, pings, pongs) for a while, as a dead network
     * path would, while the timeline and the books keep advancing: what is played meanwhile is lost to
     * them. A client whose stall timeout is shorter must reconnect; clients that connect meanwhile are
     * served normally.
     *
     * @param duration how long.
     */
    public void stall(final Duration duration)
    {
        final long until = System.nanoTime() + duration.toNanos();
        for (final SimClient client : clients)
        {
            client.stallUntil(until);
        }
        stats.stalls.incrementAndGet();
    }

    /**
     * Announces a planned shutdown to every client, as Binance does
     * ({@code {"stream":"!serverShutdown","data":{"e":"serverShutdown","E":<ms>}}}), then closes the
     * connections {@link #DEFAULT_SHUTDOWN_GRACE} later.
     */
    public void serverShutdown()
    {
        serverShutdown(DEFAULT_SHUTDOWN_GRACE);
    }

    /**
     * Announces a planned shutdown to every client, then closes the connections a little later.
     *
     * @param grace how long after the notice the connections are closed.
     */
    public void serverShutdown(final Duration grace)
    {
        final String data = "{\"e\":\"serverShutdown\",\"E\":" + playTimeMs.getAsLong() + "}";
        final String combined = "{\"stream\":\"!serverShutdown\",\"data\":" + data + "}";
        final long now = System.nanoTime();
        for (final SimClient client : clients)
        {
            if (client.closing())
            {
                continue;
            }
            final Channel channel = client.channel();
            if (!client.stalled(now))
            {
                stats.serverShutdownsSent.incrementAndGet();
                channel.writeAndFlush(new TextWebSocketFrame(Unpooled.copiedBuffer(client.raw() ? data : combined, StandardCharsets.US_ASCII)));
            }
            channel.eventLoop().schedule(() ->
            {
                if (client.markClosing())
                {
                    stats.connectionsKilled.incrementAndGet();
                    closeGracefully(channel);
                }
            }, grace.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Delays every REST answer from now on (zero to stop).
     *
     * @param delay the delay.
     */
    public void restDelay(final Duration delay)
    {
        restDelayNs = Math.max(0, delay.toNanos());
    }

    /**
     * Answers the next {@code n} REST calls with an error: 429 or 418 (with Retry-After when
     * {@code retryAfterSeconds > 0}, and Binance's -1003 body), or a 5xx.
     *
     * @param status            the HTTP status, 400 to 599.
     * @param n                 how many calls.
     * @param retryAfterSeconds the Retry-After header, 0 for none.
     */
    public synchronized void restErrors(final int status, final int n, final int retryAfterSeconds)
    {
        if (status < 400 || status > 599 || n < 0 || retryAfterSeconds < 0)
        {
            throw new IllegalArgumentException("restErrors(" + status + ", " + n + ", " + retryAfterSeconds + ")");
        }
        restErrorStatus = status;
        restErrorsLeft = n;
        restRetryAfterSeconds = retryAfterSeconds;
    }

    /**
     * Cancels pending frame drops, REST delay and REST errors (stalls and closes already done stay done).
     */
    public void clear()
    {
        drops.clear();
        restDelayNs = 0;
        synchronized (this)
        {
            restErrorsLeft = 0;
        }
    }

    boolean takeDrop(final String symbol, final String type)
    {
        if (drops.isEmpty())
        {
            return false;
        }
        final AtomicInteger left = drops.get(dropKey(symbol, type));
        if (left == null)
        {
            return false;
        }
        int n;
        do
        {
            n = left.get();
            if (n <= 0)
            {
                return false;
            }
        }
        while (!left.compareAndSet(n, n - 1));
        stats.framesDropped.incrementAndGet();
        return true;
    }

    long restDelayNs()
    {
        return restDelayNs;
    }

    synchronized RestError takeRestError()
    {
        if (restErrorsLeft <= 0)
        {
            return null;
        }
        restErrorsLeft--;
        stats.restErrorsServed.incrementAndGet();
        return new RestError(restErrorStatus, restRetryAfterSeconds);
    }

    private static void closeGracefully(final Channel channel)
    {
        channel.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE))
            .addListener(ChannelFutureListener.CLOSE);
    }

    private static String dropKey(final String symbol, final String type)
    {
        return symbol.toUpperCase(Locale.ROOT) + '@' + type;
    }
}
