package io.ringwall.journal;

import net.openhft.chronicle.core.io.BackgroundResourceReleaser;
import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.rollcycles.LegacyRollCycles;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@ExtendWith(ChronicleLeakCheck.class)
class JournalTest
{
    @TempDir
    Path tmp;

    private final TestEvents events = new TestEvents();

    @Test
    void shouldRefuseAnUnknownRollCycleNamingTheAllowedOnes()
    {
        assertThatThrownBy(() -> Journal.open(tmp.resolve("j"), "FORTNIGHTLY"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'FORTNIGHTLY'")
            .hasMessageContaining("FAST_HOURLY")
            .hasMessageContaining("FAST_DAILY")
            .hasMessageContaining("HOURLY")
            .hasMessageContaining("MINUTELY");
        assertThatThrownBy(() -> Journal.parseRollCycle(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tmp.resolve("j")).doesNotExist();
    }

    @Test
    void shouldAcceptRollCycleNamesInAnyCase()
    {
        assertThat(Journal.parseRollCycle("fast_hourly")).isEqualTo(RollCycles.FAST_HOURLY);
        assertThat(Journal.parseRollCycle(" FAST_DAILY ")).isEqualTo(RollCycles.FAST_DAILY);
        assertThat(Journal.parseRollCycle("DAILY")).isEqualTo(LegacyRollCycles.DAILY);
        assertThat(Journal.parseRollCycle("MINUTELY")).isEqualTo(LegacyRollCycles.MINUTELY);
    }

    @Test
    void shouldCreateTheDirectoryAndEveryQueueFileOwnerOnlyAcrossRolls() throws IOException
    {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        final Path dir = tmp.resolve("a").resolve("journal");
        final SetTimeProvider clock = new SetTimeProvider(TestEvents.T0);
        try (Journal journal = Journal.open(dir, TestRollCycles.TEST_SECONDLY, clock))
        {
            for (int i = 0; i < 3; i++)
            {
                append(journal, events.timerTick(i));
                clock.advanceMillis(1_000);
            }
            // Chronicle tells the journal of a new file on its background resource thread: let it catch up.
            BackgroundResourceReleaser.releasePendingResources();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            final List<Path> files = list(dir);
            assertThat(files).filteredOn(f -> f.toString().endsWith(Journal.CYCLE_FILE_SUFFIX)).hasSize(3);
            assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo(Journal.METADATA_FILE));
            for (final Path file : files)
            {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void shouldTightenAnExistingDirectoryOpenedForWriting() throws IOException
    {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        final Path dir = Files.createDirectory(tmp.resolve("open"), PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwxr-xr-x")));
        try (Journal journal = Journal.open(dir, "FAST_DAILY"))
        {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.dir()))).isEqualTo("rwx------");
        }
    }

    @Test
    void shouldRefuseToOpenReadOnlyWhereThereIsNoJournalAndLeaveNothingBehind() throws IOException
    {
        final Path missing = tmp.resolve("missing");
        assertThatThrownBy(() -> Journal.openReadOnly(missing))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no journal at " + missing.toAbsolutePath());
        assertThat(missing).doesNotExist();

        final Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a journal");
        assertThatThrownBy(() -> Journal.openReadOnly(empty))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no journal at " + empty.toAbsolutePath());
        assertThat(list(empty)).containsExactly(empty.resolve("notes.txt"));
    }

    @Test
    void shouldRefuseToAppendThroughAReadOnlyJournal()
    {
        final Path dir = tmp.resolve("j");
        try (Journal journal = Journal.open(dir, "FAST_DAILY"))
        {
            append(journal, events.timerTick(0));
        }
        try (Journal journal = Journal.openReadOnly(dir))
        {
            assertThat(journal.isReadOnly()).isTrue();
            assertThatThrownBy(journal::appender).isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void shouldReportTheSizeOfItsFiles() throws IOException
    {
        final Path dir = tmp.resolve("j");
        try (Journal journal = Journal.open(dir, "FAST_DAILY"))
        {
            final long before = journal.bytesOnDisk();
            assertThat(before).isPositive(); // the metadata file exists from the start
            append(journal, events.trade(0));
            long sum = 0;
            for (final Path file : list(dir))
            {
                sum += Files.size(file);
            }
            assertThat(journal.bytesOnDisk()).isEqualTo(sum).isGreaterThan(before);
            assertThat(journal.dir()).isEqualTo(dir.toAbsolutePath());
        }
    }

    @Test
    void shouldReportTheLastIndexOrMinusOneWhenEmpty()
    {
        try (Journal journal = Journal.open(tmp.resolve("j"), "FAST_DAILY"))
        {
            assertThat(journal.lastIndex()).isEqualTo(-1);
            final long index = append(journal, events.trade(0));
            assertThat(journal.lastIndex()).isEqualTo(index);
        }
    }

    @Test
    void shouldRefuseARangeOutsideTheBufferBeforeWritingAnything()
    {
        try (Journal journal = Journal.open(tmp.resolve("j"), "FAST_DAILY"); JournalTailer tailer = journal.tailer())
        {
            final byte[] trade = events.trade(0);
            assertThatThrownBy(() -> journal.appender().append(new UnsafeBuffer(trade), 1, trade.length))
                .isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(tailer.read((buffer, offset, length, index) -> { })).isFalse();
        }
    }

    private static long append(final Journal journal, final byte[] event)
    {
        return journal.appender().append(new UnsafeBuffer(event), 0, event.length);
    }

    private static List<Path> list(final Path dir) throws IOException
    {
        try (Stream<Path> files = Files.list(dir))
        {
            return files.sorted().collect(Collectors.toList());
        }
    }
}
