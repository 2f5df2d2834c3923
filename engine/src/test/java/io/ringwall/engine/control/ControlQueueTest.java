package io.ringwall.engine.control;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalTailer;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control queue beside a journal: a sent command is an OperatorCommand record there, and the engine's poller
 * starts at the queue's end and republishes only what is sent afterwards, stamped with the engine's clock.
 */
class ControlQueueTest
{
    private static final long SENT = 1_723_161_253_000_000_000L;
    private static final long ENGINE_NOW = 1_723_161_300_000_000_000L;

    @Test
    void shouldAppendAnOperatorCommandRecordToTheControlQueue(@TempDir final Path dir)
    {
        ControlQueue.send(dir, OperatorCommandCode.FLATTEN, "end of day", SENT);

        try (Journal queue = Journal.openReadOnly(ControlQueue.dir(dir)); JournalTailer tailer = queue.tailer())
        {
            final Command[] read = new Command[1];
            assertThat(tailer.read((buffer, offset, length, index) -> read[0] = Command.decode(buffer, offset))).isTrue();
            assertThat(read[0]).isEqualTo(new Command(OperatorCommandCode.FLATTEN, "end of day", SENT));
            assertThat(tailer.read((buffer, offset, length, index) -> { })).isFalse();
        }
    }

    @Test
    void shouldForwardOnlyCommandsSentAfterThePollerStarted(@TempDir final Path dir)
    {
        ControlQueue.send(dir, OperatorCommandCode.HALT, "an old session's", SENT);
        final CapturingEventSink ring = new CapturingEventSink();
        try (ControlPoller poller = new ControlPoller(dir, ring, () -> ENGINE_NOW))
        {
            assertThat(poller.poll()).isZero();

            ControlQueue.send(dir, OperatorCommandCode.HALT, "desk", SENT + 1);
            ControlQueue.send(dir, OperatorCommandCode.RESUME, "", SENT + 2);
            assertThat(poller.poll()).isEqualTo(2);
            assertThat(poller.poll()).isZero();

            assertThat(ring.size()).isEqualTo(2);
            assertThat(Command.decode(ring.event(0), 0)).isEqualTo(new Command(OperatorCommandCode.HALT, "desk", ENGINE_NOW));
            assertThat(Command.decode(ring.event(1), 0)).isEqualTo(new Command(OperatorCommandCode.RESUME, "", ENGINE_NOW));
            assertThat(poller.forwarded()).isEqualTo(2);
            assertThat(poller.skipped()).isZero();
            assertThat(poller.dropped()).isZero();
        }
    }

    @Test
    void shouldSkipRecordsThatAreNotOperatorCommands(@TempDir final Path dir)
    {
        final CapturingEventSink ring = new CapturingEventSink();
        try (ControlPoller poller = new ControlPoller(dir, ring, () -> ENGINE_NOW);
             Journal queue = ControlQueue.open(dir))
        {
            final org.agrona.concurrent.UnsafeBuffer junk = new org.agrona.concurrent.UnsafeBuffer(new byte[]{ 1, 2, 3 });
            queue.appender().append(junk, 0, 3);
            assertThat(poller.poll()).isEqualTo(1);
            assertThat(ring.size()).isZero();
            assertThat(poller.skipped()).isEqualTo(1);
        }
    }

    private record Command(OperatorCommandCode code, String note, long receiveTimeNs)
    {
        static Command decode(final DirectBuffer buffer, final int offset)
        {
            final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, offset);
            assertThat(header.templateId()).isEqualTo(OperatorCommandDecoder.TEMPLATE_ID);
            final OperatorCommandDecoder d = new OperatorCommandDecoder()
                .wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            return new Command(d.command(), d.note(), Events.receiveTimeNs(buffer, offset));
        }
    }
}
