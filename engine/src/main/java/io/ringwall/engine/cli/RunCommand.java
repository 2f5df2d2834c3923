package io.ringwall.engine.cli;

import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.config.Durations;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.feed.LiveFeeds;
import io.ringwall.engine.ring.Engine;
import io.ringwall.engine.ring.StatusBoard;
import io.ringwall.gateways.SnapshotRequests;
import io.ringwall.gateways.sim.ExchangeSimulator;
import io.ringwall.journal.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ringwall run}: the headless engine. With the default demo config, an in-process exchange
 * simulator serves recorded Binance data over loopback and the real gateway connects to it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
        "Run the engine: gateways -> ring -> journal -> business logic, with a status line every few seconds",
        "and a summary at the end. The default config (config/demo.yaml) runs offline against the built-in",
        "exchange simulator serving real recorded Binance data."
    })
final class RunCommand implements Callable<Integer>
{
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: config/demo.yaml).")
    Path config;

    @Option(names = "--model", paramLabel = "MODEL",
        description = "A signal model written by train (default: the config's analytics.model, else the built-in rule).")
    Path model;

    @Option(names = "--journal", paramLabel = "DIR", description = "A new journal directory (default: journals/run-<UTC time>).")
    Path journalDir;

    @Option(names = "--duration", paramLabel = "D", description = "Stop after this long, e.g. 30s, 5m (default: until the simulator's recording ends, or Ctrl-C).")
    String duration;

    @Option(names = "--json", description = "Print the final summary as one JSON object (status lines go to stderr).")
    boolean json;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopRequested;

    @Override
    public Integer call() throws IOException, InterruptedException
    {
        final long durationMs = parseDuration();
        final RingwallConfig cfg = CliSupport.loadConfig(config, true).withModel(model);
        if (cfg.instruments().isEmpty())
        {
            throw new UsageException(cfg.source() + " names no instruments");
        }
        final Path dir = CliSupport.newJournalDir(journalDir, cfg, "run");

        final InstrumentRegistry registry = new InstrumentRegistry();
        for (final RingwallConfig.InstrumentSettings i : cfg.instruments())
        {
            if (cfg.venue(i.venue()) == null)
            {
                throw new io.ringwall.engine.config.ConfigException(cfg.source() + ": instruments: " + i.symbol() +
                    " is on a venue with no entry under venues");
            }
            registry.register(i.venue(), i.symbol(), i.priceExponent(), i.qtyExponent(), i.tickSize());
        }

        final SnapshotRequests requests = new SnapshotRequests(StatusBoard.MAX_INSTRUMENTS);
        final Engine engine = new Engine(cfg, Journal.open(dir, cfg.journal().rollCycle()), requests::request, Engine.defaultClock());
        ExchangeSimulator simulator = null;
        LiveFeeds feeds = null;
        final long startNs = System.nanoTime();
        final PrintStreamStatus status = new PrintStreamStatus(json ? System.err : System.out);
        final Thread hook = new Thread(() ->
        {
            stopRequested = true;
            try
            {
                stopped.await(60, TimeUnit.SECONDS);
            }
            catch (final InterruptedException ignored)
            {
                Thread.currentThread().interrupt();
            }
        }, "ringwall-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try
        {
            engine.start();
            engine.define(registry.all());
            if (cfg.simulator().enabled())
            {
                simulator = Simulators.start(cfg.simulator());
                status.println("simulator: serving " + cfg.simulator().captures().size() + " recording(s) at " +
                    cfg.simulator().speed() + "x on " + simulator.wsUrl() + " and " + simulator.restUrl());
            }
            feeds = LiveFeeds.start(cfg, registry, engine, requests, simulator);
            status.println("journal: " + dir.toAbsolutePath());

            final long statusEveryNs = cfg.engine().statusIntervalMs() * 1_000_000L;
            long nextStatus = System.nanoTime() + statusEveryNs;
            long lastInputs = 0;
            long lastStatusNs = System.nanoTime();
            while (!stopRequested)
            {
                final long now = System.nanoTime();
                if (durationMs > 0 && now - startNs >= durationMs * 1_000_000L)
                {
                    break;
                }
                if (simulator != null && durationMs <= 0 && simulator.isFinished())
                {
                    status.println("simulator: recording finished");
                    break;
                }
                if (now >= nextStatus)
                {
                    final long inputs = engine.inputsJournaled();
                    status.println(statusLine(engine, registry, inputs - lastInputs, (now - lastStatusNs) / 1e9));
                    lastInputs = inputs;
                    lastStatusNs = now;
                    nextStatus += statusEveryNs;
                }
                Thread.sleep(50);
            }
        }
        finally
        {
            if (feeds != null)
            {
                feeds.close();
            }
            if (simulator != null)
            {
                simulator.close();
            }
            engine.close();
            stopped.countDown();
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException ignored)
            {
                // already shutting down
            }
        }
        printSummary(engine, registry, dir, (System.nanoTime() - startNs) / 1e9);
        return engine.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private long parseDuration()
    {
        if (duration == null)
        {
            return 0;
        }
        try
        {
            final long ms = Durations.parseMillis(duration);
            if (ms <= 0)
            {
                throw new UsageException("--duration must be positive");
            }
            return ms;
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UsageException("--duration: " + ex.getMessage());
        }
    }

    private static String statusLine(final Engine engine, final InstrumentRegistry registry, final long inputs, final double seconds)
    {
        final StatusBoard board = engine.board();
        final StringBuilder sb = new StringBuilder();
        sb.append('[').append(LocalTime.now().format(CLOCK)).append("] ")
            .append(CliSupport.count(engine.inputsJournaled())).append(" events (")
            .append(CliSupport.count(Math.round(inputs / Math.max(seconds, 1e-9)))).append("/s)");
        for (final Instrument i : registry.all())
        {
            final BookState state = board.state(i.id());
            sb.append(" | ").append(i.symbol()).append(' ').append(state == null ? "-" : state.name());
            if (state == BookState.LIVE)
            {
                sb.append(' ').append(price(board.bestBid(i.id()), i)).append('/').append(price(board.bestAsk(i.id()), i));
            }
            sb.append(" gaps ").append(board.gaps(i.id()));
        }
        sb.append(" | ring ").append(String.format(Locale.ROOT, "%.1f%%", engine.inbound().fill() * 100))
            .append(" | journal ").append(CliSupport.bytes(engine.bytesJournaled()));
        return sb.toString();
    }

    private static String price(final long mantissa, final Instrument i)
    {
        return mantissa == OrderBook.NULL_PRICE ? "-" : FixedPoint.toString(mantissa, i.priceExponent());
    }

    private void printSummary(final Engine engine, final InstrumentRegistry registry, final Path dir, final double seconds)
    {
        final java.util.List<io.ringwall.engine.book.InstrumentBook> books = new java.util.ArrayList<>();
        engine.logic().books().forEach(books::add);
        if (json)
        {
            final StringBuilder list = new StringBuilder("[");
            for (int i = 0; i < books.size(); i++)
            {
                list.append(i == 0 ? "" : ",").append(BookReport.health(books.get(i)));
            }
            System.out.println(new Json()
                .field("journal", dir.toString())
                .field("seconds", Math.round(seconds * 10) / 10.0)
                .field("inputs", engine.inputsJournaled())
                .field("decisions", engine.decisionsJournaled())
                .field("journalBytes", engine.bytesJournaled())
                .field("errors", engine.errors())
                .raw("instruments", list.append(']').toString())
                .raw("analytics", AnalyticsReport.jsonArray(engine.logic().analytics(), books)));
            return;
        }
        System.out.println();
        System.out.println("ran " + String.format(Locale.ROOT, "%.1f s", seconds) + ": " + CliSupport.count(engine.inputsJournaled()) +
            " inputs and " + CliSupport.count(engine.decisionsJournaled()) + " decisions journaled (" +
            CliSupport.bytes(engine.bytesJournaled()) + "), " + engine.errors() + " errors");
        BookReport.healthTable(books).forEach(System.out::println);
        System.out.println();
        AnalyticsReport.table(engine.logic().analytics(), books).forEach(System.out::println);
        System.out.println();
        System.out.println("journal: " + dir);
        System.out.println("next:    bin/ringwall replay --journal " + dir + "     (backtest: must print match)");
        System.out.println("         bin/ringwall tail --journal " + dir + " --type wall            (wall lifecycles)");
        System.out.println("         bin/ringwall tail --journal " + dir + " --type features --json (feature snapshots)");
        System.out.println("         bin/ringwall tail --journal " + dir + " --type BookHealth,SnapshotRequest");
    }

    /** Status lines to stdout (or stderr when stdout carries JSON). */
    private static final class PrintStreamStatus
    {
        private final java.io.PrintStream out;

        PrintStreamStatus(final java.io.PrintStream out)
        {
            this.out = out;
        }

        void println(final String line)
        {
            out.println(line);
            out.flush();
        }
    }
}
