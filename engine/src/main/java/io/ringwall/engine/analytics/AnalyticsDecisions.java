package io.ringwall.engine.analytics;

import io.ringwall.codecs.sbe.BarEncoder;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.FeatureSchemaEncoder;
import io.ringwall.codecs.sbe.FeatureSnapshotEncoder;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.Regime;
import io.ringwall.codecs.sbe.RegimeChangeEncoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SignalEncoder;
import io.ringwall.codecs.sbe.SignalSource;
import io.ringwall.codecs.sbe.SnapshotTrigger;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.codecs.sbe.WallEventEncoder;
import io.ringwall.engine.decision.DecisionSink;
import io.ringwall.engine.decision.InputContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * Encodes the analytics stage's decisions (feature schema and snapshots, walls, bars, signals, regimes)
 * into one reused buffer and hands each to the decision sink.
 */
public final class AnalyticsDecisions
{
    private final UnsafeBuffer scratch = new UnsafeBuffer(ByteBuffer.allocateDirect(16 * 1024));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final FeatureSchemaEncoder schema = new FeatureSchemaEncoder();
    private final FeatureSnapshotEncoder snapshot = new FeatureSnapshotEncoder();
    private final WallEventEncoder wall = new WallEventEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final SignalEncoder signal = new SignalEncoder();
    private final RegimeChangeEncoder regime = new RegimeChangeEncoder();
    private final InputContext input;
    private final DecisionSink sink;

    public AnalyticsDecisions(final InputContext input, final DecisionSink sink)
    {
        this.input = input;
        this.sink = sink;
    }

    /** @return the time of the input being processed: the logic's clock. */
    public long nowNs()
    {
        return input.nowNs();
    }

    /**
     * Journals the names of the features an instrument's snapshots will carry (once, allocation allowed:
     * it happens when the instrument is defined).
     */
    public void featureSchema(final int instrumentId, final FeatureCatalog catalog)
    {
        schema.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(schema.header(), instrumentId);
        final int[] ids = catalog.ids();
        final FeatureSchemaEncoder.FeaturesEncoder features = schema.featuresCount(ids.length);
        for (final int id : ids)
        {
            features.next().featureId(id).name(catalog.name(id));
        }
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + schema.encodedLength());
    }

    /**
     * Journals a feature snapshot; while the book is not LIVE it carries no values and says so by its state.
     */
    public void featureSnapshot(
        final int instrumentId, final BookState state, final SnapshotTrigger trigger, final FeatureCatalog catalog,
        final FeatureVector values)
    {
        snapshot.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(snapshot.header(), instrumentId);
        snapshot.bookState(state).trigger(trigger);
        if (state != BookState.LIVE)
        {
            snapshot.featuresCount(0);
        }
        else
        {
            final int[] ids = catalog.ids();
            final FeatureSnapshotEncoder.FeaturesEncoder features = snapshot.featuresCount(ids.length);
            for (final int id : ids)
            {
                features.next().value(values.get(id)).featureId(id);
            }
        }
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + snapshot.encodedLength());
    }

    public void wallEvent(
        final int instrumentId,
        final long wallId,
        final Side side,
        final WallChange change,
        final long priceLow,
        final long priceHigh,
        final int levels,
        final long size,
        final long peakSize,
        final double notional,
        final double distanceBps,
        final long ageNs,
        final long tradedQty,
        final double tradedFraction)
    {
        wall.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(wall.header(), instrumentId);
        wall.wallId(wallId).priceLow(priceLow).priceHigh(priceHigh).size(size).peakSize(peakSize).tradedQty(tradedQty)
            .ageNs(ageNs).notional(notional).distanceBps(distanceBps).tradedFraction(tradedFraction).levels(levels)
            .side(side).change(change);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + wall.encodedLength());
    }

    public void bar(
        final int instrumentId,
        final long timeframeNs,
        final long openTimeNs,
        final long open,
        final long high,
        final long low,
        final long close,
        final long volume,
        final long buyVolume,
        final int trades,
        final double vwap)
    {
        bar.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(bar.header(), instrumentId);
        bar.timeframeNs(timeframeNs).openTimeNs(openTimeNs).openPrice(open).highPrice(high).lowPrice(low).closePrice(close)
            .volume(volume).buyVolume(buyVolume).vwap(vwap).trades(trades);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
    }

    public void signal(
        final int instrumentId, final double score, final double confidence, final long horizonNs, final long modelId,
        final SignalSource source)
    {
        signal.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(signal.header(), instrumentId);
        signal.score(score).confidence(confidence).horizonNs(horizonNs).modelId(modelId).source(source);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength());
    }

    public void regimeChange(
        final int instrumentId, final Regime next, final Regime previous, final double efficiencyRatio,
        final double varianceRatio, final double volatilityPercentile)
    {
        regime.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(regime.header(), instrumentId);
        regime.efficiencyRatio(efficiencyRatio).varianceRatio(varianceRatio).volatilityPercentile(volatilityPercentile)
            .regime(next).previousRegime(previous);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + regime.encodedLength());
    }
}
