package io.ringwall.engine.features.regime;

import io.ringwall.codecs.sbe.Regime;

/**
 * The hysteresis of a {@link RegimeDetector}: turns each sample's three measures into a regime that changes
 * only when the new one's enter thresholds (or the current one's exit thresholds) are crossed, and no sooner
 * than {@link RegimeSettings#minDwell()} samples after the last change.
 * <p>
 * Each sample, the regimes are tried in precedence order VOLATILE, QUIET, TRENDING, MEAN_REVERTING, and the
 * first whose condition holds is the target, NEUTRAL if none (UNKNOWN while a measure is missing): the current regime's condition is its stay
 * condition (it has not crossed its exit thresholds), any other's its enter condition (the exact conditions
 * are in {@link RegimeDetector}). So a higher regime that enters pre-empts a lower one, and a lower one cannot
 * pre-empt a higher one that still holds. The
 * volatility regimes come first because the percentile is the most robust of the measures, and because at
 * the extremes the ratios mislead: in a quiet market most sampled returns are zero and one tick makes an
 * efficiency ratio of 1, and in a volatile one a few large returns decide both ratios. A measure that is NaN
 * satisfies no condition.
 */
final class RegimeSwitch
{
    private final RegimeSettings settings;
    private Regime regime;
    private Regime previous;
    /** Samples since the last change, saturating at the dwell. */
    private int sinceChange;

    RegimeSwitch(final RegimeSettings settings)
    {
        this.settings = settings;
        reset();
    }

    Regime regime()
    {
        return regime;
    }

    Regime previous()
    {
        return previous;
    }

    /**
     * @param efficiencyRatio    0..1.
     * @param varianceRatio      0 and up, 1 for a random walk.
     * @param volatilityPercentile 0..1.
     * @return true if the regime changed.
     */
    boolean onMeasures(final double efficiencyRatio, final double varianceRatio, final double volatilityPercentile)
    {
        if (sinceChange < settings.minDwell())
        {
            sinceChange++;
        }
        if (sinceChange < settings.minDwell())
        {
            return false;
        }
        final Regime target = target(efficiencyRatio, varianceRatio, volatilityPercentile);
        if (target == regime)
        {
            return false;
        }
        previous = regime;
        regime = target;
        sinceChange = 0;
        return true;
    }

    /** Back to UNKNOWN with no previous regime; the first classification after it is not held back by the dwell. */
    void reset()
    {
        regime = Regime.UNKNOWN;
        previous = Regime.UNKNOWN;
        sinceChange = settings.minDwell();
    }

    private Regime target(final double er, final double vr, final double percentile)
    {
        final RegimeSettings s = settings;
        final boolean isVolatile = regime == Regime.VOLATILE
            ? percentile >= s.volatileExitPercentile()
            : percentile >= s.volatileEnterPercentile();
        if (isVolatile)
        {
            return Regime.VOLATILE;
        }
        final boolean quiet = regime == Regime.QUIET
            ? percentile <= s.quietExitPercentile()
            : percentile <= s.quietEnterPercentile();
        if (quiet)
        {
            return Regime.QUIET;
        }
        // either suffices: a drift shows in the efficiency ratio, persistence (momentum) in the variance ratio
        final boolean trending = regime == Regime.TRENDING
            ? er >= s.trendExitEfficiency() || vr >= s.trendExitVarianceRatio()
            : er >= s.trendEnterEfficiency() || vr >= s.trendEnterVarianceRatio();
        if (trending)
        {
            return Regime.TRENDING;
        }
        final boolean meanReverting = regime == Regime.MEAN_REVERTING
            ? vr <= s.meanRevertingExitVarianceRatio() && er <= s.meanRevertingExitEfficiency()
            : vr <= s.meanRevertingEnterVarianceRatio() && er <= s.meanRevertingEnterEfficiency();
        if (meanReverting)
        {
            return Regime.MEAN_REVERTING;
        }
        // measured and none stands out is a regime of its own; a measure still missing says nothing yet
        return Double.isNaN(er) || Double.isNaN(vr) || Double.isNaN(percentile) ? Regime.UNKNOWN : Regime.NEUTRAL;
    }
}
