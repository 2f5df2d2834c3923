package io.ringwall.engine.signals;

import io.ringwall.codecs.Events;
import io.ringwall.engine.book.SnapshotRequester;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.journal.InstrumentCatalog;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalTailer;

/**
 * Feature snapshots from a journal, two ways: by replaying its inputs through a fresh business logic with
 * given settings (features as today's code and those settings compute them), or as recorded (the decisions
 * the session journaled, no re-run).
 */
public final class JournalSnapshots
{
    private JournalSnapshots()
    {
    }

    /**
     * Replays a journal's inputs through a fresh business logic and collects the snapshots it decides.
     *
     * @param journal  an open journal.
     * @param settings the logic's parameters.
     * @return the collector, holding the snapshots.
     */
    public static FeatureSnapshotCollector replay(final Journal journal, final LogicSettings settings)
    {
        final InstrumentCatalog instruments = new InstrumentCatalog();
        final FeatureSnapshotCollector collector = new FeatureSnapshotCollector(journal.dir().toString(), instruments);
        final BusinessLogic logic = new BusinessLogic(settings, collector, SnapshotRequester.NONE);
        try (JournalTailer tailer = journal.tailer())
        {
            while (tailer.read((buffer, offset, length, index) ->
            {
                if (Events.isEvent(buffer, offset, length) && !Events.isDecision(Events.templateId(buffer, offset)))
                {
                    instruments.learn(buffer, offset, length);
                    logic.onEvent(buffer, offset, length);
                }
            }))
            {
                // to the end
            }
        }
        return collector;
    }

    /**
     * Collects the snapshots a journal recorded.
     *
     * @param journal an open journal.
     * @return the collector, holding the snapshots.
     */
    public static FeatureSnapshotCollector recorded(final Journal journal)
    {
        final InstrumentCatalog instruments = new InstrumentCatalog();
        final FeatureSnapshotCollector collector = new FeatureSnapshotCollector(journal.dir().toString(), instruments);
        try (JournalTailer tailer = journal.tailer())
        {
            while (tailer.read((buffer, offset, length, index) ->
            {
                if (Events.isEvent(buffer, offset, length))
                {
                    if (Events.isDecision(Events.templateId(buffer, offset)))
                    {
                        collector.onDecision(buffer, offset, length);
                    }
                    else
                    {
                        instruments.learn(buffer, offset, length);
                    }
                }
            }))
            {
                // to the end
            }
        }
        return collector;
    }
}
