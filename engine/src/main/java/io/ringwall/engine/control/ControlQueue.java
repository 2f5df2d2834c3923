package io.ringwall.engine.control;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.journal.Journal;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * The operator's channel into a running engine: a Chronicle queue beside the journal, in {@code DIR/control},
 * that {@code ringwall ctl} appends OperatorCommand records to and the engine follows ({@link ControlPoller}). The
 * journal keeps its single writer: the engine republishes each command into its ring as an input, so the command is
 * journaled, and a replay applies it as the run did.
 */
public final class ControlQueue
{
    /** The control queue's directory inside a journal directory. */
    public static final String DIR_NAME = "control";

    /** Commands are few: a daily file is plenty. */
    static final String ROLL_CYCLE = "FAST_DAILY";

    private ControlQueue()
    {
    }

    /**
     * @param journalDir a journal directory.
     * @return its control queue's directory.
     */
    public static Path dir(final Path journalDir)
    {
        return journalDir.resolve(DIR_NAME);
    }

    /**
     * Opens (creating if needed) the control queue of a journal directory.
     *
     * @param journalDir the journal directory.
     * @return the open queue.
     */
    static Journal open(final Path journalDir)
    {
        return Journal.open(dir(journalDir), ROLL_CYCLE);
    }

    /**
     * Appends one operator command to a journal directory's control queue.
     *
     * @param journalDir the journal directory of the (running) engine.
     * @param code       the command.
     * @param note       free text for the record, truncated as the schema's excerpts are; null for none.
     * @param timeNs     when it was sent (epoch ns); the engine stamps its own receive time when it publishes it.
     * @return the record's Chronicle index in the control queue.
     */
    public static long send(final Path journalDir, final OperatorCommandCode code, final String note, final long timeNs)
    {
        final OneSlot slot = new OneSlot();
        new InputWriter(slot).operatorCommand(code, note, timeNs);
        try (Journal queue = open(journalDir))
        {
            return queue.appender().append(slot.buffer, 0, slot.length);
        }
    }

    /** Holds the one encoded command between encoding and appending. */
    private static final class OneSlot implements EventSink
    {
        private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
        private int length;

        @Override
        public long claim()
        {
            return 0;
        }

        @Override
        public MutableDirectBuffer buffer(final long sequence)
        {
            return buffer;
        }

        @Override
        public void publish(final long sequence, final int length)
        {
            this.length = length;
        }

        @Override
        public int slotCapacity()
        {
            return buffer.capacity();
        }
    }
}
