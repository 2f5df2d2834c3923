package io.ringwall.engine.signals;

import io.ringwall.codecs.sbe.SignalSource;
import io.ringwall.engine.analytics.FeatureVector;

/**
 * A trained, regularised logistic regression: standardised features (x − mean) / scale, weights and an
 * intercept give the log-odds of an up-move over the horizon. A feature that is NaN now counts as its
 * training mean (a standardised 0), so a missing input never poisons the score.
 */
public final class LogisticModel implements SignalModel
{
    private final int[] featureIds;
    private final double[] means;
    private final double[] scales;
    private final double[] weights;
    private final double intercept;
    private final long horizonNs;
    private final long modelId;

    /**
     * @param featureIds the catalog ids of the model's features, in the model's order.
     * @param means      training means.
     * @param scales     training standard deviations (positive).
     * @param weights    coefficients on the standardised features.
     * @param intercept  the intercept.
     * @param horizonNs  the horizon the labels looked ahead.
     * @param modelId    the model file's fingerprint.
     */
    public LogisticModel(
        final int[] featureIds,
        final double[] means,
        final double[] scales,
        final double[] weights,
        final double intercept,
        final long horizonNs,
        final long modelId)
    {
        if (means.length != featureIds.length || scales.length != featureIds.length || weights.length != featureIds.length)
        {
            throw new IllegalArgumentException("features, means, scales and weights must have the same length");
        }
        for (final double scale : scales)
        {
            if (!(scale > 0) || !Double.isFinite(scale))
            {
                throw new IllegalArgumentException("scales must be positive and finite, got " + scale);
            }
        }
        this.featureIds = featureIds.clone();
        this.means = means.clone();
        this.scales = scales.clone();
        this.weights = weights.clone();
        this.intercept = intercept;
        this.horizonNs = horizonNs;
        this.modelId = modelId;
    }

    @Override
    public double score(final FeatureVector features)
    {
        double score = intercept;
        for (int i = 0; i < featureIds.length; i++)
        {
            final double x = features.get(featureIds[i]);
            if (Double.isFinite(x))
            {
                score += weights[i] * ((x - means[i]) / scales[i]);
            }
        }
        return score;
    }

    /**
     * Scores already standardised inputs (training and validation use this).
     *
     * @param standardised standardised features in the model's order.
     * @return the log-odds.
     */
    public double scoreStandardised(final double[] standardised)
    {
        double score = intercept;
        for (int i = 0; i < weights.length; i++)
        {
            score += weights[i] * standardised[i];
        }
        return score;
    }

    @Override
    public long horizonNs()
    {
        return horizonNs;
    }

    @Override
    public long modelId()
    {
        return modelId;
    }

    @Override
    public SignalSource source()
    {
        return SignalSource.MODEL;
    }
}
