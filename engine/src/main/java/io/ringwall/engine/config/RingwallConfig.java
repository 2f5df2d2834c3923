package io.ringwall.engine.config;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.trading.TradingSettings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole configuration, read from YAML once at start-up and validated there: a bad value stops the
 * engine with the file, the key and the reason. Relative paths resolve against the config file's folder.
 * Secrets never live here; API keys come from the environment or a key file.
 *
 * @param source      where it came from (a file name, or "defaults").
 * @param text        the YAML as written, journaled with each session so replay can reuse it.
 * @param engine      ring, threads, timer.
 * @param journal     where and how the journal is written.
 * @param logic       the business logic's parameters.
 * @param venues      venue connections, by venue.
 * @param instruments instruments with their scales.
 * @param simulator   the in-process exchange simulator.
 */
public record RingwallConfig(
    String source,
    String text,
    EngineSettings engine,
    JournalSettings journal,
    LogicSettings logic,
    List<VenueSettings> venues,
    List<InstrumentSettings> instruments,
    SimulatorSettings simulator)
{
    /**
     * @param modelFile a trained signal model file (from {@code --model}), or null to keep the config's.
     * @return this config running that model.
     * @throws ConfigException if the file cannot be read.
     */
    public RingwallConfig withModel(final Path modelFile)
    {
        if (modelFile == null)
        {
            return this;
        }
        if (!java.nio.file.Files.isReadable(modelFile))
        {
            throw new ConfigException("--model: cannot read " + modelFile);
        }
        final LogicSettings withModel = new LogicSettings(logic.initialBookLevels(), logic.syncBufferBytes(),
            logic.analytics().withModel(modelFile.toAbsolutePath()), logic.trading());
        return new RingwallConfig(source, text, engine, journal, withModel, venues, instruments, simulator);
    }

    /**
     * Loads and validates a config file.
     *
     * @param file the YAML file.
     * @return the configuration.
     * @throws ConfigException naming the key and the reason.
     */
    public static RingwallConfig load(final Path file)
    {
        final String text;
        try
        {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new ConfigException(file + ": cannot read: " + ex.getMessage());
        }
        final Path base = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, base);
    }

    /**
     * Parses and validates config text.
     *
     * @param source  a name for messages.
     * @param text    the YAML.
     * @param baseDir against which relative paths resolve (null: the working directory).
     * @return the configuration.
     */
    public static RingwallConfig parse(final String source, final String text, final Path baseDir)
    {
        return parse(source, text, baseDir, true);
    }

    /**
     * Parses and validates config text, optionally without checking that the files it names exist
     * (a config recorded in a journal on another machine).
     *
     * @param source     a name for messages.
     * @param text       the YAML.
     * @param baseDir    against which relative paths resolve (null: the working directory).
     * @param checkFiles whether named input files must be readable.
     * @return the configuration.
     */
    public static RingwallConfig parse(final String source, final String text, final Path baseDir, final boolean checkFiles)
    {
        final Object root;
        try
        {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        }
        catch (final YAMLException ex)
        {
            throw new ConfigException(source + ": not valid YAML: " + ex.getMessage().replace('\n', ' '));
        }
        if (root != null && !(root instanceof Map))
        {
            throw new ConfigException(source + ": the top level must be a mapping of sections");
        }
        @SuppressWarnings("unchecked")
        final ConfigNode top = new ConfigNode(source, "", (Map<String, Object>)root);

        final EngineSettings engine = EngineSettings.read(top.child("engine"));
        final JournalSettings journal = JournalSettings.read(top.child("journal"), baseDir);
        final ConfigNode books = top.child("books");
        final int initialLevels = books.intValue("initialLevels", LogicSettings.DEFAULTS.initialBookLevels(), 16, 1 << 20);
        final int syncBufferBytes = books.intValue("syncBufferBytes", LogicSettings.DEFAULTS.syncBufferBytes(), 4096, 1 << 28);
        books.rejectUnknownKeys();
        final AnalyticsSettings analytics = AnalyticsConfig.read(top.child("analytics"), baseDir, checkFiles);
        final TradingSettings trading = TradingConfig.read(top.child("trading"));
        if (trading.enabled() && !analytics.enabled())
        {
            throw top.child("trading").error("enabled", "trading trades on the analytics' signals: set analytics.enabled too");
        }
        final LogicSettings logic = new LogicSettings(initialLevels, syncBufferBytes, analytics, trading);

        final List<VenueSettings> venues = new ArrayList<>();
        for (final Map.Entry<String, ConfigNode> e : top.childMap("venues").entrySet())
        {
            final Venue venue;
            try
            {
                venue = Venues.parse(e.getKey());
            }
            catch (final IllegalArgumentException ex)
            {
                throw new ConfigException(source + ": venues." + e.getKey() + ": " + ex.getMessage());
            }
            venues.add(VenueSettings.read(e.getValue(), venue));
        }

        final List<InstrumentSettings> instruments = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        for (final ConfigNode node : top.childList("instruments"))
        {
            final InstrumentSettings instrument = InstrumentSettings.read(node);
            if (!seen.add(instrument.venue() + ":" + instrument.symbol()))
            {
                throw node.error("symbol", Venues.configName(instrument.venue()) + " " + instrument.symbol() + " is listed twice");
            }
            instruments.add(instrument);
        }

        final SimulatorSettings simulator = SimulatorSettings.read(top.child("simulator"), baseDir, checkFiles);
        top.rejectUnknownKeys();

        final RingwallConfig config = new RingwallConfig(source, text, engine, journal, logic,
            Collections.unmodifiableList(venues), Collections.unmodifiableList(instruments), simulator);
        config.checkConsistency();
        return config;
    }

    /**
     * The built-in defaults, for tools given no config.
     *
     * @return a configuration with no venues and no instruments.
     */
    public static RingwallConfig defaults()
    {
        return parse("defaults", "{}", null);
    }

    /**
     * @param venue a venue.
     * @return its settings, or null if not configured.
     */
    public VenueSettings venue(final Venue venue)
    {
        for (final VenueSettings v : venues)
        {
            if (v.venue() == venue)
            {
                return v;
            }
        }
        return null;
    }

    private void checkConsistency()
    {
        for (final VenueSettings v : venues)
        {
            if (v.endpoint() == VenueSettings.Endpoint.SIMULATOR && (!simulator.enabled() || simulator.venue() != v.venue()))
            {
                throw new ConfigException(source + ": venues." + Venues.configName(v.venue()) +
                    ".endpoint: 'simulator' needs simulator.enabled: true and simulator.venue: " + Venues.configName(v.venue()));
            }
        }
    }

    /**
     * Ring, threads and timer.
     *
     * @param ringSize       inbound ring slots (a power of two).
     * @param slotBytes      bytes per slot: the largest event (a venue message spans several if larger).
     * @param waitStrategy   how the business-logic thread waits for events.
     * @param timerIntervalMs how often the timer publishes a tick.
     * @param statusIntervalMs how often `run` prints its status line.
     */
    public record EngineSettings(int ringSize, int slotBytes, WaitStrategyName waitStrategy, long timerIntervalMs, long statusIntervalMs)
    {
        static EngineSettings read(final ConfigNode node)
        {
            final int ringSize = node.intValue("ringSize", 16384, 64, 1 << 22);
            if (Integer.bitCount(ringSize) != 1)
            {
                throw node.error("ringSize", "must be a power of two, got " + ringSize);
            }
            final int slotBytes = node.intValue("slotBytes", 4096, 512, 1 << 16);
            if (slotBytes % 8 != 0)
            {
                throw node.error("slotBytes", "must be a multiple of 8, got " + slotBytes);
            }
            final EngineSettings settings = new EngineSettings(ringSize, slotBytes,
                node.choice("waitStrategy", WaitStrategyName.SLEEPING, WaitStrategyName.class),
                node.durationMs("timerInterval", 100, 1, 60_000),
                node.durationMs("statusInterval", 5_000, 100, 3_600_000));
            node.rejectUnknownKeys();
            return settings;
        }
    }

    /**
     * How a thread waits for work. Busy-spin owns a core: right on a dedicated production box, wrong on a
     * small machine where it starves the other threads.
     */
    public enum WaitStrategyName
    {
        BUSY_SPIN, YIELDING, SLEEPING, BLOCKING
    }

    /**
     * Idle strategies for agent threads (the journaller).
     */
    public enum IdleStrategyName
    {
        BUSY_SPIN, YIELDING, BACKOFF, SLEEPING
    }

    /**
     * @param path         the journal directory, or null to pick a fresh one per run.
     * @param rollCycle    Chronicle roll cycle name.
     * @param idleStrategy how the journaller waits when there is nothing to write.
     */
    public record JournalSettings(Path path, String rollCycle, IdleStrategyName idleStrategy)
    {
        static JournalSettings read(final ConfigNode node, final Path baseDir)
        {
            final String rollCycle = node.string("rollCycle", "FAST_HOURLY").toUpperCase(Locale.ROOT);
            try
            {
                net.openhft.chronicle.queue.RollCycles.valueOf(rollCycle);
            }
            catch (final IllegalArgumentException ex)
            {
                throw node.error("rollCycle", "unknown roll cycle '" + rollCycle +
                    "' (e.g. FAST_HOURLY, FAST_DAILY, HOURLY, DAILY, FIVE_MINUTELY)");
            }
            final JournalSettings settings = new JournalSettings(node.path("path", baseDir, null), rollCycle,
                node.choice("idleStrategy", IdleStrategyName.BACKOFF, IdleStrategyName.class));
            node.rejectUnknownKeys();
            return settings;
        }
    }

    /**
     * One instrument and its scales.
     *
     * @param venue         venue.
     * @param symbol        venue symbol, upper case.
     * @param priceExponent from priceScale (decimals): price = mantissa * 10^priceExponent.
     * @param qtyExponent   from qtyScale (decimals).
     * @param tickSize      from tickSize (a price, e.g. 0.01), in mantissa units; 0 when not given.
     */
    public record InstrumentSettings(Venue venue, String symbol, int priceExponent, int qtyExponent, long tickSize)
    {
        static InstrumentSettings read(final ConfigNode node)
        {
            final String venueName = node.requireString("venue");
            final Venue venue;
            try
            {
                venue = Venues.parse(venueName);
            }
            catch (final IllegalArgumentException ex)
            {
                throw node.error("venue", ex.getMessage());
            }
            final String symbol = node.requireString("symbol").toUpperCase(Locale.ROOT);
            if (!symbol.matches("[A-Z0-9_\\-/]{1,32}"))
            {
                throw node.error("symbol", "'" + symbol + "' is not a venue symbol");
            }
            final int priceScale = node.intValue("priceScale", -Venues.defaultExponent(venue), 0, FixedPoint.MAX_DECIMALS);
            final int qtyScale = node.intValue("qtyScale", -Venues.defaultExponent(venue), 0, FixedPoint.MAX_DECIMALS);
            long tickSize = 0;
            final String tick = node.string("tickSize", null);
            if (tick != null)
            {
                try
                {
                    tickSize = FixedPoint.parse(tick, -priceScale);
                }
                catch (final NumberFormatException ex)
                {
                    throw node.error("tickSize", "'" + tick + "' is not a price with at most " + priceScale + " decimals (priceScale)");
                }
                if (tickSize <= 0)
                {
                    throw node.error("tickSize", "must be positive, got " + tick);
                }
            }
            node.rejectUnknownKeys();
            return new InstrumentSettings(venue, symbol, -priceScale, -qtyScale, tickSize);
        }
    }

    /**
     * The in-process exchange simulator.
     *
     * @param enabled  start it with `run`.
     * @param venue    the venue whose wire format it speaks.
     * @param captures the recordings it serves.
     * @param speed    playback speed (1 = real time).
     * @param port     its port on the loopback address (0 = any free port).
     */
    public record SimulatorSettings(boolean enabled, Venue venue, List<Path> captures, double speed, int port)
    {
        static SimulatorSettings read(final ConfigNode node, final Path baseDir, final boolean checkFiles)
        {
            final boolean enabled = node.bool("enabled", false);
            final String venueName = node.string("venue", "binance");
            final Venue venue;
            try
            {
                venue = Venues.parse(venueName);
            }
            catch (final IllegalArgumentException ex)
            {
                throw node.error("venue", ex.getMessage());
            }
            final List<Path> captures = new ArrayList<>();
            for (final String c : node.stringList("captures"))
            {
                final Path p = Path.of(c);
                final Path resolved = p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize();
                if (enabled && checkFiles && !Files.isReadable(resolved))
                {
                    throw node.error("captures", "cannot read " + resolved);
                }
                captures.add(resolved);
            }
            if (enabled && captures.isEmpty())
            {
                throw node.error("captures", "is required when the simulator is enabled");
            }
            final SimulatorSettings settings = new SimulatorSettings(enabled, venue, Collections.unmodifiableList(captures),
                node.doubleValue("speed", 1.0, 0.0, 10_000.0), node.intValue("port", 0, 0, 65535));
            node.rejectUnknownKeys();
            return settings;
        }
    }

    /**
     * One venue connection.
     *
     * @param venue               the venue.
     * @param endpoint            the in-process simulator or the venue's own servers.
     * @param wsUrl               combined-stream WebSocket URL (…/stream).
     * @param restUrl             REST base URL.
     * @param depthStream         diff-depth stream suffix: depth, depth@100ms, depth@0ms…
     * @param tradeStream         trade, aggTrade or none.
     * @param bookTicker          subscribe to bookTicker (also the book's live cross-check).
     * @param snapshotLimit       levels per side asked of the REST snapshot.
     * @param restWeightPerMinute REST request weight budget per minute (Binance limits per IP).
     * @param reconnectDelayMs    first reconnect delay; doubles with jitter up to the maximum.
     * @param reconnectMaxDelayMs maximum reconnect delay.
     * @param stallTimeoutMs      no frame for this long means a dead connection.
     * @param maxConnectionAgeMs  reconnect before the venue's own 24 h cut.
     */
    public record VenueSettings(
        Venue venue,
        Endpoint endpoint,
        URI wsUrl,
        URI restUrl,
        String depthStream,
        String tradeStream,
        boolean bookTicker,
        int snapshotLimit,
        int restWeightPerMinute,
        long reconnectDelayMs,
        long reconnectMaxDelayMs,
        long stallTimeoutMs,
        long maxConnectionAgeMs)
    {
        /** Where a venue's data comes from. */
        public enum Endpoint
        {
            SIMULATOR, LIVE
        }

        static VenueSettings read(final ConfigNode node, final Venue venue)
        {
            final Endpoint endpoint = node.choice("endpoint", Endpoint.LIVE, Endpoint.class);
            final URI ws = uri(node, "wsUrl", defaultWsUrl(venue));
            final URI rest = uri(node, "restUrl", defaultRestUrl(venue));
            final String depthStream = node.string("depthStream", "depth@100ms");
            if (!depthStream.matches("depth(@(0|100|250|500|1000)ms)?"))
            {
                throw node.error("depthStream", "must be depth, depth@100ms, depth@250ms, depth@500ms or depth@0ms, got '" + depthStream + "'");
            }
            final String tradeStream = node.string("tradeStream", "trade");
            if (!tradeStream.equals("trade") && !tradeStream.equals("aggTrade") && !tradeStream.equals("none"))
            {
                throw node.error("tradeStream", "must be trade, aggTrade or none, got '" + tradeStream + "'");
            }
            final long reconnectDelay = node.durationMs("reconnectDelay", 250, 10, 60_000);
            final long reconnectMax = node.durationMs("reconnectMaxDelay", 30_000, 100, 600_000);
            if (reconnectMax < reconnectDelay)
            {
                throw node.error("reconnectMaxDelay", "must not be below reconnectDelay");
            }
            final VenueSettings settings = new VenueSettings(venue, endpoint, ws, rest, depthStream, tradeStream,
                node.bool("bookTicker", true),
                node.intValue("snapshotLimit", 1000, 5, 5000),
                node.intValue("restWeightPerMinute", 6000, 100, 1_000_000),
                reconnectDelay, reconnectMax,
                node.durationMs("stallTimeout", 60_000, 1_000, 3_600_000),
                node.durationMs("maxConnectionAge", 23 * 3_600_000L + 50 * 60_000L, 60_000, 24 * 3_600_000L));
            node.rejectUnknownKeys();
            return settings;
        }

        private static URI uri(final ConfigNode node, final String name, final String defaultValue)
        {
            final String text = node.string(name, defaultValue);
            try
            {
                final URI uri = new URI(text);
                if (uri.getScheme() == null || uri.getHost() == null)
                {
                    throw node.error(name, "'" + text + "' is not an absolute URL");
                }
                return uri;
            }
            catch (final URISyntaxException ex)
            {
                throw node.error(name, "'" + text + "' is not a URL: " + ex.getReason());
            }
        }

        private static String defaultWsUrl(final Venue venue)
        {
            switch (venue)
            {
                case BINANCE_USDM: return "wss://fstream.binance.com/stream";
                case BINANCE_COINM: return "wss://dstream.binance.com/stream";
                default: return "wss://stream.binance.com:9443/stream";
            }
        }

        private static String defaultRestUrl(final Venue venue)
        {
            switch (venue)
            {
                case BINANCE_USDM: return "https://fapi.binance.com";
                case BINANCE_COINM: return "https://dapi.binance.com";
                default: return "https://api.binance.com";
            }
        }
    }
}
