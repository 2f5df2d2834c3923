package io.ringwall.engine.features.regime;

/**
 * The windows, thresholds and dwell of a {@link RegimeDetector}; counts are in samples of the caller's
 * event-time grid. Each regime has an enter threshold and a looser exit threshold (the hysteresis band).
 *
 * @param efficiencyWindow                N, returns over which the efficiency and variance ratios are measured.
 * @param varianceRatioLag                q, the horizon of the variance ratio, 2..N-1.
 * @param volatilityWindow                K, returns in the realized volatility that is ranked.
 * @param volatilityHistory               H, realized volatilities (one per sample) the current one is ranked in,
 *                                        2..{@value #MAX_VOLATILITY_HISTORY} (the rank is a linear scan).
 * @param volatilityWarmup                volatilities needed in the history before the rank is trusted, 2..H.
 * @param minDwell                        M, samples a regime is held at least before it may change again.
 * @param trendEnterEfficiency            TRENDING enters at an efficiency ratio at or above this...
 * @param trendExitEfficiency             ...and needs it at or above this to stay...
 * @param trendEnterVarianceRatio         ...or enters at a variance ratio at or above this...
 * @param trendExitVarianceRatio          ...and stays while it is at or above this (either ratio suffices).
 * @param meanRevertingEnterVarianceRatio MEAN_REVERTING needs a variance ratio at or below this to enter...
 * @param meanRevertingExitVarianceRatio  ...and at or below this to stay...
 * @param meanRevertingEnterEfficiency    ...and also an efficiency ratio at or below this to enter...
 * @param meanRevertingExitEfficiency     ...and at or below this to stay (both needed).
 * @param volatileEnterPercentile         VOLATILE enters at a volatility percentile at or above this...
 * @param volatileExitPercentile          ...and stays while it is at or above this.
 * @param quietEnterPercentile            QUIET enters at a volatility percentile at or below this...
 * @param quietExitPercentile             ...and stays while it is at or below this.
 */
public record RegimeSettings(
    int efficiencyWindow,
    int varianceRatioLag,
    int volatilityWindow,
    int volatilityHistory,
    int volatilityWarmup,
    int minDwell,
    double trendEnterEfficiency,
    double trendExitEfficiency,
    double trendEnterVarianceRatio,
    double trendExitVarianceRatio,
    double meanRevertingEnterVarianceRatio,
    double meanRevertingExitVarianceRatio,
    double meanRevertingEnterEfficiency,
    double meanRevertingExitEfficiency,
    double volatileEnterPercentile,
    double volatileExitPercentile,
    double quietEnterPercentile,
    double quietExitPercentile)
{
    /** Largest volatility history: the percentile is a linear scan of it every sample. */
    public static final int MAX_VOLATILITY_HISTORY = 4096;

    /**
     * Defaults: ratios over 128 returns with q = 4; a 64-return volatility ranked among the last 1,000 (trusted
     * from 100; a 1-minute volatility among the last 17 minutes on a 1 s grid; with a 16-return one the rank of
     * a steady random walk's volatility crosses the bands twice as often); 20 samples' dwell. Over a random walk at N = 128 the efficiency ratio is about 0.1 (0.5 is
     * beyond four standard deviations) and VR(4) scatters by about 0.16, so the variance-ratio thresholds sit
     * near three (trending, VR 1.5) and two and a half (mean-reverting, VR 0.6) deviations out: an AR(1) with
     * coefficient 0.6 has VR(4) about 2.4, one with -0.6 about 0.35. Trending at ER 0.5 or VR 1.5 until ER
     * 0.35 and VR 1.25; mean-reverting at VR 0.6 and ER 0.3 until VR 0.75 or ER 0.4; volatile at the 90th
     * percentile until the 75th; quiet at the 10th until the 25th.
     */
    public static final RegimeSettings DEFAULTS = new RegimeSettings(
        128, 4, 64, 1_000, 100, 20,
        0.5, 0.35, 1.5, 1.25,
        0.6, 0.75, 0.3, 0.4,
        0.9, 0.75, 0.1, 0.25);

    /** Validates every parameter, naming the first one that is out of range. */
    public RegimeSettings
    {
        atLeast("efficiencyWindow", efficiencyWindow, 2);
        atLeast("varianceRatioLag", varianceRatioLag, 2);
        if (varianceRatioLag >= efficiencyWindow)
        {
            throw new IllegalArgumentException("varianceRatioLag must be below efficiencyWindow (" + efficiencyWindow
                + ") so that there are at least two overlapping q-sums: " + varianceRatioLag);
        }
        atLeast("volatilityWindow", volatilityWindow, 1);
        atLeast("volatilityHistory", volatilityHistory, 2);
        if (volatilityHistory > MAX_VOLATILITY_HISTORY)
        {
            throw new IllegalArgumentException("volatilityHistory must be at most " + MAX_VOLATILITY_HISTORY + ": "
                + volatilityHistory);
        }
        atLeast("volatilityWarmup", volatilityWarmup, 2);
        if (volatilityWarmup > volatilityHistory)
        {
            throw new IllegalArgumentException("volatilityWarmup must not exceed volatilityHistory ("
                + volatilityHistory + "): " + volatilityWarmup);
        }
        atLeast("minDwell", minDwell, 1);

        fraction("trendEnterEfficiency", trendEnterEfficiency);
        fraction("trendExitEfficiency", trendExitEfficiency);
        notAbove("trendExitEfficiency", trendExitEfficiency, "trendEnterEfficiency", trendEnterEfficiency);
        nonNegative("trendEnterVarianceRatio", trendEnterVarianceRatio);
        nonNegative("trendExitVarianceRatio", trendExitVarianceRatio);
        notAbove("trendExitVarianceRatio", trendExitVarianceRatio, "trendEnterVarianceRatio", trendEnterVarianceRatio);

        nonNegative("meanRevertingEnterVarianceRatio", meanRevertingEnterVarianceRatio);
        nonNegative("meanRevertingExitVarianceRatio", meanRevertingExitVarianceRatio);
        notAbove("meanRevertingEnterVarianceRatio", meanRevertingEnterVarianceRatio,
            "meanRevertingExitVarianceRatio", meanRevertingExitVarianceRatio);
        fraction("meanRevertingEnterEfficiency", meanRevertingEnterEfficiency);
        fraction("meanRevertingExitEfficiency", meanRevertingExitEfficiency);
        notAbove("meanRevertingEnterEfficiency", meanRevertingEnterEfficiency,
            "meanRevertingExitEfficiency", meanRevertingExitEfficiency);

        fraction("volatileEnterPercentile", volatileEnterPercentile);
        fraction("volatileExitPercentile", volatileExitPercentile);
        notAbove("volatileExitPercentile", volatileExitPercentile, "volatileEnterPercentile", volatileEnterPercentile);
        fraction("quietEnterPercentile", quietEnterPercentile);
        fraction("quietExitPercentile", quietExitPercentile);
        notAbove("quietEnterPercentile", quietEnterPercentile, "quietExitPercentile", quietExitPercentile);
        if (quietExitPercentile >= volatileExitPercentile)
        {
            throw new IllegalArgumentException("quietExitPercentile must be below volatileExitPercentile ("
                + volatileExitPercentile + ") so that the two bands never overlap: " + quietExitPercentile);
        }
    }

    /** @return these settings with other windows (thresholds and dwell kept). */
    public RegimeSettings withWindows(
        final int efficiencyWindow,
        final int varianceRatioLag,
        final int volatilityWindow,
        final int volatilityHistory,
        final int volatilityWarmup)
    {
        return new RegimeSettings(
            efficiencyWindow, varianceRatioLag, volatilityWindow, volatilityHistory, volatilityWarmup, minDwell,
            trendEnterEfficiency, trendExitEfficiency, trendEnterVarianceRatio, trendExitVarianceRatio,
            meanRevertingEnterVarianceRatio, meanRevertingExitVarianceRatio, meanRevertingEnterEfficiency,
            meanRevertingExitEfficiency, volatileEnterPercentile, volatileExitPercentile, quietEnterPercentile,
            quietExitPercentile);
    }

    /** @return these settings with another minimum dwell. */
    public RegimeSettings withMinDwell(final int minDwell)
    {
        return new RegimeSettings(
            efficiencyWindow, varianceRatioLag, volatilityWindow, volatilityHistory, volatilityWarmup, minDwell,
            trendEnterEfficiency, trendExitEfficiency, trendEnterVarianceRatio, trendExitVarianceRatio,
            meanRevertingEnterVarianceRatio, meanRevertingExitVarianceRatio, meanRevertingEnterEfficiency,
            meanRevertingExitEfficiency, volatileEnterPercentile, volatileExitPercentile, quietEnterPercentile,
            quietExitPercentile);
    }

    /** @return samples before the first classification: the ratio window and the volatility warm-up, full. */
    public int warmupSamples()
    {
        return Math.max(efficiencyWindow, volatilityWindow - 1 + volatilityWarmup);
    }

    private static void atLeast(final String name, final int value, final int minimum)
    {
        if (value < minimum)
        {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
    }

    private static void fraction(final String name, final double value)
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }

    private static void nonNegative(final String name, final double value)
    {
        if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY))
        {
            throw new IllegalArgumentException(name + " must be finite and non-negative: " + value);
        }
    }

    private static void notAbove(final String lowName, final double low, final String highName, final double high)
    {
        // equal is allowed: a band of zero width, hysteresis off for that measure
        if (low > high)
        {
            throw new IllegalArgumentException(lowName + " must not exceed " + highName + " (" + high + "): " + low);
        }
    }
}
