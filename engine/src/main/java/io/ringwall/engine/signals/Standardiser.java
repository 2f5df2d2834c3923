package io.ringwall.engine.signals;

/**
 * Per-feature training means and scales (population standard deviations), over the finite values only.
 * A feature whose values do not vary (or that is never finite) is flagged constant and gets scale 1, so
 * it standardises to about 0 and the L2 penalty keeps its weight at 0. Standardising maps a value that is
 * not finite to 0, the training mean: exactly what {@link LogisticModel} does with NaN at run time.
 */
public final class Standardiser
{
    private final double[] means;
    private final double[] scales;
    private final boolean[] constant;

    private Standardiser(final double[] means, final double[] scales, final boolean[] constant)
    {
        this.means = means;
        this.scales = scales;
        this.constant = constant;
    }

    /**
     * @param set  the samples.
     * @param from first sample used (inclusive).
     * @param to   last sample used (exclusive).
     * @return the means and scales of samples [from, to).
     */
    public static Standardiser fit(final TrainingSet set, final int from, final int to)
    {
        final int d = set.features().size();
        final double[] means = new double[d];
        final double[] scales = new double[d];
        final boolean[] constant = new boolean[d];
        for (int j = 0; j < d; j++)
        {
            double sum = 0;
            long count = 0;
            for (int i = from; i < to; i++)
            {
                final double v = set.x(i)[j];
                if (Double.isFinite(v))
                {
                    sum += v;
                    count++;
                }
            }
            final double mean = count > 0 ? sum / count : 0.0;
            double squares = 0;
            for (int i = from; i < to; i++)
            {
                final double v = set.x(i)[j];
                if (Double.isFinite(v))
                {
                    squares += (v - mean) * (v - mean);
                }
            }
            final double sd = count > 0 ? Math.sqrt(squares / count) : 0.0;
            // Two-pass sums of identical values can leave a rounding residue far below the values' own scale.
            final boolean flat = !(sd > 1e-12 * Math.max(1.0, Math.abs(mean))) || !Double.isFinite(sd);
            means[j] = mean;
            scales[j] = flat ? 1.0 : sd;
            constant[j] = flat;
        }
        return new Standardiser(means, scales, constant);
    }

    /**
     * @param raw raw feature values.
     * @param out where the standardised values go (same length).
     */
    public void apply(final double[] raw, final double[] out)
    {
        for (int j = 0; j < means.length; j++)
        {
            final double v = raw[j];
            out[j] = Double.isFinite(v) ? (v - means[j]) / scales[j] : 0.0;
        }
    }

    /**
     * @param set  the samples.
     * @param from first sample (inclusive).
     * @param to   last sample (exclusive).
     * @return samples [from, to) standardised, one row each.
     */
    public double[][] apply(final TrainingSet set, final int from, final int to)
    {
        final double[][] z = new double[to - from][means.length];
        for (int i = from; i < to; i++)
        {
            apply(set.x(i), z[i - from]);
        }
        return z;
    }

    public double[] means()
    {
        return means.clone();
    }

    public double[] scales()
    {
        return scales.clone();
    }

    /** @return per feature whether it was flagged constant. */
    public boolean[] constant()
    {
        return constant.clone();
    }
}
