package io.ringwall.engine.signals;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.FeatureSchemaDecoder;
import io.ringwall.codecs.sbe.FeatureSnapshotDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.decision.DecisionSink;
import io.ringwall.journal.InstrumentCatalog;
import org.agrona.DirectBuffer;
import org.agrona.collections.LongArrayList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the LIVE feature snapshots a decision stream carries (a replay's or a journal's recorded one),
 * learning each instrument's feature names from its FeatureSchema. CADENCE and SIGNAL snapshots both count;
 * a second snapshot at the same event time is the same state and is dropped. An offline tool: it allocates.
 */
public final class FeatureSnapshotCollector implements DecisionSink
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final FeatureSchemaDecoder schema = new FeatureSchemaDecoder();
    private final FeatureSnapshotDecoder snapshot = new FeatureSnapshotDecoder();
    private final String source;
    private final InstrumentCatalog instruments;
    private final Map<Integer, Builder> open = new TreeMap<>();
    private final List<SnapshotSeries> closed = new ArrayList<>();
    private long snapshots;
    private long notLive;
    private long duplicates;
    private long outOfOrder;
    private long withoutSchema;

    /**
     * @param source      names the stream (a journal directory) in the series and the model's metadata.
     * @param instruments where symbols come from (fed the journal's InstrumentDefinitions by the caller).
     */
    public FeatureSnapshotCollector(final String source, final InstrumentCatalog instruments)
    {
        this.source = source;
        this.instruments = instruments;
    }

    @Override
    public void onDecision(final DirectBuffer buffer, final int offset, final int length)
    {
        if (!Events.isEvent(buffer, offset, length))
        {
            return;
        }
        final int templateId = Events.templateId(buffer, offset);
        if (templateId == FeatureSchemaDecoder.TEMPLATE_ID)
        {
            header.wrap(buffer, offset);
            schema.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            onSchema(schema);
        }
        else if (templateId == FeatureSnapshotDecoder.TEMPLATE_ID)
        {
            header.wrap(buffer, offset);
            snapshot.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            onSnapshot(snapshot);
        }
    }

    private void onSchema(final FeatureSchemaDecoder decoder)
    {
        final int instrumentId = decoder.header().instrumentId();
        final List<Integer> ids = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final FeatureSchemaDecoder.FeaturesDecoder features = decoder.features();
        while (features.hasNext())
        {
            features.next();
            ids.add(features.featureId());
            names.add(features.name());
        }
        final Builder current = open.get(instrumentId);
        if (current != null && current.names.equals(names) && current.ids.equals(ids))
        {
            return; // the same schema again (a new session in the same journal): the series goes on
        }
        if (current != null)
        {
            closed.add(current.build());
        }
        open.put(instrumentId, new Builder(instrumentId, ids, names));
    }

    private void onSnapshot(final FeatureSnapshotDecoder decoder)
    {
        snapshots++;
        final int instrumentId = decoder.header().instrumentId();
        final long timeNs = decoder.header().receiveTimeNs();
        if (decoder.bookState() != BookState.LIVE)
        {
            notLive++;
            return;
        }
        final Builder series = open.get(instrumentId);
        if (series == null)
        {
            withoutSchema++;
            return;
        }
        if (series.times.size() > 0)
        {
            final long last = series.times.getLong(series.times.size() - 1);
            if (timeNs == last)
            {
                duplicates++;
                return;
            }
            if (timeNs < last)
            {
                outOfOrder++;
                return;
            }
        }
        final double[] row = new double[series.names.size()];
        Arrays.fill(row, Double.NaN);
        final FeatureSnapshotDecoder.FeaturesDecoder features = decoder.features();
        while (features.hasNext())
        {
            features.next();
            final int id = features.featureId();
            final int column = id <= FeatureCatalog.MAX_ID ? series.columnById[id] : -1;
            if (column >= 0)
            {
                row[column] = features.value();
            }
        }
        series.times.addLong(timeNs);
        series.rows.add(row);
    }

    /**
     * @return every series collected, by instrument id (then in the order their schemas appeared).
     */
    public List<SnapshotSeries> series()
    {
        final List<SnapshotSeries> all = new ArrayList<>(closed);
        for (final Builder builder : open.values())
        {
            all.add(builder.build());
        }
        all.removeIf(s -> s.size() == 0);
        all.sort((a, b) -> Integer.compare(a.instrumentId(), b.instrumentId()));
        return all;
    }

    /** @return FeatureSnapshot decisions seen, of any state. */
    public long snapshots()
    {
        return snapshots;
    }

    /** @return snapshots dropped because the book was not LIVE (they carry no values). */
    public long notLive()
    {
        return notLive;
    }

    /** @return snapshots dropped as a repeat of the instrument's previous event time. */
    public long duplicates()
    {
        return duplicates;
    }

    /** @return snapshots dropped because their time went backwards. */
    public long outOfOrder()
    {
        return outOfOrder;
    }

    /** @return snapshots dropped because no FeatureSchema for their instrument came first. */
    public long withoutSchema()
    {
        return withoutSchema;
    }

    private final class Builder
    {
        private final int instrumentId;
        private final List<Integer> ids;
        private final List<String> names;
        private final int[] columnById = new int[FeatureCatalog.MAX_ID + 1];
        private final LongArrayList times = new LongArrayList();
        private final List<double[]> rows = new ArrayList<>();

        Builder(final int instrumentId, final List<Integer> ids, final List<String> names)
        {
            this.instrumentId = instrumentId;
            this.ids = ids;
            this.names = names;
            Arrays.fill(columnById, -1);
            for (int i = 0; i < ids.size(); i++)
            {
                final int id = ids.get(i);
                if (id <= FeatureCatalog.MAX_ID)
                {
                    columnById[id] = i;
                }
            }
        }

        SnapshotSeries build()
        {
            final Instrument instrument = instruments.byId(instrumentId);
            final String symbol = instrument != null ? instrument.symbol() : Integer.toString(instrumentId);
            return new SnapshotSeries(source, instrumentId, symbol, names, times.toLongArray(), rows.toArray(new double[0][]));
        }
    }
}
