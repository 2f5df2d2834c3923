package io.ringwall.engine.cli;

import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.capture.CaptureFormat;
import io.ringwall.gateways.sim.ExchangeSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ringwall sim}: the exchange simulator on its own, for other clients and load tests.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
    description = {
        "Serve a recording over loopback in Binance's wire format: WebSocket combined streams at /stream and",
        "REST depth snapshots (/api/v3/depth, /fapi/v1/depth, /dapi/v1/depth) answered from the simulator's own book.",
        "Playback starts when the first client subscribes."
    })
final class SimCommand implements Callable<Integer>
{
    @Option(names = "--capture", required = true, paramLabel = "FILE", description = "A recording (repeat for several).")
    List<Path> captures;

    @Option(names = "--format", paramLabel = "F", description = "hftbacktest or cryptofeed (default: detected).")
    String format;

    @Option(names = "--venue", paramLabel = "V", defaultValue = "binance", description = "Wire format to speak (default ${DEFAULT-VALUE}).")
    String venueName;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Loopback port (default: any free port).")
    int port;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Playback speed, 1 = as recorded (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--keep-open", description = "Keep serving (snapshots, connections) after the recording ends.")
    boolean keepOpen;

    @Override
    public Integer call() throws IOException, InterruptedException
    {
        final Venue venue;
        try
        {
            venue = Venues.parse(venueName);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UsageException("--venue: " + ex.getMessage());
        }
        if (!(speed > 0) || speed > 10_000)
        {
            throw new UsageException("--speed must be above 0 and at most 10000");
        }
        if (port < 0 || port > 65535)
        {
            throw new UsageException("--port must be between 0 and 65535");
        }
        final ExchangeSimulator.Builder builder = ExchangeSimulator.builder().venue(venue).speed(speed).port(port);
        for (final Path capture : captures)
        {
            if (!Files.isReadable(capture))
            {
                throw new UsageException("cannot read " + capture);
            }
            final CaptureFormat f;
            try
            {
                f = format != null ? CaptureFormat.parse(format) : CaptureFormat.detect(capture);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new UsageException("--format: " + ex.getMessage());
            }
            builder.capture(capture, f);
        }
        final CountDownLatch done = new CountDownLatch(1);
        try (ExchangeSimulator sim = builder.build().start())
        {
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
            {
                done.countDown();
                sim.close();
            }, "ringwall-sim-shutdown"));
            System.out.println("simulator: WebSocket " + sim.wsUrl() + "?streams=<symbol>@depth@100ms/<symbol>@trade/<symbol>@bookTicker");
            System.out.println("           REST      " + sim.restUrl() + "/api/v3/depth?symbol=<SYMBOL>&limit=1000");
            System.out.println("           playback starts when the first client subscribes; Ctrl-C to stop");
            System.out.flush();
            while (done.getCount() > 0)
            {
                if (!keepOpen && sim.isFinished())
                {
                    System.out.println("simulator: recording finished");
                    break;
                }
                Thread.sleep(100);
            }
        }
        return ExitCodes.OK;
    }
}
