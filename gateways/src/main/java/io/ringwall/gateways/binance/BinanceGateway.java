package io.ringwall.gateways.binance;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.gateways.Backoff;
import io.ringwall.gateways.SnapshotRequests;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Binance market-data gateway: one combined-stream WebSocket (diff depth, trades, book ticker for every
 * instrument) and REST depth snapshots on request. Everything it delivers reaches the feed handler on its
 * single event-loop thread, so the handler needs no locks. It reconnects with exponential backoff and
 * jitter, treats silence as a dead connection, reconnects before the venue's 24-hour cut and on
 * {@code serverShutdown}, and paces snapshots within the venue's REST weight budget and any Retry-After.
 * It decides nothing about books: the business logic asks for snapshots and judges the data.
 */
public final class BinanceGateway implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(BinanceGateway.class);
    private static final int MAX_FRAME_BYTES = 16 << 20;
    private static final long SNAPSHOT_POLL_MS = 10;
    private static final long SNAPSHOT_TIMEOUT_MS = 10_000;
    private static final long SNAPSHOT_SPACING_RESET_MS = 60_000;

    private final GatewaySettings settings;
    private final List<Instrument> instruments;
    private final Instrument[] byId;
    private final BinanceFeedHandler handler;
    private final EpochNanoClock clock;
    private final SnapshotRequests requests;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final HttpClient http;
    private final Backoff reconnectBackoff;
    private final RestWeightBudget budget;
    private final SslContext sslContext;
    private final URI streamUri;
    private final boolean[] snapshotInFlight;
    private final boolean[] snapshotScheduled;
    private final long[] lastSnapshotMs;
    private final long[] snapshotNotBeforeMs;
    private final Backoff[] snapshotBackoff;
    private final UnsafeBuffer frameView = new UnsafeBuffer(0, 0);
    private UnsafeBuffer copyBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(64 * 1024));

    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong disconnects = new AtomicLong();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong snapshotsRequested = new AtomicLong();
    private final AtomicLong snapshotsFailed = new AtomicLong();

    private volatile boolean running;
    private Channel channel;
    private boolean receivedSinceConnect;
    private boolean reconnectImmediately;
    private String closeReason;
    private long retryAfterUntilMs;
    private ScheduledFuture<?> ageTimer;

    /**
     * @param settings    connection settings.
     * @param instruments the instruments to subscribe (all of this venue).
     * @param handler     where frames, snapshots and status go (called on the gateway's thread).
     * @param clock       stamps receive times.
     * @param requests    snapshot requests from the logic (or the recorder).
     */
    public BinanceGateway(
        final GatewaySettings settings,
        final List<Instrument> instruments,
        final BinanceFeedHandler handler,
        final EpochNanoClock clock,
        final SnapshotRequests requests)
    {
        if (!Venues.isBinance(settings.venue()))
        {
            throw new IllegalArgumentException("not a Binance venue: " + settings.venue());
        }
        this.settings = settings;
        this.instruments = List.copyOf(instruments);
        this.handler = handler;
        this.clock = clock;
        this.requests = requests;
        int maxId = 0;
        for (final Instrument i : instruments)
        {
            if (i.venue() != settings.venue())
            {
                throw new IllegalArgumentException(i + " is not on " + settings.venue());
            }
            maxId = Math.max(maxId, i.id());
        }
        this.byId = new Instrument[maxId + 1];
        for (final Instrument i : instruments)
        {
            byId[i.id()] = i;
        }
        this.snapshotInFlight = new boolean[maxId + 1];
        this.snapshotScheduled = new boolean[maxId + 1];
        this.lastSnapshotMs = new long[maxId + 1];
        this.snapshotNotBeforeMs = new long[maxId + 1];
        this.snapshotBackoff = new Backoff[maxId + 1];
        for (final Instrument i : instruments)
        {
            snapshotBackoff[i.id()] = new Backoff(1_000, 60_000, i.id());
        }
        this.group = new MultiThreadIoEventLoopGroup(1,
            new DefaultThreadFactory("ringwall-gw-" + Venues.configName(settings.venue()), true), NioIoHandler.newFactory());
        this.loop = group.next();
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
        this.reconnectBackoff = new Backoff(settings.reconnectDelayMs(), settings.reconnectMaxDelayMs(), System.nanoTime());
        this.budget = new RestWeightBudget(settings.restWeightPerMinute());
        this.streamUri = streamUri(settings, instruments);
        this.sslContext = "wss".equalsIgnoreCase(streamUri.getScheme()) ? clientSsl() : null;
    }

    /**
     * The combined-stream URL for a set of instruments, e.g.
     * {@code …/stream?streams=btcusdt@depth@100ms/btcusdt@trade/btcusdt@bookTicker}.
     *
     * @param settings    connection settings.
     * @param instruments the instruments.
     * @return the URL.
     */
    public static URI streamUri(final GatewaySettings settings, final List<Instrument> instruments)
    {
        final List<String> streams = new ArrayList<>();
        for (final Instrument i : instruments)
        {
            final String symbol = i.symbol().toLowerCase(Locale.ROOT);
            streams.add(symbol + "@" + settings.depthStream());
            if (!"none".equals(settings.tradeStream()))
            {
                streams.add(symbol + "@" + settings.tradeStream());
            }
            if (settings.bookTicker())
            {
                streams.add(symbol + "@bookTicker");
            }
        }
        if (streams.size() > 1024)
        {
            throw new IllegalArgumentException("Binance allows 1024 streams per connection, " + streams.size() + " asked");
        }
        final String base = settings.wsUrl().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + "streams=" + String.join("/", streams));
    }

    /**
     * Connects, and keeps connecting until closed.
     */
    public void start()
    {
        running = true;
        loop.execute(this::connect);
        if (requests != null)
        {
            loop.scheduleAtFixedRate(this::pollSnapshotRequests, SNAPSHOT_POLL_MS, SNAPSHOT_POLL_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Drops the connection and reconnects at once (a {@code serverShutdown} notice, or an operator).
     * Call from the gateway's thread (the feed handler runs there).
     *
     * @param reason why, for the operator.
     */
    public void reconnectNow(final String reason)
    {
        loop.execute(() ->
        {
            final Channel ch = channel;
            if (ch != null && ch.isActive())
            {
                LOG.info("{}: reconnecting now: {}", Venues.configName(settings.venue()), reason);
                reconnectImmediately = true;
                closeReason = "reconnect: " + reason;
                ch.close();
            }
        });
    }

    /**
     * Asks for a snapshot of one instrument directly (the recorder uses this; the engine goes through
     * {@link SnapshotRequests}).
     *
     * @param instrumentId the instrument.
     */
    public void requestSnapshot(final int instrumentId)
    {
        loop.execute(() -> fetchSnapshot(instrumentId));
    }

    /** @return the URL the gateway subscribes with. */
    public URI streamUri()
    {
        return streamUri;
    }

    /** @return successful connections so far. */
    public long connects()
    {
        return connects.get();
    }

    /** @return connections lost so far. */
    public long disconnects()
    {
        return disconnects.get();
    }

    /** @return frames received. */
    public long frames()
    {
        return frames.get();
    }

    /** @return snapshots requested over REST. */
    public long snapshotsRequested()
    {
        return snapshotsRequested.get();
    }

    /** @return snapshot requests that failed. */
    public long snapshotsFailed()
    {
        return snapshotsFailed.get();
    }

    @Override
    public void close()
    {
        running = false;
        try
        {
            loop.submit(() ->
            {
                if (channel != null)
                {
                    channel.close();
                }
            }).await(2, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    private void connect()
    {
        if (!running)
        {
            return;
        }
        final String host = streamUri.getHost();
        final boolean tls = sslContext != null;
        final int port = streamUri.getPort() > 0 ? streamUri.getPort() : (tls ? 443 : 80);
        status(GatewayStatusCode.CONNECTING, 0, connects.get() + disconnects.get(), host + ":" + port);
        receivedSinceConnect = false;
        closeReason = "connection closed";

        final WebSocketClientProtocolConfig wsConfig = WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(streamUri)
            .maxFramePayloadLength(MAX_FRAME_BYTES)
            .handshakeTimeoutMillis(10_000)
            .handleCloseFrames(true)
            .dropPongFrames(true)
            .build();

        final Bootstrap bootstrap = new Bootstrap()
            .group(loop)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
            .handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    final ChannelPipeline p = ch.pipeline();
                    if (tls)
                    {
                        p.addLast(sslContext.newHandler(ch.alloc(), host, port));
                    }
                    p.addLast(new HttpClientCodec());
                    p.addLast(new HttpObjectAggregator(1 << 16));
                    p.addLast(new WebSocketClientProtocolHandler(wsConfig));
                    p.addLast(new WebSocketFrameAggregator(MAX_FRAME_BYTES));
                    p.addLast(new IdleStateHandler(settings.stallTimeoutMs(), 0, 0, TimeUnit.MILLISECONDS));
                    p.addLast(new FrameHandler());
                }
            });

        final ChannelFuture future = bootstrap.connect(host, port);
        channel = future.channel();
        future.addListener(f ->
        {
            if (!f.isSuccess())
            {
                status(GatewayStatusCode.DISCONNECTED, 0, 0, "connect failed: " + describe(f.cause()));
                scheduleReconnect();
            }
        });
    }

    private void scheduleReconnect()
    {
        if (!running)
        {
            return;
        }
        final long delay = reconnectImmediately ? 0 : reconnectBackoff.nextDelayMs();
        reconnectImmediately = false;
        status(GatewayStatusCode.RECONNECT_SCHEDULED, 0, delay, "reconnect in " + delay + " ms");
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void onConnected(final ChannelHandlerContext ctx)
    {
        connects.incrementAndGet();
        LOG.info("{}: connected to {}", Venues.configName(settings.venue()), streamUri.getHost());
        status(GatewayStatusCode.CONNECTED, 0, connects.get(), streamUri.getHost());
        ageTimer = loop.schedule(() ->
        {
            // Binance cuts every connection at 24 h; leave on our own terms before it does.
            reconnectImmediately = true;
            closeReason = "planned reconnect: connection age limit";
            ctx.close();
        }, settings.maxConnectionAgeMs(), TimeUnit.MILLISECONDS);
    }

    private void onDisconnected(final String reason)
    {
        if (ageTimer != null)
        {
            ageTimer.cancel(false);
            ageTimer = null;
        }
        if (!running)
        {
            // Our own close at shutdown is not news from the venue: the session simply ends here.
            return;
        }
        disconnects.incrementAndGet();
        LOG.warn("{}: disconnected: {}", Venues.configName(settings.venue()), reason);
        status(GatewayStatusCode.DISCONNECTED, 0, disconnects.get(), reason);
        scheduleReconnect();
    }

    private void onTextFrame(final ByteBuf content)
    {
        final long receiveTimeNs = clock.nanoTime();
        frames.incrementAndGet();
        if (!receivedSinceConnect)
        {
            receivedSinceConnect = true;
            reconnectBackoff.reset();
        }
        final int length = content.readableBytes();
        if (content.hasMemoryAddress())
        {
            frameView.wrap(content.memoryAddress() + content.readerIndex(), length);
        }
        else if (content.hasArray())
        {
            frameView.wrap(content.array(), content.arrayOffset() + content.readerIndex(), length);
        }
        else
        {
            // A composite buffer (a message that came in several WebSocket fragments): one copy.
            if (copyBuffer.capacity() < length)
            {
                copyBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Integer.highestOneBit(length) << 1));
            }
            content.getBytes(content.readerIndex(), copyBuffer.byteBuffer().duplicate().clear().limit(length));
            frameView.wrap(copyBuffer, 0, length);
        }
        handler.onFrame(frameView, 0, length, receiveTimeNs);
    }

    private void pollSnapshotRequests()
    {
        if (!requests.mayHaveRequests())
        {
            return;
        }
        for (final Instrument i : instruments)
        {
            if (requests.take(i.id()))
            {
                fetchSnapshot(i.id());
            }
        }
    }

    private void fetchSnapshot(final int instrumentId)
    {
        final Instrument instrument = instrumentId < byId.length ? byId[instrumentId] : null;
        if (!running || instrument == null || snapshotInFlight[instrumentId] || snapshotScheduled[instrumentId])
        {
            return;
        }
        // Asked again soon after the last one (a stale snapshot, a failure): space the requests out with a
        // backoff computed once per request, so a deferred request is not pushed further back each time.
        final long nowMs = System.currentTimeMillis();
        if (lastSnapshotMs[instrumentId] == 0 || nowMs - lastSnapshotMs[instrumentId] > SNAPSHOT_SPACING_RESET_MS)
        {
            snapshotBackoff[instrumentId].reset();
            snapshotNotBeforeMs[instrumentId] = 0;
        }
        else
        {
            snapshotNotBeforeMs[instrumentId] = lastSnapshotMs[instrumentId] + snapshotBackoff[instrumentId].nextDelayMs();
        }
        sendSnapshotRequest(instrument);
    }

    private void sendSnapshotRequest(final Instrument instrument)
    {
        final int instrumentId = instrument.id();
        if (!running)
        {
            return;
        }
        final long nowMs = System.currentTimeMillis();
        final long weight = settings.snapshotWeight();
        final long waitMs = Math.max(Math.max(retryAfterUntilMs - nowMs, budget.waitMs(nowMs, weight)),
            snapshotNotBeforeMs[instrumentId] - nowMs);
        if (waitMs > 0)
        {
            snapshotScheduled[instrumentId] = true;
            loop.schedule(() ->
            {
                snapshotScheduled[instrumentId] = false;
                sendSnapshotRequest(instrument);
            }, waitMs, TimeUnit.MILLISECONDS);
            return;
        }

        snapshotInFlight[instrumentId] = true;
        lastSnapshotMs[instrumentId] = nowMs;
        budget.spend(nowMs, weight);
        snapshotsRequested.incrementAndGet();
        status(GatewayStatusCode.SNAPSHOT_REQUESTED, instrumentId, snapshotBackoff[instrumentId].attempts() + 1, "");

        final URI uri = URI.create(settings.restUrl().toString().replaceAll("/+$", "") + settings.depthPath() +
            "?symbol=" + instrument.symbol() + "&limit=" + settings.snapshotLimit());
        final HttpRequest request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMillis(SNAPSHOT_TIMEOUT_MS))
            .header("Accept", "application/json")
            .GET()
            .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
            .whenComplete((response, error) -> loop.execute(() -> onSnapshotResponse(instrument, response, error)));
    }

    private void onSnapshotResponse(final Instrument instrument, final HttpResponse<byte[]> response, final Throwable error)
    {
        final int id = instrument.id();
        snapshotInFlight[id] = false;
        if (!running)
        {
            return;
        }
        final long receiveTimeNs = clock.nanoTime();
        if (error != null)
        {
            snapshotsFailed.incrementAndGet();
            status(GatewayStatusCode.SNAPSHOT_FAILED, id, 0, describe(error));
            return;
        }
        response.headers().firstValue("X-MBX-USED-WEIGHT-1M").ifPresent(used ->
        {
            try
            {
                budget.observeUsed(System.currentTimeMillis(), Long.parseLong(used.trim()));
            }
            catch (final NumberFormatException ignored)
            {
                // a venue header we cannot read is no reason to fail the snapshot
            }
        });
        final int code = response.statusCode();
        if (code == 200)
        {
            final byte[] body = response.body();
            handler.onSnapshot(instrument, new UnsafeBuffer(body), 0, body.length, receiveTimeNs);
            return;
        }
        snapshotsFailed.incrementAndGet();
        if (code == 429 || code == 418)
        {
            final long retryAfterSeconds = response.headers().firstValue("Retry-After").map(v ->
            {
                try
                {
                    return Long.parseLong(v.trim());
                }
                catch (final NumberFormatException ex)
                {
                    return 60L;
                }
            }).orElse(60L);
            retryAfterUntilMs = System.currentTimeMillis() + retryAfterSeconds * 1000;
            LOG.warn("{}: REST {} from the venue, no requests for {} s", Venues.configName(settings.venue()), code, retryAfterSeconds);
            status(GatewayStatusCode.SNAPSHOT_FAILED, id, code, "HTTP " + code + ", retry after " + retryAfterSeconds + " s");
            return;
        }
        status(GatewayStatusCode.SNAPSHOT_FAILED, id, code, "HTTP " + code);
    }

    private void status(final GatewayStatusCode code, final int instrumentId, final long detail, final String text)
    {
        handler.onStatus(code, instrumentId, detail, text, clock.nanoTime());
    }

    private static String describe(final Throwable t)
    {
        final Throwable cause = t.getCause() != null && t.getMessage() == null ? t.getCause() : t;
        final String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static SslContext clientSsl()
    {
        try
        {
            return SslContextBuilder.forClient().build();
        }
        catch (final SSLException ex)
        {
            throw new IllegalStateException("cannot build the TLS client context", ex);
        }
    }

    private final class FrameHandler extends SimpleChannelInboundHandler<WebSocketFrame>
    {
        @Override
        public void userEventTriggered(final ChannelHandlerContext ctx, final Object evt) throws Exception
        {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE)
            {
                onConnected(ctx);
            }
            else if (evt instanceof IdleStateEvent)
            {
                closeReason = "stalled: no frame for " + settings.stallTimeoutMs() + " ms";
                ctx.close();
            }
            else
            {
                super.userEventTriggered(ctx, evt);
            }
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final WebSocketFrame frame)
        {
            if (frame instanceof TextWebSocketFrame)
            {
                onTextFrame(frame.content());
            }
        }

        @Override
        public void channelInactive(final ChannelHandlerContext ctx)
        {
            onDisconnected(closeReason);
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            closeReason = describe(cause);
            ctx.close();
        }
    }
}
