package io.ringwall.gateways.sim;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.capture.CaptureFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local Binance exchange for offline runs and drills: serves recorded captures over loopback WebSocket
 * (combined streams, byte for byte as recorded) at a chosen speed, answers REST depth snapshots from its
 * own per-symbol books so that they agree with the stream at any moment, and injects faults on request.
 * Playback starts when the first client subscribes and then runs on its own, like a venue.
 * <pre>{@code
 * try (ExchangeSimulator sim = ExchangeSimulator.builder()
 *         .capture(Path.of("data/binance-spot/btcusdt_20240808.gz"), CaptureFormat.HFTBACKTEST)
 *         .speed(10).build().start())
 * {
 *     URI ws = sim.wsUrl();     // ws://127.0.0.1:<port>/stream, append ?streams=btcusdt@depth@100ms/btcusdt@trade
 *     URI rest = sim.restUrl(); // http://127.0.0.1:<port>, GET /api/v3/depth?symbol=BTCUSDT&limit=1000
 * }
 * }</pre>
 */
public final class ExchangeSimulator implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeSimulator.class);
    private static final int MAX_REQUEST_BYTES = 1 << 16;

    private final Venue venue;
    private final List<TimelineLoader.Source> captures;
    private final double speed;
    private final int requestedPort;
    private final String bindAddress;
    private final Duration pingInterval;
    private final int maxClientBacklogBytes;

    private final SimulatorStats stats = new SimulatorStats();
    private final SimClients clients = new SimClients();
    private final SimulatorFaults faults;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Timeline timeline;
    private Player player;
    private RestEndpoints rest;
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private Channel serverChannel;
    private int port;
    private String host;

    private ExchangeSimulator(final Builder b)
    {
        this.venue = b.venue;
        this.captures = List.copyOf(b.captures);
        this.speed = b.speed;
        this.requestedPort = b.port;
        this.bindAddress = b.bindAddress;
        this.pingInterval = b.pingInterval;
        this.maxClientBacklogBytes = b.maxClientBacklogBytes;
        this.faults = new SimulatorFaults(clients, stats, this::playTimeMs);
    }

    /** @return a builder. */
    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * Loads the captures, binds the server and starts the timeline thread (which waits for the first
     * subscriber).
     *
     * @return this.
     * @throws IOException if a capture cannot be read or the address cannot be bound.
     */
    public ExchangeSimulator start() throws IOException
    {
        if (!started.compareAndSet(false, true))
        {
            throw new IllegalStateException("already started");
        }
        timeline = TimelineLoader.load(captures);
        stats.timelineFrames.set(timeline.frames().size());
        stats.framesSkippedAtLoad.set(timeline.skipped());
        rest = new RestEndpoints(timeline.books(), stats, this::playTimeMs);
        player = new Player(timeline, clients, faults, stats, speed);

        bossGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ringwall-sim-accept", true), NioIoHandler.newFactory());
        workerGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ringwall-sim-io", true), NioIoHandler.newFactory());
        final ServerBootstrap bootstrap = new ServerBootstrap()
            .group(bossGroup, workerGroup)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                new WriteBufferWaterMark(maxClientBacklogBytes / 2, maxClientBacklogBytes))
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                        .addLast(new SimServerHandler(ExchangeSimulator.this));
                }
            });
        try
        {
            final InetAddress address = InetAddress.getByName(bindAddress);
            final ChannelFuture bind = bootstrap.bind(new InetSocketAddress(address, requestedPort)).awaitUninterruptibly();
            if (!bind.isSuccess())
            {
                throw new IOException("simulator cannot bind " + bindAddress + ":" + requestedPort + ": " + bind.cause(), bind.cause());
            }
            serverChannel = bind.channel();
            port = ((InetSocketAddress)serverChannel.localAddress()).getPort();
            host = address.isAnyLocalAddress() ? "127.0.0.1" :
                (address.getAddress().length == 16 ? "[" + address.getHostAddress() + "]" : address.getHostAddress());
        }
        catch (final IOException | RuntimeException ex)
        {
            close();
            throw ex;
        }
        final long pingNs = pingInterval.toNanos();
        workerGroup.scheduleAtFixedRate(this::ping, pingNs, pingNs, TimeUnit.NANOSECONDS);
        player.launch();
        LOG.info("simulator: {} on {} and {}: {} frames of {} symbols from {} capture(s) at {}x{}",
            Venues.configName(venue), wsUrl(), restUrl(), timeline.frames().size(), timeline.books().size(), captures.size(), speed,
            timeline.skipped() > 0 ? " (" + timeline.skipped() + " frames before the books are established left out)" : "");
        return this;
    }

    /** @return the bound port. */
    public int port()
    {
        return port;
    }

    /** @return the combined-stream endpoint, {@code ws://127.0.0.1:<port>/stream}; append {@code ?streams=a/b/c}. */
    public URI wsUrl()
    {
        return URI.create("ws://" + host + ":" + port + "/stream");
    }

    /** @return the REST base, {@code http://127.0.0.1:<port>}. */
    public URI restUrl()
    {
        return URI.create("http://" + host + ":" + port);
    }

    /** @return the venue whose wire format this simulator speaks. */
    public Venue venue()
    {
        return venue;
    }

    /** @return true once playback has started (a client subscribed). */
    public boolean isPlaying()
    {
        return player != null && player.started();
    }

    /** @return true once the timeline has been played to its end; clients stay connected and REST keeps answering. */
    public boolean isFinished()
    {
        return player != null && player.finished();
    }

    /** @return fault injection, usable from any thread. */
    public SimulatorFaults faults()
    {
        return faults;
    }

    /** @return the counters. */
    public SimulatorStats stats()
    {
        return stats;
    }

    /** Stops playback, closes every connection and the server, and ends its threads; idempotent. */
    @Override
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        if (player != null)
        {
            player.stop();
        }
        for (final SimClient client : clients)
        {
            client.markClosing();
            client.channel().close();
        }
        if (serverChannel != null)
        {
            serverChannel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        if (workerGroup != null)
        {
            workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        if (bossGroup != null)
        {
            bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        LOG.info("simulator: closed; {}", stats);
    }

    void startPlayback()
    {
        player.play();
    }

    SimClients clients()
    {
        return clients;
    }

    RestEndpoints rest()
    {
        return rest;
    }

    long playTimeMs()
    {
        return player == null ? 0 : player.playTimeNs() / 1_000_000L;
    }

    private void ping()
    {
        final long now = System.nanoTime();
        final byte[] payload = Long.toString(System.currentTimeMillis()).getBytes(StandardCharsets.US_ASCII);
        for (final SimClient client : clients)
        {
            if (!client.stalled(now) && !client.closing())
            {
                stats.pingsSent.incrementAndGet();
                client.channel().writeAndFlush(new PingWebSocketFrame(Unpooled.wrappedBuffer(payload)));
            }
        }
    }

    /**
     * Configures a simulator.
     */
    public static final class Builder
    {
        private Venue venue = Venue.BINANCE;
        private final List<TimelineLoader.Source> captures = new ArrayList<>();
        private double speed = 1;
        private int port;
        private String bindAddress = "127.0.0.1";
        private Duration pingInterval = Duration.ofSeconds(20);
        private int maxClientBacklogBytes = 16 << 20;

        private Builder()
        {
        }

        /**
         * @param v BINANCE, BINANCE_USDM or BINANCE_COINM (all three REST depth paths are served regardless).
         * @return this.
         */
        public Builder venue(final Venue v)
        {
            if (v == null || !Venues.isBinance(v))
            {
                throw new IllegalArgumentException("the simulator speaks Binance only, not " + v);
            }
            this.venue = v;
            return this;
        }

        /**
         * Adds a capture; several are merged by receive time into one timeline.
         *
         * @param file the capture (for cryptofeed, the {@code .ws.} file).
         * @param f    its format.
         * @return this.
         */
        public Builder capture(final Path file, final CaptureFormat f)
        {
            captures.add(new TimelineLoader.Source(file, f));
            return this;
        }

        /**
         * @param x playback speed: 1 as recorded, 10 ten times faster.
         * @return this.
         */
        public Builder speed(final double x)
        {
            if (!(x > 0) || Double.isInfinite(x))
            {
                throw new IllegalArgumentException("speed must be a positive number: " + x);
            }
            this.speed = x;
            return this;
        }

        /**
         * @param p the port, 0 for any free one.
         * @return this.
         */
        public Builder port(final int p)
        {
            if (p < 0 || p > 65535)
            {
                throw new IllegalArgumentException("port out of range: " + p);
            }
            this.port = p;
            return this;
        }

        /**
         * @param a the address to listen on; loopback unless asked otherwise.
         * @return this.
         */
        public Builder bindAddress(final String a)
        {
            this.bindAddress = a;
            return this;
        }

        /**
         * @param d how often the server pings each client (Binance spot: 20 s).
         * @return this.
         */
        public Builder pingInterval(final Duration d)
        {
            if (d.isNegative() || d.isZero())
            {
                throw new IllegalArgumentException("ping interval must be positive: " + d);
            }
            this.pingInterval = d;
            return this;
        }

        /**
         * @param bytes unsent bytes a client may have waiting before it is dropped as too slow (default 16 MiB).
         * @return this.
         */
        public Builder maxClientBacklogBytes(final int bytes)
        {
            if (bytes < 1024)
            {
                throw new IllegalArgumentException("backlog bound too small: " + bytes);
            }
            this.maxClientBacklogBytes = bytes;
            return this;
        }

        /** @return the simulator, not yet started. */
        public ExchangeSimulator build()
        {
            if (captures.isEmpty())
            {
                throw new IllegalStateException("the simulator needs at least one capture");
            }
            return new ExchangeSimulator(this);
        }
    }
}
