package io.ringwall.engine.cli;

import io.ringwall.codecs.Events;
import io.ringwall.journal.EventFilter;
import io.ringwall.journal.EventPrinter;
import io.ringwall.journal.InstrumentCatalog;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalTailer;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ringwall tail}: the operator's view of a journal, decoded, filtered, and followed like tail -f
 * (safely alongside the writing engine: another process only reads).
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print a journal's events (inputs and decisions), decoded and filtered; -f follows a running engine.")
final class TailCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal.")
    Path journalDir;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new events as they are written (Ctrl-C to stop).")
    boolean follow;

    @Option(names = "--type", paramLabel = "T,..", description = "Only these event types, e.g. BookHealth,RejectedInput, or short names: wall, features, signals, bars, regime, trades, health, orders, fills, risk, positions, equity, algos, sizing, halts, commands.")
    String types;

    @Option(names = "--symbol", paramLabel = "S", description = "Only events about this symbol (or venue:symbol).")
    String symbol;

    @Option(names = "--from", paramLabel = "SEQ|TIME", description = "Start at this input sequence, epoch ns or ISO time.")
    String from;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after printing N events.")
    long limit = Long.MAX_VALUE;

    @Option(names = "--levels", paramLabel = "N", defaultValue = "5", description = "Book levels shown per event in text (default ${DEFAULT-VALUE}).")
    int levels;

    @Option(names = "--json", description = "One JSON object per event.")
    boolean json;

    private long printed;

    @Override
    public Integer call()
    {
        if (limit <= 0)
        {
            throw new UsageException("--limit must be positive");
        }
        final long[] start = from == null ? null : CliSupport.parsePoint(from, "--from");
        final InstrumentCatalog catalog = new InstrumentCatalog();
        final EventFilter filter;
        try
        {
            filter = EventFilter.of(types, symbol, catalog);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UsageException(ex.getMessage());
        }
        final EventPrinter printer = new EventPrinter(catalog, Math.max(0, levels));
        final Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        final StringBuilder line = new StringBuilder(512);
        final boolean[] started = { start == null };

        try (Journal journal = CliSupport.openJournal(journalDir); JournalTailer tailer = journal.tailer())
        {
            final IdleStrategy idle = new SleepingMillisIdleStrategy(20);
            while (printed < limit)
            {
                final boolean read = tailer.read((buffer, offset, length, index) ->
                {
                    // snapshots name their values by the schema before them, printed or not
                    printer.featureNames().learn(buffer, offset, length);
                    if (!filter.accept(buffer, offset, length))
                    {
                        return;
                    }
                    if (!started[0])
                    {
                        started[0] = reached(buffer, offset, length, start);
                        if (!started[0])
                        {
                            return;
                        }
                    }
                    line.setLength(0);
                    if (json)
                    {
                        printer.appendJson(line, buffer, offset, length);
                    }
                    else
                    {
                        printer.appendText(line, buffer, offset, length);
                    }
                    write(out, line.append('\n'));
                    printed++;
                });
                if (!read)
                {
                    if (!follow)
                    {
                        break;
                    }
                    flush(out);
                    idle.idle();
                }
            }
            flush(out);
        }
        return ExitCodes.OK;
    }

    private static boolean reached(final DirectBuffer buffer, final int offset, final int length, final long[] start)
    {
        if (!Events.isEvent(buffer, offset, length))
        {
            return false;
        }
        return start[0] != Long.MIN_VALUE ?
            Events.causeSequence(buffer, offset) >= start[0] : Events.receiveTimeNs(buffer, offset) >= start[1];
    }

    private static void write(final Writer out, final CharSequence text)
    {
        try
        {
            out.append(text);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static void flush(final Writer out)
    {
        try
        {
            out.flush();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
