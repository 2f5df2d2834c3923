package io.ringwall.engine.features.regime;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic return series, in mid log-return units of about 1e-4 a sample, for the regime tests; each
 * phase appends to the series, so a test builds a history and then the phase it classifies.
 */
final class SyntheticReturns
{
    /** The typical per-sample volatility of the series. */
    static final double SIGMA = 1e-4;

    private final SplittableRandom random;
    private final double[] series;
    private int size;
    private double previous;

    SyntheticReturns(final long seed, final int capacity)
    {
        this.random = new SplittableRandom(seed);
        this.series = new double[capacity];
    }

    /**
     * A history whose volatility alternates between half and twice {@link #SIGMA} in blocks of 200 samples
     * (three volatility windows), so that a phase at SIGMA afterwards ranks in the middle of it, neither
     * volatile nor quiet; it ends on a block at twice SIGMA if {@code samples} is a multiple of 400 plus 200.
     */
    SyntheticReturns mixedVolatility(final int samples)
    {
        for (int i = 0; i < samples; i++)
        {
            add(random.nextGaussian() * ((i / 200) % 2 == 0 ? 0.5 : 2.0) * SIGMA);
        }
        return this;
    }

    /** Independent Gaussian returns of standard deviation {@code scale * SIGMA}: a random walk. */
    SyntheticReturns noise(final int samples, final double scale)
    {
        for (int i = 0; i < samples; i++)
        {
            add(random.nextGaussian() * scale * SIGMA);
        }
        return this;
    }

    /** A steady drift plus noise, each 0.7 SIGMA, so the root mean square stays about SIGMA. */
    SyntheticReturns drift(final int samples)
    {
        for (int i = 0; i < samples; i++)
        {
            add(0.7 * SIGMA + random.nextGaussian() * 0.7 * SIGMA);
        }
        return this;
    }

    /** AR(1) returns with coefficient -0.6, innovations sized so the returns' deviation is about SIGMA. */
    SyntheticReturns reverting(final int samples)
    {
        return autoregressive(samples, -0.6);
    }

    /** AR(1) returns with coefficient +0.6 and no drift (momentum), deviation about SIGMA. */
    SyntheticReturns persistent(final int samples)
    {
        return autoregressive(samples, 0.6);
    }

    double[] toArray()
    {
        return Arrays.copyOf(series, size);
    }

    int size()
    {
        return size;
    }

    private SyntheticReturns autoregressive(final int samples, final double coefficient)
    {
        for (int i = 0; i < samples; i++)
        {
            add(coefficient * previous + random.nextGaussian() * 0.8 * SIGMA);
        }
        return this;
    }

    private void add(final double ret)
    {
        series[size++] = ret;
        previous = ret;
    }
}
