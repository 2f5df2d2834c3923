package io.ringwall.journal;

import io.ringwall.codecs.Events;
import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ChronicleLeakCheck.class)
class JournalRoundTripTest
{
    private static final long START_MS = TestEvents.T0 / 1_000_000;

    @TempDir
    Path dir;

    private final TestEvents events = new TestEvents();

    @Test
    void shouldReadBackEveryMessageTypeByteIdenticalAcrossRolls() throws Exception
    {
        final List<byte[]> written = new ArrayList<>();
        written.addAll(events.oneOfEach());
        written.addAll(events.oneOfEach());
        final SetTimeProvider clock = new SetTimeProvider(START_MS * 1_000_000L);
        final List<Long> indexes = new ArrayList<>();
        try (Journal journal = Journal.open(dir, TestRollCycles.TEST_SECONDLY, clock))
        {
            final JournalAppender appender = journal.appender();
            for (int i = 0; i < written.size(); i++)
            {
                if (i % 3 == 0)
                {
                    clock.advanceMillis(1_000); // a new cycle (file) every third event
                }
                final byte[] event = written.get(i);
                indexes.add(appender.append(new UnsafeBuffer(event), 0, event.length));
            }
            assertThat(appender.lastIndex()).isEqualTo(indexes.get(indexes.size() - 1));
            assertThat(journal.lastIndex()).isEqualTo(appender.lastIndex());
        }

        try (Stream<Path> files = Files.list(dir))
        {
            assertThat(files.filter(f -> f.toString().endsWith(Journal.CYCLE_FILE_SUFFIX)).count())
                .isEqualTo((written.size() + 2) / 3);
        }
        final List<byte[]> read = new ArrayList<>();
        try (Journal journal = Journal.openReadOnly(dir); JournalTailer tailer = journal.tailer())
        {
            while (tailer.read((buffer, offset, length, index) -> read.add(copy(buffer, offset, length))))
            {
                // until the end
            }
            assertThat(tailer.read((buffer, offset, length, index) -> read.add(null))).isFalse();
        }
        assertThat(read).containsExactlyElementsOf(written);
        assertThat(read).extracting(b -> Events.templateId(new UnsafeBuffer(b), 0))
            .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101);
    }

    @Test
    void shouldHandTheHandlerTheIndexOfEachEntry()
    {
        final List<Long> appended = new ArrayList<>();
        final List<Long> seen = new ArrayList<>();
        try (Journal journal = Journal.open(dir, "FAST_DAILY"); JournalTailer tailer = journal.tailer())
        {
            for (final byte[] event : events.oneOfEach())
            {
                appended.add(journal.appender().append(new UnsafeBuffer(event), 0, event.length));
            }
            tailer.readBatch((buffer, offset, length, index) -> seen.add(index), 100);
        }
        assertThat(seen).containsExactlyElementsOf(appended);
        assertThat(appended).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void shouldCopyFromHeapDirectAndOffsetBuffersAlike()
    {
        final byte[] trade = events.trade(7);
        final UnsafeBuffer heap = new UnsafeBuffer(trade);
        final UnsafeBuffer direct = new UnsafeBuffer(ByteBuffer.allocateDirect(trade.length + 64));
        direct.putBytes(13, trade);
        final ExpandableArrayBuffer expandable = new ExpandableArrayBuffer(256);
        expandable.putBytes(100, trade);
        final UnsafeBuffer heapByteBuffer = new UnsafeBuffer(ByteBuffer.allocate(trade.length + 8), 3, trade.length);
        heapByteBuffer.putBytes(0, trade);

        final List<byte[]> read = new ArrayList<>();
        try (Journal journal = Journal.open(dir, "FAST_DAILY"); JournalTailer tailer = journal.tailer())
        {
            final JournalAppender appender = journal.appender();
            appender.append(heap, 0, trade.length);
            appender.append(direct, 13, trade.length);
            appender.append(expandable, 100, trade.length);
            appender.append(heapByteBuffer, 0, trade.length);
            assertThat(tailer.readBatch((buffer, offset, length, index) -> read.add(copy(buffer, offset, length)), 10))
                .isEqualTo(4);
        }
        assertThat(read).allSatisfy(bytes -> assertThat(bytes).isEqualTo(trade));
    }

    @Test
    void shouldFollowAppendsAsTheyHappen()
    {
        final List<byte[]> read = new ArrayList<>();
        final JournalHandler collect = (buffer, offset, length, index) -> read.add(copy(buffer, offset, length));
        try (Journal journal = Journal.open(dir, "FAST_DAILY"); JournalTailer tailer = journal.tailer())
        {
            assertThat(tailer.read(collect)).isFalse();
            final byte[] first = events.timerTick(0);
            journal.appender().append(new UnsafeBuffer(first), 0, first.length);
            assertThat(tailer.read(collect)).isTrue();
            assertThat(tailer.read(collect)).isFalse();
            final byte[] second = events.timerTick(1);
            journal.appender().append(new UnsafeBuffer(second), 0, second.length);
            assertThat(tailer.read(collect)).isTrue();
            assertThat(read).containsExactly(first, second);
        }
    }

    @Test
    void shouldMoveToAnIndexAndToTheEnd()
    {
        final List<byte[]> all = events.oneOfEach();
        final long[] indexes = new long[all.size()];
        final List<byte[]> read = new ArrayList<>();
        final JournalHandler collect = (buffer, offset, length, index) -> read.add(copy(buffer, offset, length));
        try (Journal journal = Journal.open(dir, "FAST_DAILY"); JournalTailer tailer = journal.tailer())
        {
            for (int i = 0; i < all.size(); i++)
            {
                indexes[i] = journal.appender().append(new UnsafeBuffer(all.get(i)), 0, all.get(i).length);
            }
            assertThat(tailer.moveToIndex(indexes[3])).isTrue();
            assertThat(tailer.read(collect)).isTrue();
            assertThat(read).containsExactly(all.get(3));
            assertThat(tailer.moveToIndex(indexes[indexes.length - 1] + 1_000)).isFalse();

            tailer.toEnd();
            assertThat(tailer.read(collect)).isFalse();
            final byte[] later = events.timerTick(99);
            journal.appender().append(new UnsafeBuffer(later), 0, later.length);
            assertThat(tailer.read(collect)).isTrue();
            assertThat(read).last().isEqualTo(later);

            tailer.toStart();
            read.clear();
            assertThat(tailer.readBatch(collect, 4)).isEqualTo(4);
            assertThat(read).containsExactlyElementsOf(all.subList(0, 4));
        }
    }

    static byte[] copy(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return bytes;
    }
}
