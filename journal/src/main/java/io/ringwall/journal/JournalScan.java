package io.ringwall.journal;

import io.ringwall.codecs.Events;
import org.agrona.DirectBuffer;

import java.util.Arrays;

/**
 * Counts and bounds of a journal's entries, for {@code verify}, {@code replay} and the status line: inputs
 * and decisions, per template, the last input sequence and the first and last receive times. It is a
 * {@link JournalHandler}, so it can also ride along a tailer that is doing other work.
 */
public final class JournalScan implements JournalHandler
{
    /** A time or sequence not seen (the journal holds no such event). */
    public static final long NONE = Long.MIN_VALUE;

    private static final int BATCH = 4096;

    private final long[] templateCounts = new long[EventTypes.MAX_KNOWN_TEMPLATE_ID + 1];
    private long inputs;
    private long decisions;
    private long others;
    private long lastInputSequence = NONE;
    private long firstReceiveTimeNs = NONE;
    private long lastReceiveTimeNs = NONE;
    private long firstIndex = NONE;
    private long lastIndex = NONE;

    /**
     * Reads a journal from its start to what is there now.
     *
     * @param journal the journal.
     * @return the totals.
     */
    public static JournalScan scan(final Journal journal)
    {
        final JournalScan scan = new JournalScan();
        try (JournalTailer tailer = journal.tailer())
        {
            while (tailer.readBatch(scan, BATCH) > 0)
            {
                // keep reading
            }
        }
        return scan;
    }

    /**
     * The input sequence of the journal's last input, found by reading backwards from the end, so a
     * restarting session can go on from the next sequence without reading the whole journal.
     *
     * @param journal the journal.
     * @return the sequence, or {@link #NONE} if the journal holds no input.
     */
    public static long lastInputSequence(final Journal journal)
    {
        final JournalScan scan = new JournalScan();
        try (JournalTailer tailer = journal.tailer().backwardFromEnd())
        {
            while (scan.inputs == 0 && tailer.read(scan))
            {
                // until the newest input
            }
        }
        return scan.lastInputSequence;
    }

    @Override
    public void onEvent(final DirectBuffer buffer, final int offset, final int length, final long index)
    {
        if (firstIndex == NONE)
        {
            firstIndex = index;
        }
        lastIndex = index;
        if (!Events.isEvent(buffer, offset, length))
        {
            others++;
            return;
        }
        final int templateId = Events.templateId(buffer, offset);
        if (templateId < templateCounts.length)
        {
            templateCounts[templateId]++;
        }
        if (Events.isDecision(templateId))
        {
            decisions++;
        }
        else
        {
            inputs++;
            lastInputSequence = Events.causeSequence(buffer, offset);
        }
        final long receiveTimeNs = Events.receiveTimeNs(buffer, offset);
        if (firstReceiveTimeNs == NONE)
        {
            firstReceiveTimeNs = receiveTimeNs;
        }
        lastReceiveTimeNs = receiveTimeNs;
    }

    /**
     * Forgets everything counted so far.
     */
    public void reset()
    {
        Arrays.fill(templateCounts, 0);
        inputs = 0;
        decisions = 0;
        others = 0;
        lastInputSequence = NONE;
        firstReceiveTimeNs = NONE;
        lastReceiveTimeNs = NONE;
        firstIndex = NONE;
        lastIndex = NONE;
    }

    /**
     * @return entries read, whatever they held.
     */
    public long entries()
    {
        return inputs + decisions + others;
    }

    /**
     * @return events with an input template id (below 100).
     */
    public long inputs()
    {
        return inputs;
    }

    /**
     * @return events with a decision template id (100 and up).
     */
    public long decisions()
    {
        return decisions;
    }

    /**
     * @return entries that are not events of this schema (too short, or another schema id).
     */
    public long others()
    {
        return others;
    }

    /**
     * @param templateId a template id.
     * @return how many events had it (0 for ids beyond those this schema could define).
     */
    public long count(final int templateId)
    {
        return templateId >= 0 && templateId < templateCounts.length ? templateCounts[templateId] : 0;
    }

    /**
     * @return the cause sequence of the last input read (an input's own sequence), or {@link #NONE}.
     */
    public long lastInputSequence()
    {
        return lastInputSequence;
    }

    /**
     * @return the receive time of the first event read, or {@link #NONE}.
     */
    public long firstReceiveTimeNs()
    {
        return firstReceiveTimeNs;
    }

    /**
     * @return the receive time of the last event read, or {@link #NONE}.
     */
    public long lastReceiveTimeNs()
    {
        return lastReceiveTimeNs;
    }

    /**
     * @return the Chronicle index of the first entry read, or {@link #NONE}.
     */
    public long firstIndex()
    {
        return firstIndex;
    }

    /**
     * @return the Chronicle index of the last entry read, or {@link #NONE}.
     */
    public long lastIndex()
    {
        return lastIndex;
    }
}
