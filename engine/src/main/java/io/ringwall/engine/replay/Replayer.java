package io.ringwall.engine.replay;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.SessionStartDecoder;
import io.ringwall.engine.book.SnapshotRequester;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.ModelSource;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalTailer;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableRingBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Backtest by replay: the journal's inputs go through the same business logic at full speed, and the
 * decisions it produces are compared, one by one, with the decisions the journal recorded. Each recorded
 * decision follows its cause input in the journal, so a produced decision always waits in a short queue
 * until its recorded twin is read.
 */
public final class Replayer
{
    /** Decides where a replay stops early (for `book --at`): called before each input. */
    @FunctionalInterface
    public interface StopCondition
    {
        StopCondition NEVER = (sequence, receiveTimeNs) -> false;

        boolean stopBefore(long sequence, long receiveTimeNs);
    }

    /** Told how far the replay has got, every so many inputs. */
    @FunctionalInterface
    public interface Progress
    {
        Progress NONE = (inputs, index) -> {};

        void onProgress(long inputs, long journalIndex);
    }

    private final BusinessLogic logic;
    private final DecisionDigest produced = new DecisionDigest();
    private final DecisionDigest recorded = new DecisionDigest();
    private final ExpandableRingBuffer awaiting = new ExpandableRingBuffer(1 << 16, 1 << 30, true);
    private final UnsafeBuffer head = new UnsafeBuffer(0, 0);
    private long inputs;
    private long firstDivergence = -1;
    private long divergenceCause = -1;
    private boolean stopped;
    private final ExpandableRingBuffer.MessageConsumer compareHead = this::compareHead;
    private DirectBuffer recordedBuffer;
    private int recordedOffset;
    private int recordedLength;
    private long recordedIndex;

    /**
     * @param settings the logic's parameters: must be those the journal was recorded with for a match.
     */
    public Replayer(final LogicSettings settings)
    {
        this.logic = new BusinessLogic(settings, this::onProduced, SnapshotRequester.NONE);
    }

    /**
     * The logic parameters a journal was recorded with, from its session start record, or the defaults
     * when it has none.
     *
     * @param journal an open journal.
     * @return its logic settings.
     */
    public static LogicSettings recordedSettings(final Journal journal)
    {
        final String[] recorded = recordedSession(journal);
        if (recorded[0] == null)
        {
            return LogicSettings.DEFAULTS;
        }
        // Files the recorded config named may not exist here; the logic's settings do not depend on them,
        // except the signal model, whose text the session recorded beside its config.
        final LogicSettings settings = RingwallConfig.parse("journal session config", recorded[0], null, false).logic();
        final AnalyticsSettings analytics = settings.analytics();
        if (recorded[1] == null || recorded[1].isEmpty())
        {
            return settings;
        }
        // the model may have come from the config or from --model: the recorded text is what ran
        final ModelSource model = analytics.model() != null ? analytics.model().withText(recorded[1]) :
            new ModelSource("(the model recorded in the journal)", recorded[1]);
        return new LogicSettings(settings.initialBookLevels(), settings.syncBufferBytes(), analytics.withModel(model),
            settings.trading());
    }

    /**
     * @param journal an open journal.
     * @return the config text of its first session, or null.
     */
    public static String recordedConfigText(final Journal journal)
    {
        return recordedSession(journal)[0];
    }

    /** The first session's config text and model text (null when absent). */
    private static String[] recordedSession(final Journal journal)
    {
        final String[] text = { null, null };
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final SessionStartDecoder start = new SessionStartDecoder();
        try (JournalTailer tailer = journal.tailer())
        {
            tailer.read((buffer, offset, length, index) ->
            {
                if (Events.isEvent(buffer, offset, length) && Events.templateId(buffer, offset) == SessionStartDecoder.TEMPLATE_ID)
                {
                    header.wrap(buffer, offset);
                    start.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
                    start.skipEngineVersion();
                    text[0] = start.configText();
                    text[1] = start.modelText();
                }
            });
        }
        return text;
    }

    /**
     * Replays a whole journal (or up to the stop condition).
     *
     * @param journal  an open journal.
     * @param stop     where to stop early.
     * @param progress told every 100,000 inputs.
     * @return the comparison.
     */
    public ReplayResult replay(final Journal journal, final StopCondition stop, final Progress progress)
    {
        try (JournalTailer tailer = journal.tailer())
        {
            final long[] lastIndex = { 0 };
            while (!stopped && tailer.read((buffer, offset, length, index) ->
            {
                lastIndex[0] = index;
                onJournalEntry(buffer, offset, length, stop);
            }))
            {
                if ((inputs & 0xFFFF) == 0)
                {
                    progress.onProgress(inputs, lastIndex[0]);
                }
            }
        }
        return new ReplayResult(inputs, produced.count(), produced.hex(), recorded.count(), recorded.hex(),
            firstDivergence, divergenceCause, stopped);
    }

    /** @return the logic, holding the state at the end of the replay. */
    public BusinessLogic logic()
    {
        return logic;
    }

    private void onJournalEntry(final DirectBuffer buffer, final int offset, final int length, final StopCondition stop)
    {
        if (stopped || !Events.isEvent(buffer, offset, length))
        {
            return;
        }
        final int templateId = Events.templateId(buffer, offset);
        if (Events.isDecision(templateId))
        {
            onRecorded(buffer, offset, length);
            return;
        }
        if (stop.stopBefore(Events.causeSequence(buffer, offset), Events.receiveTimeNs(buffer, offset)))
        {
            stopped = true;
            return;
        }
        inputs++;
        logic.onEvent(buffer, offset, length);
    }

    private void onProduced(final DirectBuffer buffer, final int offset, final int length)
    {
        produced.update(buffer, offset, length);
        awaiting.append(buffer, offset, length);
    }

    private void onRecorded(final DirectBuffer buffer, final int offset, final int length)
    {
        final long index = recorded.count();
        recorded.update(buffer, offset, length);
        if (firstDivergence >= 0)
        {
            return;
        }
        if (awaiting.isEmpty())
        {
            diverged(index, Events.causeSequence(buffer, offset));
            return;
        }
        recordedBuffer = buffer;
        recordedOffset = offset;
        recordedLength = length;
        recordedIndex = index;
        awaiting.consume(compareHead, 1);
    }

    private boolean compareHead(final org.agrona.MutableDirectBuffer buf, final int off, final int len, final int headOffset)
    {
        head.wrap(buf, off, len);
        if (len != recordedLength || !equal(head, recordedBuffer, recordedOffset, recordedLength))
        {
            diverged(recordedIndex, Events.causeSequence(recordedBuffer, recordedOffset));
        }
        return true;
    }

    private void diverged(final long index, final long causeSequence)
    {
        firstDivergence = index;
        divergenceCause = causeSequence;
    }

    private static boolean equal(final DirectBuffer a, final DirectBuffer b, final int bOffset, final int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (a.getByte(i) != b.getByte(bOffset + i))
            {
                return false;
            }
        }
        return true;
    }
}
