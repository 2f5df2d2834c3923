package io.ringwall.engine.cli;

import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.journal.Journal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the commands share: where the project lives, config and journal opening with operator-grade
 * messages, and number formatting.
 */
final class CliSupport
{
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private CliSupport()
    {
    }

    /**
     * @return the project folder bin/ringwall runs from (or the working directory).
     */
    static Path home()
    {
        final String home = System.getProperty("ringwall.home");
        return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    }

    /**
     * Loads a config file, or the demo config when none is given.
     */
    static RingwallConfig loadConfig(final Path file, final boolean demoByDefault)
    {
        if (file != null)
        {
            if (!Files.isReadable(file))
            {
                throw new UsageException("cannot read config file " + file);
            }
            return RingwallConfig.load(file);
        }
        return demoByDefault ? RingwallConfig.load(home().resolve("config/demo.yaml")) : RingwallConfig.defaults();
    }

    /**
     * A journal directory for a new session: the one asked for (which must be new or empty), else the
     * config's, else a fresh journals/run-<UTC time>.
     */
    static Path newJournalDir(final Path asked, final RingwallConfig config, final String prefix)
    {
        Path dir = asked != null ? asked : config.journal().path();
        if (dir == null)
        {
            dir = Path.of("journals", prefix + "-" + RUN_NAME.format(Instant.now()));
        }
        if (Files.exists(dir))
        {
            if (!Files.isDirectory(dir))
            {
                throw new UsageException(dir + " exists and is not a directory");
            }
            try (Stream<Path> entries = Files.list(dir))
            {
                if (entries.findAny().isPresent())
                {
                    throw new UsageException("journal " + dir + " already holds data; give a new --journal directory");
                }
            }
            catch (final IOException ex)
            {
                throw new UsageException("cannot read " + dir + ": " + ex.getMessage());
            }
        }
        return dir;
    }

    /**
     * Opens an existing journal for reading, with a one-line reason if it is not one.
     */
    static Journal openJournal(final Path dir)
    {
        if (!Files.isDirectory(dir))
        {
            throw new UsageException("no journal at " + dir);
        }
        try
        {
            return Journal.openReadOnly(dir);
        }
        catch (final RuntimeException ex)
        {
            throw new UsageException("cannot open journal " + dir + ": " + ex.getMessage());
        }
    }

    /**
     * Parses a point in a journal: an input sequence (a small whole number), epoch nanoseconds (a large one),
     * or an ISO-8601 time (2024-08-08T23:56:00Z).
     *
     * @return {sequence, timeNs}, one of them Long.MIN_VALUE.
     */
    static long[] parsePoint(final String text, final String option)
    {
        final String t = text.trim();
        if (t.matches("\\d+"))
        {
            final long value;
            try
            {
                value = Long.parseLong(t);
            }
            catch (final NumberFormatException ex)
            {
                throw new UsageException(option + ": '" + text + "' is too large");
            }
            return value < 1_000_000_000_000_000L ? new long[]{ value, Long.MIN_VALUE } : new long[]{ Long.MIN_VALUE, value };
        }
        try
        {
            final Instant instant = Instant.parse(t);
            return new long[]{ Long.MIN_VALUE, instant.getEpochSecond() * 1_000_000_000L + instant.getNano() };
        }
        catch (final DateTimeParseException ex)
        {
            throw new UsageException(option + ": '" + text + "' is neither an input sequence nor an ISO-8601 time such as 2024-08-08T23:56:00Z");
        }
    }

    static String bytes(final long n)
    {
        if (n < 1024)
        {
            return n + " B";
        }
        if (n < 1024 * 1024)
        {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024)
        {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }

    static String count(final long n)
    {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String isoTime(final long epochNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L)).toString();
    }

    /**
     * A progress line on a terminal (stderr, rewritten in place); silent when output is not a terminal or
     * when the command prints JSON, so scripts see only their result.
     */
    static final class ProgressLine
    {
        private final PrintStream err = System.err;
        private final boolean enabled;
        private final String label;
        private final long startNs = System.nanoTime();
        private long lastPrintNs;

        ProgressLine(final String label, final boolean json)
        {
            this.label = label;
            this.enabled = !json && System.console() != null;
        }

        /**
         * @param done     work done (events).
         * @param fraction share of the whole done, 0..1, or negative if unknown.
         */
        void update(final long done, final double fraction)
        {
            if (!enabled)
            {
                return;
            }
            final long now = System.nanoTime();
            if (now - lastPrintNs < 250_000_000L)
            {
                return;
            }
            lastPrintNs = now;
            final double seconds = (now - startNs) / 1e9;
            final StringBuilder sb = new StringBuilder("\r").append(label).append(": ").append(count(done)).append(" events, ")
                .append(count((long)(done / Math.max(seconds, 1e-9)))).append("/s");
            if (fraction > 0 && fraction < 1)
            {
                sb.append(String.format(Locale.ROOT, ", %.0f%%, %.0f s left", fraction * 100, seconds * (1 - fraction) / fraction));
            }
            sb.append("   ");
            err.print(sb);
            err.flush();
        }

        void done()
        {
            if (enabled && lastPrintNs != 0)
            {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
