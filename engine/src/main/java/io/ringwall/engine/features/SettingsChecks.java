package io.ringwall.engine.features;

import io.ringwall.engine.analytics.FeatureCatalog;

import java.util.Arrays;

/**
 * Constructor validation shared by the feature classes: each failure is an IllegalArgumentException whose
 * message starts with the parameter's name, so that the config layer can map it to its key. The checks copy
 * the arrays they accept, so a caller changing its array later cannot change a feature's parameters.
 */
final class SettingsChecks
{
    private SettingsChecks()
    {
    }

    static int atLeast(final String name, final int value, final int min)
    {
        if (value < min)
        {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }

    static long positive(final String name, final long value)
    {
        if (value <= 0)
        {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * Durations (or counts) that are positive and strictly increasing, at most one feature group's worth.
     */
    static long[] increasing(final String name, final long[] values)
    {
        groupSize(name, values == null ? -1 : values.length);
        for (int i = 0; i < values.length; i++)
        {
            positive(name + "[" + i + "]", values[i]);
            if (i > 0 && values[i] <= values[i - 1])
            {
                throw new IllegalArgumentException(name + " must be strictly increasing: " + Arrays.toString(values));
            }
        }
        return values.clone();
    }

    /**
     * Finite positive values, strictly increasing, at most one feature group's worth.
     */
    static double[] increasing(final String name, final double[] values)
    {
        groupSize(name, values == null ? -1 : values.length);
        for (int i = 0; i < values.length; i++)
        {
            if (!(values[i] > 0) || Double.isInfinite(values[i]))
            {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite and positive: " + values[i]);
            }
            if (i > 0 && values[i] <= values[i - 1])
            {
                throw new IllegalArgumentException(name + " must be strictly increasing: " + Arrays.toString(values));
            }
        }
        return values.clone();
    }

    static void multiplesOf(final String name, final long[] values, final String unitName, final long unit)
    {
        for (int i = 0; i < values.length; i++)
        {
            if (values[i] % unit != 0)
            {
                throw new IllegalArgumentException(name + "[" + i + "] must be a whole multiple of " + unitName + " (" +
                    unit + " ns): " + values[i]);
            }
        }
    }

    private static void groupSize(final String name, final int length)
    {
        // the catalog has this many ids per group: a longer array would publish over the next group's ids
        if (length < 1 || length > FeatureCatalog.MAX_PER_GROUP)
        {
            throw new IllegalArgumentException(name + " must hold 1 to " + FeatureCatalog.MAX_PER_GROUP + " values: " +
                (length < 0 ? "null" : Integer.toString(length)));
        }
    }
}
