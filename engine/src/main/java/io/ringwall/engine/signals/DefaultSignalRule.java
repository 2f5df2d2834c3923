package io.ringwall.engine.signals;

import io.ringwall.codecs.sbe.SignalSource;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;

/**
 * The signal when no trained model is configured: a fixed, documented combination of three bounded
 * measures, each in [-1, 1] and positive when it points up,
 * <pre>
 *   score = 2.0 * imbalance_top  +  1.5 * flow_imbalance  +  1.0 * wall_pressure
 * </pre>
 * where imbalance_top is the resting-size imbalance of the top levels, flow_imbalance the aggressor
 * imbalance of traded volume over the shortest flow window, and wall_pressure
 * (support − opposing)/(support + opposing) of the nearest walls' sizes. A missing measure counts 0.
 * It is a transparent baseline to compare trained models with, not a strategy.
 */
public final class DefaultSignalRule implements SignalModel
{
    static final double IMBALANCE_WEIGHT = 2.0;
    static final double FLOW_WEIGHT = 1.5;
    static final double WALL_WEIGHT = 1.0;

    private final long horizonNs;

    /**
     * @param horizonNs the horizon the rule's probability is said to be about.
     */
    public DefaultSignalRule(final long horizonNs)
    {
        this.horizonNs = horizonNs;
    }

    @Override
    public double score(final FeatureVector features)
    {
        return IMBALANCE_WEIGHT * orZero(features.get(FeatureCatalog.IMBALANCE_TOP)) +
            FLOW_WEIGHT * orZero(features.get(FeatureCatalog.flowImbalance(0))) +
            WALL_WEIGHT * orZero(features.get(FeatureCatalog.WALL_PRESSURE));
    }

    @Override
    public long horizonNs()
    {
        return horizonNs;
    }

    @Override
    public long modelId()
    {
        return 0;
    }

    @Override
    public SignalSource source()
    {
        return SignalSource.RULE;
    }

    private static double orZero(final double value)
    {
        return Double.isFinite(value) ? value : 0.0;
    }
}
