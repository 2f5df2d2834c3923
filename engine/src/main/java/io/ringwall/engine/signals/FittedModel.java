package io.ringwall.engine.signals;

/**
 * A standardiser and the logistic regression fitted on its output, from one stretch of samples.
 *
 * @param standardiser the training means and scales.
 * @param fit          the coefficients on the standardised features.
 * @param samples      how many samples it was fitted on.
 */
public record FittedModel(Standardiser standardiser, LogisticFit fit, int samples)
{
    /**
     * Fits samples [from, to) of a set.
     *
     * @param set  the samples.
     * @param from first (inclusive).
     * @param to   last (exclusive).
     * @param l2   the ridge penalty.
     * @return the model.
     */
    public static FittedModel fit(final TrainingSet set, final int from, final int to, final double l2)
    {
        final Standardiser standardiser = Standardiser.fit(set, from, to);
        final double[][] z = standardiser.apply(set, from, to);
        final int[] y = new int[to - from];
        for (int i = from; i < to; i++)
        {
            y[i - from] = set.y(i);
        }
        return new FittedModel(standardiser, LogisticFit.fit(z, y, l2), to - from);
    }

    /**
     * @param set  the samples.
     * @param from first (inclusive).
     * @param to   last (exclusive).
     * @return the probability of an up-move for samples [from, to).
     */
    public double[] predict(final TrainingSet set, final int from, final int to)
    {
        final LogisticModel model = toModel(new int[set.features().size()], 0, 0);
        final double[] z = new double[set.features().size()];
        final double[] p = new double[to - from];
        for (int i = from; i < to; i++)
        {
            standardiser.apply(set.x(i), z);
            p[i - from] = SignalModel.probability(model.scoreStandardised(z));
        }
        return p;
    }

    /**
     * @param featureIds the catalog ids of the features, in the model's order.
     * @param horizonNs  the label horizon.
     * @param modelId    the fingerprint.
     * @return the run-time model.
     */
    public LogisticModel toModel(final int[] featureIds, final long horizonNs, final long modelId)
    {
        return new LogisticModel(featureIds, standardiser.means(), standardiser.scales(), fit.weights(), fit.intercept(),
            horizonNs, modelId);
    }
}
