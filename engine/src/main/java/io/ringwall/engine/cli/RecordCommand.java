package io.ringwall.engine.cli;

import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.engine.config.Durations;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.config.RingwallConfig.VenueSettings;
import io.ringwall.gateways.binance.BinanceFeedHandler;
import io.ringwall.gateways.binance.BinanceGateway;
import io.ringwall.gateways.binance.GatewaySettings;
import io.ringwall.gateways.capture.CaptureWriter;
import io.ringwall.gateways.sim.ExchangeSimulator;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.OffsetEpochNanoClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ringwall record}: raw frames from a venue into a capture file, for later import and replay.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = {
        "Record a venue's raw frames (and a REST depth snapshot per instrument at every connection) into a",
        "capture file in the hftbacktest line format (gzip if the name ends in .gz), for import later."
    })
final class RecordCommand implements Callable<Integer>
{
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Config naming one venue and its instruments.")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The capture file to write.")
    Path out;

    @Option(names = "--duration", paramLabel = "D", description = "Stop after this long (default: Ctrl-C).")
    String duration;

    private volatile boolean stop;
    private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);

    @Override
    public Integer call() throws IOException, InterruptedException
    {
        final long durationMs;
        try
        {
            durationMs = duration == null ? 0 : Durations.parseMillis(duration);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UsageException("--duration: " + ex.getMessage());
        }
        final RingwallConfig cfg = CliSupport.loadConfig(config, false);
        final InstrumentRegistry registry = new InstrumentRegistry();
        VenueSettings venue = null;
        for (final RingwallConfig.InstrumentSettings i : cfg.instruments())
        {
            final VenueSettings v = cfg.venue(i.venue());
            if (v == null)
            {
                throw new UsageException(i.symbol() + " is on a venue with no entry under venues in " + cfg.source());
            }
            if (venue != null && venue != v)
            {
                throw new UsageException("record writes one venue per file; " + cfg.source() + " names several");
            }
            venue = v;
            registry.register(i.venue(), i.symbol(), i.priceExponent(), i.qtyExponent(), i.tickSize());
        }
        if (venue == null)
        {
            throw new UsageException(cfg.source() + " names no instruments");
        }
        final List<Instrument> instruments = new ArrayList<>(registry.all());
        final boolean wrapSnapshots = instruments.size() > 1;

        ExchangeSimulator simulator = null;
        final AtomicLong frames = new AtomicLong();
        final AtomicLong snapshots = new AtomicLong();
        final long startNs = System.nanoTime();
        try (CaptureWriter writer = new CaptureWriter(out))
        {
            if (venue.endpoint() == VenueSettings.Endpoint.SIMULATOR)
            {
                simulator = Simulators.start(cfg.simulator());
            }
            final URI ws = simulator != null ? simulator.wsUrl() : venue.wsUrl();
            final URI rest = simulator != null ? simulator.restUrl() : venue.restUrl();
            final GatewaySettings settings = new GatewaySettings(venue.venue(), ws, rest, venue.depthStream(),
                venue.tradeStream(), venue.bookTicker(), venue.snapshotLimit(), venue.restWeightPerMinute(),
                venue.reconnectDelayMs(), venue.reconnectMaxDelayMs(), venue.stallTimeoutMs(), venue.maxConnectionAgeMs());
            final BinanceGateway[] gateway = new BinanceGateway[1];
            final boolean[] wantSnapshots = { false };
            final BinanceFeedHandler recorder = new BinanceFeedHandler()
            {
                @Override
                public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
                {
                    write(() -> writer.write(receiveTimeNs, buffer, offset, length));
                    frames.incrementAndGet();
                    if (wantSnapshots[0])
                    {
                        // the diff stream is flowing: now a snapshot can be chained to it
                        wantSnapshots[0] = false;
                        for (final Instrument i : instruments)
                        {
                            gateway[0].requestSnapshot(i.id());
                        }
                    }
                }

                @Override
                public void onSnapshot(final Instrument instrument, final DirectBuffer buffer, final int offset, final int length,
                    final long receiveTimeNs)
                {
                    write(() -> writer.writeSnapshot(instrument.symbol(), wrapSnapshots, receiveTimeNs, buffer, offset, length));
                    snapshots.incrementAndGet();
                }

                @Override
                public void onStatus(final GatewayStatusCode code, final int instrumentId, final long detail, final String text,
                    final long receiveTimeNs)
                {
                    if (code == GatewayStatusCode.CONNECTED)
                    {
                        wantSnapshots[0] = true;
                    }
                    System.err.println("record: " + code + (instrumentId == 0 ? "" : " #" + instrumentId) + (text.isEmpty() ? "" : " " + text));
                }
            };
            gateway[0] = new BinanceGateway(settings, instruments, recorder, new OffsetEpochNanoClock(), null);
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
            {
                // Ctrl-C: stop recording and let the file be closed whole before the JVM exits.
                stop = true;
                try
                {
                    finished.await(10, java.util.concurrent.TimeUnit.SECONDS);
                }
                catch (final InterruptedException ignored)
                {
                    Thread.currentThread().interrupt();
                }
            }, "ringwall-record-shutdown"));
            gateway[0].start();
            System.err.println("record: " + gateway[0].streamUri() + " -> " + out);
            while (!stop && (durationMs <= 0 || System.nanoTime() - startNs < durationMs * 1_000_000L))
            {
                Thread.sleep(50);
            }
            gateway[0].close();
        }
        finally
        {
            if (simulator != null)
            {
                simulator.close();
            }
            finished.countDown();
        }
        System.out.println("recorded " + CliSupport.count(frames.get()) + " frames and " + snapshots.get() + " snapshots into " + out);
        return ExitCodes.OK;
    }

    private interface IoAction
    {
        void run() throws IOException;
    }

    private static void write(final IoAction action)
    {
        try
        {
            action.run();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
