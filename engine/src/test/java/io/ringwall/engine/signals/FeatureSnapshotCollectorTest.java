package io.ringwall.engine.signals;

import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.SnapshotTrigger;
import io.ringwall.engine.analytics.AnalyticsDecisions;
import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.decision.InputContext;
import io.ringwall.journal.InstrumentCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureSnapshotCollectorTest
{
    private final FeatureCatalog catalog = new FeatureCatalog(AnalyticsSettings.DEFAULTS);
    private final InputContext input = new InputContext();
    private final FeatureSnapshotCollector collector = new FeatureSnapshotCollector("test", new InstrumentCatalog());
    private final AnalyticsDecisions decisions = new AnalyticsDecisions(input, collector);
    private final FeatureVector values = new FeatureVector();
    private long sequence;

    private void at(final long timeNs)
    {
        input.set(4, sequence++, timeNs, 0);
    }

    private void snapshot(final int instrument, final long timeNs, final BookState state, final SnapshotTrigger trigger, final double mid)
    {
        at(timeNs);
        values.clear();
        values.set(FeatureCatalog.MID, mid);
        values.set(FeatureCatalog.IMBALANCE_TOP, mid / 1000);
        decisions.featureSnapshot(instrument, state, trigger, catalog, values);
    }

    @Test
    void shouldCollectLiveSnapshotsByNameOncePerTime()
    {
        at(1);
        snapshot(1, 5, BookState.LIVE, SnapshotTrigger.CADENCE, 100);          // before its schema: dropped
        decisions.featureSchema(1, catalog);
        decisions.featureSchema(2, catalog);
        snapshot(1, 10, BookState.LIVE, SnapshotTrigger.CADENCE, 101);
        snapshot(1, 10, BookState.LIVE, SnapshotTrigger.SIGNAL, 101);          // same time: dropped
        snapshot(2, 10, BookState.LIVE, SnapshotTrigger.SIGNAL, 50);
        snapshot(1, 20, BookState.SYNCING, SnapshotTrigger.PAUSED, Double.NaN); // not live: dropped
        snapshot(1, 30, BookState.LIVE, SnapshotTrigger.SIGNAL, 102);
        snapshot(1, 25, BookState.LIVE, SnapshotTrigger.CADENCE, 99);          // back in time: dropped

        final List<SnapshotSeries> series = collector.series();
        assertThat(series).hasSize(2);
        final SnapshotSeries btc = series.get(0);
        assertThat(btc.instrumentId()).isEqualTo(1);
        assertThat(btc.symbol()).as("no definition seen").isEqualTo("1");
        assertThat(btc.names()).isEqualTo(catalog.names());
        assertThat(btc.size()).isEqualTo(2);
        assertThat(btc.timeNs(0)).isEqualTo(10);
        assertThat(btc.timeNs(1)).isEqualTo(30);
        assertThat(btc.value(1, btc.column("mid"))).isEqualTo(102);
        assertThat(btc.value(1, btc.column("imbalance_top10"))).isEqualTo(0.102);
        assertThat(btc.value(1, btc.column("ewma_vol"))).isNaN();
        assertThat(series.get(1).size()).isEqualTo(1);
        assertThat(collector.snapshots()).isEqualTo(7);
        assertThat(collector.withoutSchema()).isEqualTo(1);
        assertThat(collector.duplicates()).isEqualTo(1);
        assertThat(collector.notLive()).isEqualTo(1);
        assertThat(collector.outOfOrder()).isEqualTo(1);
    }

    @Test
    void shouldStartANewSeriesWhenTheSchemaChanges()
    {
        decisions.featureSchema(1, catalog);
        snapshot(1, 10, BookState.LIVE, SnapshotTrigger.CADENCE, 101);
        decisions.featureSchema(1, catalog); // the same schema (a new session): one series goes on
        snapshot(1, 20, BookState.LIVE, SnapshotTrigger.CADENCE, 102);
        final FeatureCatalog other = new FeatureCatalog(AnalyticsSettings.DEFAULTS.withImbalanceLevels(5));
        decisions.featureSchema(1, other);
        at(30);
        values.clear();
        values.set(FeatureCatalog.MID, 103);
        decisions.featureSnapshot(1, BookState.LIVE, SnapshotTrigger.CADENCE, other, values);

        final List<SnapshotSeries> series = collector.series();
        assertThat(series).hasSize(2);
        assertThat(series.get(0).size()).isEqualTo(2);
        assertThat(series.get(1).names()).contains("imbalance_top5");
        assertThat(series.get(1).size()).isEqualTo(1);
    }
}
