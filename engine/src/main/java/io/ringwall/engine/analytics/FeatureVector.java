package io.ringwall.engine.analytics;

import java.util.Arrays;

/**
 * One instrument's features at a moment, indexed by feature id (see {@link FeatureCatalog}); NaN means
 * "not defined now" (an empty side, too little history). Reused, never reallocated.
 */
public final class FeatureVector
{
    private final double[] values = new double[FeatureCatalog.MAX_ID + 1];

    public FeatureVector()
    {
        clear();
    }

    /** Sets every feature to NaN. */
    public void clear()
    {
        Arrays.fill(values, Double.NaN);
    }

    public void set(final int id, final double value)
    {
        values[id] = value;
    }

    public double get(final int id)
    {
        return values[id];
    }

    /** Copies every value of another vector into this one. */
    public void copyFrom(final FeatureVector other)
    {
        System.arraycopy(other.values, 0, values, 0, values.length);
    }
}
