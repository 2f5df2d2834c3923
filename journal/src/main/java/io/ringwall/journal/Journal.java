package io.ringwall.journal;

import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.StoreFileListener;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.queue.rollcycles.LargeRollCycles;
import net.openhft.chronicle.queue.rollcycles.LegacyRollCycles;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The session journal: one Chronicle Queue directory holding every input and decision event, in order, as
 * the raw SBE bytes (one message per document, message header included). One thread writes through
 * {@link #appender()}; any number of readers, in this or other processes, read through {@link #tailer()}.
 */
public final class Journal implements AutoCloseable
{
    /** Chronicle's suffix for a cycle's data file. */
    static final String CYCLE_FILE_SUFFIX = SingleChronicleQueue.SUFFIX;

    /** Chronicle's metadata (table store) file, present in every queue directory. */
    static final String METADATA_FILE = SingleChronicleQueue.QUEUE_METADATA_FILE;

    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Map<String, RollCycle> ROLL_CYCLES = rollCycles();

    private final Path dir;
    private final SingleChronicleQueue queue;
    private final boolean readOnly;
    private JournalAppender appender;

    private Journal(final Path dir, final SingleChronicleQueue queue, final boolean readOnly)
    {
        this.dir = dir;
        this.queue = queue;
        this.readOnly = readOnly;
    }

    /**
     * Opens a journal for writing, creating its directory (owner-only) if needed. An existing journal keeps
     * the roll cycle it was created with; Chronicle reads it from the queue's metadata.
     *
     * @param dir       the journal directory.
     * @param rollCycle a Chronicle roll cycle name: FAST_HOURLY, FAST_DAILY, HOURLY, DAILY, MINUTELY...
     * @return the open journal.
     * @throws IllegalArgumentException naming the allowed values if the roll cycle is unknown.
     * @throws UncheckedIOException     if the directory cannot be created.
     */
    public static Journal open(final Path dir, final String rollCycle)
    {
        return open(dir, parseRollCycle(rollCycle), SystemTimeProvider.INSTANCE);
    }

    /**
     * Opens a journal for writing with a given clock, which decides only when a file rolls, never what an
     * event says; tests use it to cross cycle boundaries deterministically.
     */
    static Journal open(final Path dir, final RollCycle rollCycle, final TimeProvider clock)
    {
        final Path absolute = dir.toAbsolutePath();
        try
        {
            Files.createDirectories(absolute);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create journal directory " + absolute, ex);
        }
        // The directory alone keeps everyone else out; the files are tightened too, so that a journal
        // copied or moved elsewhere stays private (it may hold config text and rejected raw frames).
        restrict(absolute, OWNER_ONLY_DIR);
        final SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(absolute)
            .rollCycle(rollCycle)
            .timeProvider(clock)
            .storeFileListener(new OwnerOnlyFiles())
            .build();
        try
        {
            restrictFiles(absolute);
        }
        catch (final RuntimeException ex)
        {
            queue.close();
            throw ex;
        }
        return new Journal(absolute, queue, false);
    }

    /**
     * Opens an existing journal for reading only, for tools; a writer in another process may still be
     * appending to it.
     *
     * @param dir the journal directory.
     * @return the open journal.
     * @throws IllegalArgumentException if the directory does not exist or holds no journal.
     */
    public static Journal openReadOnly(final Path dir)
    {
        final Path absolute = dir.toAbsolutePath();
        if (!Files.isDirectory(absolute))
        {
            throw new IllegalArgumentException("no journal at " + absolute + ": not a directory");
        }
        if (!hasQueueFiles(absolute))
        {
            // Checked here because Chronicle in read-only mode would quietly open an empty queue.
            throw new IllegalArgumentException(
                "no journal at " + absolute + ": no " + METADATA_FILE + " or *" + CYCLE_FILE_SUFFIX + " files");
        }
        final SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(absolute).readOnly(true).build();
        return new Journal(absolute, queue, true);
    }

    /**
     * Parses a roll cycle name.
     *
     * @param name e.g. "FAST_HOURLY", any case.
     * @return the roll cycle.
     * @throws IllegalArgumentException naming the allowed values.
     */
    public static RollCycle parseRollCycle(final String name)
    {
        final RollCycle cycle = name == null ? null : ROLL_CYCLES.get(name.trim().toUpperCase(Locale.ROOT));
        if (cycle == null)
        {
            throw new IllegalArgumentException(
                "unknown journal roll cycle '" + name + "' (expected one of " + String.join(", ", ROLL_CYCLES.keySet()) + ")");
        }
        return cycle;
    }

    /**
     * The journal's single appender, created on first use; use it from one thread only.
     *
     * @return the appender.
     * @throws IllegalStateException if the journal was opened read-only.
     */
    public JournalAppender appender()
    {
        if (readOnly)
        {
            throw new IllegalStateException("journal " + dir + " is open read-only");
        }
        if (appender == null)
        {
            appender = new JournalAppender(queue.createAppender());
        }
        return appender;
    }

    /**
     * A new reader positioned at the start of the journal; each reader is used by one thread.
     *
     * @return the tailer, to be closed by the caller.
     */
    public JournalTailer tailer()
    {
        return new JournalTailer(queue.createTailer());
    }

    /**
     * The total size of the queue files: cheap (one directory listing), for a status line. Chronicle
     * extends the file of the current cycle ahead of the data, in blocks and sparsely, so this is the space
     * the files may take, not how much has been written.
     *
     * @return bytes.
     */
    public long bytesOnDisk()
    {
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir))
        {
            for (final Path file : files)
            {
                if (isQueueFile(file))
                {
                    try
                    {
                        total += Files.size(file);
                    }
                    catch (final NoSuchFileException ignore)
                    {
                        // Deleted between listing and sizing (a retention job): it takes no space any more.
                    }
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list journal " + dir, ex);
        }
        return total;
    }

    /**
     * @return the journal directory, absolute.
     */
    public Path dir()
    {
        return dir;
    }

    /**
     * @return true if opened with {@link #openReadOnly(Path)}.
     */
    public boolean isReadOnly()
    {
        return readOnly;
    }

    /**
     * @return the Chronicle index of the last document in the journal, or -1 when it is empty.
     */
    public long lastIndex()
    {
        final long last = queue.lastIndex();
        return last == Long.MIN_VALUE ? -1 : last;
    }

    /** Gives the package's scans Chronicle features the public API does not need (reading backwards). */
    SingleChronicleQueue queue()
    {
        return queue;
    }

    @Override
    public void close()
    {
        if (appender != null)
        {
            appender.close();
        }
        queue.close();
        if (!readOnly)
        {
            // The listener runs in the background; a file acquired just before closing may not have had its turn.
            restrictFiles(dir);
        }
    }

    @Override
    public String toString()
    {
        return "Journal(" + dir + (readOnly ? ", read-only)" : ")");
    }

    private static boolean hasQueueFiles(final Path dir)
    {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir))
        {
            for (final Path file : files)
            {
                if (isQueueFile(file))
                {
                    return true;
                }
            }
            return false;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list journal " + dir, ex);
        }
    }

    private static boolean isQueueFile(final Path file)
    {
        final String name = file.getFileName().toString();
        return name.endsWith(CYCLE_FILE_SUFFIX) || name.equals(METADATA_FILE);
    }

    private static void restrictFiles(final Path dir)
    {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir))
        {
            for (final Path file : files)
            {
                if (isQueueFile(file))
                {
                    restrict(file, OWNER_ONLY_FILE);
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list journal " + dir, ex);
        }
    }

    private static void restrict(final Path path, final Set<PosixFilePermission> permissions)
    {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix"))
        {
            return;
        }
        try
        {
            Files.setPosixFilePermissions(path, permissions);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot restrict permissions of " + path, ex);
        }
    }

    private static Map<String, RollCycle> rollCycles()
    {
        final Map<String, RollCycle> cycles = new LinkedHashMap<>();
        for (final RollCycles cycle : RollCycles.values())
        {
            cycles.put(cycle.name(), cycle);
        }
        for (final LegacyRollCycles cycle : LegacyRollCycles.values())
        {
            cycles.put(cycle.name(), cycle);
        }
        for (final LargeRollCycles cycle : LargeRollCycles.values())
        {
            cycles.put(cycle.name(), cycle);
        }
        return Collections.unmodifiableMap(cycles);
    }

    /**
     * Chronicle creates each cycle's file with the process umask and offers no permission setting, so
     * every file it acquires for this journal is narrowed to owner-only as it appears (once per roll).
     * Chronicle calls this on its background resource thread, so the writer's roll never waits on it.
     */
    private static final class OwnerOnlyFiles implements StoreFileListener
    {
        @Override
        public void onAcquired(final int cycle, final File file)
        {
            try
            {
                restrict(file.toPath(), OWNER_ONLY_FILE);
            }
            catch (final UncheckedIOException ignore)
            {
                // Never fail a write or a roll over this: the owner-only directory already keeps others out.
            }
        }

        @Override
        public void onReleased(final int cycle, final File file)
        {
        }
    }
}
