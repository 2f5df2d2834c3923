package io.ringwall.engine.features.regime;

import io.ringwall.codecs.sbe.Regime;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;

import java.util.Arrays;

/**
 * Classifies one instrument's returns, sampled on a fixed event-time grid, as TRENDING, MEAN_REVERTING,
 * VOLATILE or QUIET (NEUTRAL when none holds, UNKNOWN before warm-up), with hysteresis and a minimum dwell so the
 * regime does not flap. The caller journals the changes ({@link #onSample} returns true on one).
 * <p>
 * <b>Measures</b>, with {@code r_1..r_N} the last N = {@link RegimeSettings#efficiencyWindow()} returns, oldest
 * first, and {@code mu = (sum r_i) / N}:
 * <ul>
 * <li>efficiency ratio (Kaufman) {@code ER = |sum r_i| / sum |r_i|}, 0..1: 1 when every return has the same
 * sign, near 0 when they cancel; 0 when every return is zero (no movement is no trend).</li>
 * <li>variance ratio (Lo-MacKinlay, overlapping, q = {@link RegimeSettings#varianceRatioLag()}): with the
 * M = N - q + 1 overlapping q-period returns {@code S_i = r_{i-q+1} + ... + r_i}, i = q..N, within the window,
 * {@code VR = [sum (S_i - q mu)^2 / M] / (q [sum (r_i - mu)^2 / N])}. About 1 for a random walk with or
 * without drift (drift is the efficiency ratio's business), above 1 when returns persist, below when they
 * reverse. No small-sample bias correction: the thresholds are set on the estimator as it is (over a random
 * walk at N = 128, q = 4 it scatters by about 0.16 around slightly below 1). Computed from the raw sums as
 * {@code (sum S^2 - q mu (2 sum S - M q mu)) / M} and {@code (sum r^2 - mu sum r) / N}; when the latter is at
 * most {@code 1e-12 sum r^2 / N} (every return equal, zero included: no variation beyond rounding) VR is 1,
 * and a numerator rounded below zero counts as zero.</li>
 * <li>volatility percentile: the realized volatility {@code sqrt(sum r^2 / K)} of the last K =
 * {@link RegimeSettings#volatilityWindow()} returns (not demeaned: at sampling frequencies the mean return
 * is noise) is kept once per sample in a ring of the last H = {@link RegimeSettings#volatilityHistory()}
 * values, the current one included, and ranked there: {@code (values strictly below the current one) /
 * (n - 1)}, n the values held, so 0 for the lowest, 1 for the highest. Ties rank low on purpose: in a frozen
 * market (every return zero) the percentile is 0, the quietest. It is relative: after about H/4 samples of
 * calm, calm is the new normal and QUIET ends.</li>
 * </ul>
 * <b>Classification</b>, each sample once warm; {@code p} the percentile, names are the settings' thresholds.
 * The regimes are tried in this order and the first whose condition holds is the target, NEUTRAL if none. For
 * the current regime its <i>stay</i> condition is used, for every other regime its <i>enter</i> condition:
 * <ol>
 * <li>VOLATILE: enter {@code p >= volatileEnterPercentile}; stay {@code p >= volatileExitPercentile}.</li>
 * <li>QUIET: enter {@code p <= quietEnterPercentile}; stay {@code p <= quietExitPercentile}.</li>
 * <li>TRENDING: enter {@code ER >= trendEnterEfficiency or VR >= trendEnterVarianceRatio} (a drift, or
 * persistent returns); stay {@code ER >= trendExitEfficiency or VR >= trendExitVarianceRatio}.</li>
 * <li>MEAN_REVERTING: enter {@code VR <= meanRevertingEnterVarianceRatio and ER <=
 * meanRevertingEnterEfficiency}; stay {@code VR <= meanRevertingExitVarianceRatio and ER <=
 * meanRevertingExitEfficiency}.</li>
 * </ol>
 * A NaN measure satisfies no condition. The regime becomes the target only if it has been held at least
 * M = {@link RegimeSettings#minDwell()} samples (the first classification after warm-up is not held back).
 * Why this order is in {@link RegimeSwitch}.
 * <p>
 * <b>Warm-up</b>: no classification until N returns and {@link RegimeSettings#volatilityWarmup()} ranked
 * volatilities have been seen ({@link RegimeSettings#warmupSamples()} samples); before that the regime is
 * UNKNOWN and each measure is NaN until its own window is full. A non-finite return (a zero or missing mid
 * upstream) is not added to any window, only counted ({@link #rejectedSamples()}), since it would otherwise
 * poison H samples of percentiles.
 * <p>
 * <b>Cost</b> per sample: the window sums (of r, |r|, r^2, the q-sums S and S^2, and the last K r^2) are
 * partial-sum trees ({@link WindowSum}): O(log N) additions each, nothing ever subtracted, so no drift; the
 * q-sum is added afresh from its q returns; the percentile is a linear scan of the H-value history (H at most
 * {@value RegimeSettings#MAX_VOLATILITY_HISTORY}, 1,000 by default). About 1,100 operations at the defaults, no
 * allocation, plain IEEE arithmetic and {@link Math#sqrt} only, so deterministic. Single-threaded.
 */
public final class RegimeDetector
{
    /** The one-period variance, relative to the mean square, below which the returns count as constant. */
    private static final double CONSTANT_RETURNS = 1e-12;

    private final RegimeSettings settings;
    private final RegimeSwitch regimeSwitch;
    private final int window;
    private final int lag;
    private final int sums;
    private final int volatilityWindow;
    private final WindowSum returns;
    private final WindowSum absoluteReturns;
    private final WindowSum squaredReturns;
    private final WindowSum lagSums;
    private final WindowSum squaredLagSums;
    private final WindowSum volatilitySquares;
    /** Realized volatilities, one per sample once K returns are in; {@code volatilityHead} the next slot. */
    private final double[] volatilities;
    private int volatilityHead;
    private int volatilityCount;
    private long samples;
    private long rejected;
    private double efficiencyRatio;
    private double varianceRatio;
    private double volatility;
    private double volatilityPercentile;

    /** @param settings windows, thresholds and dwell, already validated by the record. */
    public RegimeDetector(final RegimeSettings settings)
    {
        this.settings = settings;
        this.regimeSwitch = new RegimeSwitch(settings);
        this.window = settings.efficiencyWindow();
        this.lag = settings.varianceRatioLag();
        this.sums = window - lag + 1;
        this.volatilityWindow = settings.volatilityWindow();
        this.returns = new WindowSum(window);
        this.absoluteReturns = new WindowSum(window);
        this.squaredReturns = new WindowSum(window);
        this.lagSums = new WindowSum(sums);
        this.squaredLagSums = new WindowSum(sums);
        this.volatilitySquares = new WindowSum(volatilityWindow);
        this.volatilities = new double[settings.volatilityHistory()];
        reset();
    }

    /**
     * Adds the next return (a mid log return on the caller's fixed event-time grid) and reclassifies.
     *
     * @param logReturn the return over the last grid interval; a non-finite one is counted and ignored.
     * @return true if the regime changed with this sample.
     */
    public boolean onSample(final double logReturn)
    {
        if (!Double.isFinite(logReturn))
        {
            rejected++;
            return false;
        }
        samples++;
        returns.add(logReturn);
        absoluteReturns.add(Math.abs(logReturn));
        squaredReturns.add(logReturn * logReturn);
        volatilitySquares.add(logReturn * logReturn);
        if (samples >= lag)
        {
            double lagSum = returns.recent(lag - 1);
            for (int age = lag - 2; age >= 0; age--)
            {
                lagSum += returns.recent(age);
            }
            lagSums.add(lagSum);
            squaredLagSums.add(lagSum * lagSum);
        }
        if (samples >= window)
        {
            measureRatios();
        }
        if (samples >= volatilityWindow)
        {
            measureVolatility();
        }
        return isWarm() && regimeSwitch.onMeasures(efficiencyRatio, varianceRatio, volatilityPercentile);
    }

    /**
     * Writes EFFICIENCY_RATIO, VARIANCE_RATIO and VOL_PERCENTILE (NaN until their windows are full) and
     * REGIME, the regime's schema value (0, UNKNOWN, until warm).
     */
    public void publish(final FeatureVector out)
    {
        out.set(FeatureCatalog.EFFICIENCY_RATIO, efficiencyRatio);
        out.set(FeatureCatalog.VARIANCE_RATIO, varianceRatio);
        out.set(FeatureCatalog.VOL_PERCENTILE, volatilityPercentile);
        out.set(FeatureCatalog.REGIME, regimeSwitch.regime().value());
    }

    /** @return the current regime: UNKNOWN before warm-up, NEUTRAL when no regime's conditions hold. */
    public Regime regime()
    {
        return regimeSwitch.regime();
    }

    /** @return the regime before the last change, UNKNOWN if there has been none since the last reset. */
    public Regime previousRegime()
    {
        return regimeSwitch.previous();
    }

    /** @return {@code |sum r| / sum |r|} over the last N returns, 0..1; NaN until N returns are in. */
    public double efficiencyRatio()
    {
        return efficiencyRatio;
    }

    /** @return the overlapping variance ratio VR(q) over the last N returns; NaN until N returns are in. */
    public double varianceRatio()
    {
        return varianceRatio;
    }

    /** @return the realized volatility {@code sqrt(sum r^2 / K)} of the last K returns; NaN until K are in. */
    public double volatility()
    {
        return volatility;
    }

    /** @return the current volatility's rank in its history, 0..1; NaN until the history is warm. */
    public double volatilityPercentile()
    {
        return volatilityPercentile;
    }

    /** @return true once enough samples are in to classify ({@link RegimeSettings#warmupSamples()}). */
    public boolean isWarm()
    {
        return samples >= window && volatilityCount >= settings.volatilityWarmup();
    }

    /** @return finite returns taken since construction or the last reset. */
    public long samples()
    {
        return samples;
    }

    /** @return non-finite returns ignored since construction or the last reset. */
    public long rejectedSamples()
    {
        return rejected;
    }

    /** @return the settings this detector runs with. */
    public RegimeSettings settings()
    {
        return settings;
    }

    /** Forgets every return and the regime (the book stopped being LIVE): warm-up starts again. */
    public void reset()
    {
        returns.clear();
        absoluteReturns.clear();
        squaredReturns.clear();
        lagSums.clear();
        squaredLagSums.clear();
        volatilitySquares.clear();
        Arrays.fill(volatilities, 0.0);
        volatilityHead = 0;
        volatilityCount = 0;
        samples = 0;
        rejected = 0;
        efficiencyRatio = Double.NaN;
        varianceRatio = Double.NaN;
        volatility = Double.NaN;
        volatilityPercentile = Double.NaN;
        regimeSwitch.reset();
    }

    private void measureRatios()
    {
        final double sum = returns.sum();
        final double sumAbs = absoluteReturns.sum();
        final double sumSquares = squaredReturns.sum();
        efficiencyRatio = sumAbs == 0.0 ? 0.0 : Math.abs(sum) / sumAbs;

        final double mean = sum / window;
        final double oneVariance = (sumSquares - mean * sum) / window;
        if (!(oneVariance > CONSTANT_RETURNS * sumSquares / window))
        {
            varianceRatio = 1.0;
            return;
        }
        final double qMean = lag * mean;
        final double lagVariance = (squaredLagSums.sum() - qMean * (2.0 * lagSums.sum() - sums * qMean)) / sums;
        varianceRatio = Math.max(0.0, lagVariance) / (lag * oneVariance);
    }

    private void measureVolatility()
    {
        final double current = Math.sqrt(volatilitySquares.sum() / volatilityWindow);
        volatility = current;

        volatilities[volatilityHead] = current;
        volatilityHead = volatilityHead + 1 == volatilities.length ? 0 : volatilityHead + 1;
        if (volatilityCount < volatilities.length)
        {
            volatilityCount++;
        }
        if (volatilityCount >= settings.volatilityWarmup())
        {
            // until the ring is full its values are its first slots, so the unused ones are never read
            int below = 0;
            for (int i = 0; i < volatilityCount; i++)
            {
                if (volatilities[i] < current)
                {
                    below++;
                }
            }
            volatilityPercentile = (double)below / (volatilityCount - 1);
        }
    }
}
