package io.ringwall.journal;

import io.ringwall.codecs.sbe.BookHealthDecoder;
import io.ringwall.codecs.sbe.TradeDecoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ChronicleLeakCheck.class)
class JournalScanTest
{
    @TempDir
    Path dir;

    private final TestEvents events = new TestEvents();

    @Test
    void shouldCountInputsAndDecisionsAndFindTheBounds()
    {
        try (Journal journal = Journal.open(dir, "FAST_DAILY"))
        {
            long first = -1;
            for (final byte[] event : events.oneOfEach())
            {
                final long index = journal.appender().append(new UnsafeBuffer(event), 0, event.length);
                first = first < 0 ? index : first;
            }
            final byte[] noise = { 1, 2, 3 };
            journal.appender().append(new UnsafeBuffer(noise), 0, noise.length);

            final JournalScan scan = JournalScan.scan(journal);
            assertThat(scan.inputs()).isEqualTo(9);
            assertThat(scan.decisions()).isEqualTo(2);
            assertThat(scan.others()).isEqualTo(1);
            assertThat(scan.entries()).isEqualTo(12);
            assertThat(scan.count(TradeDecoder.TEMPLATE_ID)).isEqualTo(1);
            assertThat(scan.count(BookHealthDecoder.TEMPLATE_ID)).isEqualTo(1);
            assertThat(scan.count(60_000)).isZero();
            assertThat(scan.lastInputSequence()).isEqualTo(8);
            assertThat(scan.firstReceiveTimeNs()).isEqualTo(TestEvents.T0);
            assertThat(scan.lastReceiveTimeNs()).isEqualTo(TestEvents.T0 + 2_000);
            assertThat(scan.firstIndex()).isEqualTo(first);
            assertThat(scan.lastIndex()).isEqualTo(journal.lastIndex());

            scan.reset();
            assertThat(scan.entries()).isZero();
            assertThat(scan.lastInputSequence()).isEqualTo(JournalScan.NONE);
        }
    }

    @Test
    void shouldFindTheLastInputSequenceReadingBackwardsPastDecisions()
    {
        try (Journal journal = Journal.open(dir, "FAST_DAILY"))
        {
            assertThat(JournalScan.lastInputSequence(journal)).isEqualTo(JournalScan.NONE);
            for (final byte[] event : events.oneOfEach())
            {
                journal.appender().append(new UnsafeBuffer(event), 0, event.length);
            }
            assertThat(JournalScan.lastInputSequence(journal)).isEqualTo(8);
        }
    }

    @Test
    void shouldReportNothingForAnEmptyJournal()
    {
        try (Journal journal = Journal.open(dir, "FAST_DAILY"))
        {
            final JournalScan scan = JournalScan.scan(journal);
            assertThat(scan.entries()).isZero();
            assertThat(scan.firstReceiveTimeNs()).isEqualTo(JournalScan.NONE);
            assertThat(scan.firstIndex()).isEqualTo(JournalScan.NONE);
        }
    }
}
