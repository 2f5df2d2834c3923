package io.ringwall.engine.analytics;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.FeatureSchemaDecoder;
import io.ringwall.codecs.sbe.FeatureSnapshotDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.SignalDecoder;
import io.ringwall.codecs.sbe.SignalSource;
import io.ringwall.codecs.sbe.SnapshotTrigger;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.signals.SignalModel;
import io.ringwall.engine.test.Inputs;
import io.ringwall.engine.test.RecordedDecisions;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analytics stage inside the business logic, with hand-built inputs: the feature schema at definition,
 * snapshots on the event-time grid with exact values, a pause that says so while the book is not LIVE
 * (crossed, then resynced), and signals with their snapshot.
 */
class AnalyticsStageTest
{
    private static final int BTC = 1;
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_723_161_253_000_000_000L;   // Inputs' clock starts here, on a whole second

    private final Inputs in = new Inputs();
    private final RecordedDecisions decisions = new RecordedDecisions();
    private final AnalyticsSettings settings = AnalyticsSettings.DEFAULTS.withCadences(SECOND, SECOND, 10 * SECOND);
    private BusinessLogic logic;

    @BeforeEach
    void setUp()
    {
        logic = new BusinessLogic(new LogicSettings(64, 4096, settings), decisions, id -> {});
        feed(in.definition(BTC, Venue.BINANCE, "BTCUSDT", -2, -8, 1));
    }

    @Test
    void shouldJournalTheFeatureNamesWhenTheInstrumentIsDefined()
    {
        final List<byte[]> schemas = ofTemplate(FeatureSchemaDecoder.TEMPLATE_ID);
        assertThat(schemas).hasSize(1);
        final FeatureSchemaDecoder schema = new FeatureSchemaDecoder();
        final UnsafeBuffer buffer = new UnsafeBuffer(schemas.get(0));
        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, 0);
        schema.wrap(buffer, MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
        final List<String> names = new ArrayList<>();
        for (final FeatureSchemaDecoder.FeaturesDecoder f : schema.features())
        {
            names.add(f.featureId() + "=" + f.name());
        }
        assertThat(names).contains("1=mid", "3=spread_bps", FeatureCatalog.depthBid(1) + "=depth_bid_25bps",
            FeatureCatalog.waveletEnergy(3) + "=wavelet_energy_l3", FeatureCatalog.WALL_PRESSURE + "=wall_pressure");
        assertThat(names).hasSize(new FeatureCatalog(settings).ids().length);
    }

    @Test
    void shouldSnapshotExactValuesOnTheGridWhileLive()
    {
        syncAt(1000);
        decisions.clear();
        feed(in.at(T0 + SECOND + 500_000).timerTick(1));

        final List<Snapshot> snapshots = snapshots();
        assertThat(snapshots).hasSize(1);
        final Snapshot s = snapshots.get(0);
        assertThat(s.state).isEqualTo(BookState.LIVE);
        assertThat(s.trigger).isEqualTo(SnapshotTrigger.CADENCE);
        assertThat(s.value(FeatureCatalog.MID)).isEqualTo(100.05);
        assertThat(s.value(FeatureCatalog.BEST_BID)).isEqualTo(100.00);
        assertThat(s.value(FeatureCatalog.BEST_ASK)).isEqualTo(100.10);
        assertThat(s.value(FeatureCatalog.SPREAD_BPS)).isCloseTo(0.10 / 100.05 * 10_000, within(1e-9));
        // microprice leans to the thin side: (100.00 * 3 + 100.10 * 5) / 8
        assertThat(s.value(FeatureCatalog.MICROPRICE)).isCloseTo((100.00 * 3 + 100.10 * 5) / 8, within(1e-9));
        // top-10 imbalance over bids 5 + 7 and asks 3: (12 - 3) / 15
        assertThat(s.value(FeatureCatalog.IMBALANCE_TOP)).isCloseTo(0.6, within(1e-12));
        assertThat(s.value(FeatureCatalog.BOOK_STATE)).isEqualTo(1.0);
    }

    @Test
    void shouldPauseWhileTheBookIsCrossedAndResumeAfterTheResync()
    {
        syncAt(1000);
        decisions.clear();

        // a bid above the best ask: the book is crossed, so INVALID until a new snapshot
        feed(in.delta(BTC, 1002, 1002, 0, 10_020, 100_000_000));
        assertThat(logic.books().get(BTC).state()).isNotEqualTo(BookState.LIVE);
        List<Snapshot> snapshots = snapshots();
        assertThat(snapshots).hasSize(1);
        assertThat(snapshots.get(0).trigger).isEqualTo(SnapshotTrigger.PAUSED);
        assertThat(snapshots.get(0).state).isNotEqualTo(BookState.LIVE);
        assertThat(snapshots.get(0).values).isEmpty();

        // no cadence snapshots while paused, however much event time passes
        decisions.clear();
        feed(in.at(T0 + 2 * SECOND).timerTick(1));
        feed(in.at(T0 + 3 * SECOND).timerTick(2));
        assertThat(snapshots()).isEmpty();

        // resynced: values again, from the new book
        feed(in.delta(BTC, 1995, 2001, 0, 10_000, 500_000_000));
        feed(in.snapshot(BTC, 2000, 0, 10_000, 500_000_000, 1, 10_020, 200_000_000));
        assertThat(logic.books().get(BTC).state()).isEqualTo(BookState.LIVE);
        decisions.clear();
        feed(in.at(T0 + 4 * SECOND).timerTick(3));
        snapshots = snapshots();
        assertThat(snapshots).hasSize(1);
        assertThat(snapshots.get(0).trigger).isEqualTo(SnapshotTrigger.CADENCE);
        assertThat(snapshots.get(0).value(FeatureCatalog.MID)).isEqualTo(100.10);
    }

    @Test
    void shouldJournalASignalWithItsSnapshotAtTheSignalCadence()
    {
        syncAt(1000);
        // the 10 s grid is aligned to the epoch: T0 is ...253 s, so the first point is ...260 s = T0 + 7 s
        feed(in.at(T0 + 7 * SECOND - 300_000_000L).trade(BTC, 1, 10_010, 200_000_000, AggressorSide.BUY));
        assertThat(ofTemplate(SignalDecoder.TEMPLATE_ID)).isEmpty();
        decisions.clear();
        feed(in.at(T0 + 7 * SECOND).timerTick(1));

        assertThat(ofTemplate(SignalDecoder.TEMPLATE_ID)).hasSize(1);
        final SignalDecoder signal = new SignalDecoder();
        final UnsafeBuffer buffer = new UnsafeBuffer(ofTemplate(SignalDecoder.TEMPLATE_ID).get(0));
        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, 0);
        signal.wrap(buffer, MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
        assertThat(signal.source()).isEqualTo(SignalSource.RULE);
        assertThat(signal.confidence()).isCloseTo(SignalModel.probability(signal.score()), within(0.0));

        final List<Snapshot> snapshots = snapshots();
        assertThat(snapshots).hasSize(1);   // the signal's snapshot stands in for the cadence one at the same time
        assertThat(snapshots.get(0).trigger).isEqualTo(SnapshotTrigger.SIGNAL);
        assertThat(snapshots.get(0).value(FeatureCatalog.SIGNAL_SCORE)).isEqualTo(signal.score());
        // the default rule: 2 x imbalance (0.6) + 1.5 x flow imbalance over 1 s (the buy 300 ms ago: 1)
        // + 1 x wall pressure (no walls: 0)
        assertThat(signal.score()).isCloseTo(2.0 * 0.6 + 1.5 * 1.0, within(1e-12));
    }

    private void syncAt(final long lastUpdateId)
    {
        feed(in.delta(BTC, lastUpdateId - 5, lastUpdateId + 1, 0, 10_000, 500_000_000));
        feed(in.snapshot(BTC, lastUpdateId, 0, 10_000, 500_000_000, 0, 9_990, 700_000_000, 1, 10_010, 300_000_000));
        assertThat(logic.books().get(BTC).state()).isEqualTo(BookState.LIVE);
    }

    private void feed(final byte[] event)
    {
        logic.onEvent(new UnsafeBuffer(event), 0, event.length);
    }

    private List<byte[]> ofTemplate(final int templateId)
    {
        final List<byte[]> out = new ArrayList<>();
        for (final byte[] d : decisions.all())
        {
            if (new MessageHeaderDecoder().wrap(new UnsafeBuffer(d), 0).templateId() == templateId)
            {
                out.add(d);
            }
        }
        return out;
    }

    private List<Snapshot> snapshots()
    {
        final List<Snapshot> out = new ArrayList<>();
        for (final byte[] d : ofTemplate(FeatureSnapshotDecoder.TEMPLATE_ID))
        {
            out.add(new Snapshot(d));
        }
        return out;
    }

    /** A decoded feature snapshot. */
    private static final class Snapshot
    {
        final BookState state;
        final SnapshotTrigger trigger;
        final java.util.Map<Integer, Double> values = new java.util.TreeMap<>();

        Snapshot(final byte[] bytes)
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
            final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, 0);
            final FeatureSnapshotDecoder snapshot = new FeatureSnapshotDecoder();
            snapshot.wrap(buffer, MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            state = snapshot.bookState();
            trigger = snapshot.trigger();
            for (final FeatureSnapshotDecoder.FeaturesDecoder f : snapshot.features())
            {
                values.put(f.featureId(), f.value());
            }
        }

        double value(final int id)
        {
            assertThat(values).containsKey(id);
            return values.get(id);
        }
    }
}
