package io.ringwall.engine.cli;

import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.engine.book.SnapshotRequester;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.feed.Importer;
import io.ringwall.engine.ring.Engine;
import io.ringwall.gateways.capture.CaptureFormat;
import io.ringwall.journal.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ringwall import}: recorded frames through the real decoders, ring, journal and sync logic.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Import recorded frames into a new journal through the same decoders and book-sync logic as live,",
        "in file order, several files as one session. Lines that are not records are counted as malformed."
    })
final class ImportCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "A new journal directory.")
    Path journalDir;

    @Option(names = "--venue", required = true, paramLabel = "V", description = "binance, binance-usdm or binance-coinm.")
    String venueName;

    @Option(names = "--format", paramLabel = "F", description = "hftbacktest or cryptofeed (default: detected per file).")
    String formatName;

    @Option(names = "--config", paramLabel = "FILE", description = "Instrument scales and engine settings (default: built-in defaults).")
    Path config;

    @Option(names = "--model", paramLabel = "MODEL",
        description = "A signal model written by train (default: the config's analytics.model, else the built-in rule).")
    Path model;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Capture files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException
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
        final CaptureFormat forced = formatName == null ? null : parseFormat(formatName);
        for (final Path f : files)
        {
            if (!Files.isReadable(f))
            {
                throw new UsageException("cannot read " + f);
            }
        }
        final RingwallConfig cfg = CliSupport.loadConfig(config, false).withModel(model);
        final Path dir = CliSupport.newJournalDir(journalDir, cfg, "import");

        final InstrumentRegistry registry = new InstrumentRegistry();
        for (final RingwallConfig.InstrumentSettings i : cfg.instruments())
        {
            if (i.venue() == venue)
            {
                registry.register(i.venue(), i.symbol(), i.priceExponent(), i.qtyExponent(), i.tickSize());
            }
        }

        long totalBytes = 0;
        for (final Path f : files)
        {
            totalBytes += uncompressedSize(f);
        }
        final long startNs = System.nanoTime();
        final CliSupport.ProgressLine progress = new CliSupport.ProgressLine("import", json);
        final Engine engine = new Engine(cfg, Journal.open(dir, cfg.journal().rollCycle()), SnapshotRequester.NONE, Engine.defaultClock());
        final Importer importer;
        long lines = 0;
        try
        {
            engine.start(false);
            engine.define(registry.all());
            final long total = totalBytes;
            importer = new Importer(venue, registry, engine.sink())
                .progress((frames, bytes) -> progress.update(frames, total > 0 ? (double)bytes / total : -1));
            for (final Path f : files)
            {
                final CaptureFormat format = forced != null ? forced : CaptureFormat.detect(f);
                lines += importer.importFile(f, format);
                progress.update(importer.frames(), total > 0 ? (double)importer.bytes() / total : -1);
            }
        }
        finally
        {
            engine.close();
            progress.done();
        }
        final double seconds = (System.nanoTime() - startNs) / 1e9;
        final long frames = importer.frames() + importer.snapshots();
        if (json)
        {
            System.out.println(new Json()
                .field("journal", dir.toString())
                .field("files", files.size())
                .field("lines", lines)
                .field("frames", importer.frames())
                .field("snapshots", importer.snapshots())
                .field("malformedLines", importer.malformedLines())
                .field("rejected", importer.decoder().counters().rejected())
                .field("inputs", engine.inputsJournaled())
                .field("decisions", engine.decisionsJournaled())
                .field("seconds", Math.round(seconds * 1000) / 1000.0)
                .field("framesPerSecond", Math.round(frames / Math.max(seconds, 1e-9)))
                .field("errors", engine.errors()));
        }
        else
        {
            System.out.println("imported " + CliSupport.count(lines) + " lines from " + files.size() + " file(s) into " + dir);
            System.out.println("  frames " + CliSupport.count(importer.frames()) + ", snapshots " + importer.snapshots() +
                ", malformed lines " + importer.malformedLines() + ", rejected frames " + importer.decoder().counters().rejected());
            System.out.println("  journaled " + CliSupport.count(engine.inputsJournaled()) + " inputs and " +
                CliSupport.count(engine.decisionsJournaled()) + " decisions in " +
                String.format(Locale.ROOT, "%.2f s (%s frames/s)", seconds, CliSupport.count((long)(frames / Math.max(seconds, 1e-9)))));
            System.out.println("next: ringwall verify --journal " + dir);
        }
        return engine.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static CaptureFormat parseFormat(final String name)
    {
        try
        {
            return CaptureFormat.parse(name);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UsageException("--format: " + ex.getMessage());
        }
    }

    /** The uncompressed size of a gzip file from its trailer (mod 4 GB), else the file size: for progress only. */
    private static long uncompressedSize(final Path file) throws IOException
    {
        final long size = Files.size(file);
        if (!file.getFileName().toString().endsWith(".gz") || size < 18)
        {
            return size;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r"))
        {
            raf.seek(size - 4);
            final long isize = (raf.read() & 0xFF) | (raf.read() & 0xFF) << 8 | (raf.read() & 0xFF) << 16 | ((long)raf.read() & 0xFF) << 24;
            return isize > 0 ? isize : size;
        }
    }
}
