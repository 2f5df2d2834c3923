package io.ringwall.engine.control;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.Events;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalHandler;
import io.ringwall.journal.JournalTailer;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.EpochNanoClock;

import java.nio.file.Path;

/**
 * Follows a journal directory's control queue from its end (commands sent before this session are not replayed into
 * it) and publishes each operator command into the engine's ring as an OperatorCommand input, stamped with the
 * engine's clock. Polled by one producer thread (the timer's), which also opens and closes it: Chronicle tailers are
 * single-threaded. Records that are not operator commands are skipped and counted.
 */
public final class ControlPoller implements JournalHandler, AutoCloseable
{
    /** At most this many commands per poll: a flood of commands must not starve the timer. */
    private static final int BATCH = 16;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final OperatorCommandDecoder command = new OperatorCommandDecoder();
    private final Journal queue;
    private final JournalTailer tailer;
    private final InputWriter writer;
    private final EpochNanoClock clock;
    private long forwarded;
    private long skipped;
    private long dropped;

    /**
     * Opens the control queue (creating it if needed) and positions at its end.
     *
     * @param journalDir the engine's journal directory.
     * @param sink       the engine's inbound ring.
     * @param clock      the clock inputs are stamped with.
     */
    public ControlPoller(final Path journalDir, final EventSink sink, final EpochNanoClock clock)
    {
        this.queue = ControlQueue.open(journalDir);
        this.tailer = queue.tailer().toEnd();
        this.writer = new InputWriter(sink);
        this.clock = clock;
    }

    /**
     * Publishes the commands appended since the last poll.
     *
     * @return how many records were read.
     */
    public int poll()
    {
        return tailer.readBatch(this, BATCH);
    }

    @Override
    public void onEvent(final DirectBuffer buffer, final int offset, final int length, final long index)
    {
        if (!Events.isEvent(buffer, offset, length))
        {
            skipped++;
            return;
        }
        header.wrap(buffer, offset);
        if (header.templateId() != OperatorCommandDecoder.TEMPLATE_ID)
        {
            skipped++;
            return;
        }
        command.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
        final OperatorCommandCode code = command.command();
        if (code == OperatorCommandCode.NULL_VAL)
        {
            skipped++;   // a command from a newer ctl this engine does not know
            return;
        }
        if (writer.operatorCommand(code, command.note(), clock.nanoTime()))
        {
            forwarded++;
        }
        else
        {
            dropped++;
        }
    }

    /** @return commands published into the ring. */
    public long forwarded()
    {
        return forwarded;
    }

    /** @return records that were not operator commands this version knows. */
    public long skipped()
    {
        return skipped;
    }

    /** @return commands the ring's overload policy dropped. */
    public long dropped()
    {
        return dropped;
    }

    @Override
    public void close()
    {
        tailer.close();
        queue.close();
    }
}
