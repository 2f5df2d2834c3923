package io.ringwall.engine.features.regime;

import io.ringwall.codecs.sbe.Regime;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegimeDetectorTest
{
    /** N = 8, q = 2, K = 4, H = 10, percentile trusted from 2 volatilities. */
    private static final RegimeSettings SMALL = RegimeSettings.DEFAULTS.withWindows(8, 2, 4, 10, 2);

    @Test
    void shouldMeasureEightReturnsAsWorkedByHand()
    {
        final RegimeDetector detector = new RegimeDetector(SMALL);
        feed(detector, 2, 1, -1, 3, 0, 2, 1);
        // realized volatilities (as mean squares) 15/4, 11/4, 14/4, 14/4: the current 14/4 ties one, beats one
        assertThat(detector.volatility()).isEqualTo(Math.sqrt(14.0 / 4));
        assertThat(detector.volatilityPercentile()).isEqualTo(1.0 / 3);
        assertThat(detector.efficiencyRatio()).isNaN();

        detector.onSample(0);

        // sum 8, sum |r| 10
        assertThat(detector.efficiencyRatio()).isEqualTo(0.8);
        // mu = 1: deviations 1 0 -2 2 -1 1 0 -1, variance 12/8; 2-sums 3 0 2 3 2 3 1 less 2 mu: 8/7; VR = (8/7)/(2 * 1.5)
        assertThat(detector.varianceRatio()).isCloseTo(8.0 / 21, within(1e-16));
        assertThat(detector.varianceRatio()).isEqualTo(directVarianceRatio(new double[] {2, 1, -1, 3, 0, 2, 1, 0}, 2));
        // the newest volatility, 5/4, is the lowest of the five
        assertThat(detector.volatility()).isEqualTo(Math.sqrt(5.0 / 4));
        assertThat(detector.volatilityPercentile()).isEqualTo(0.0);

        detector.onSample(-4);

        final double[] window = {1, -1, 3, 0, 2, 1, 0, -4};
        assertThat(detector.efficiencyRatio()).isEqualTo(2.0 / 12).isEqualTo(directEfficiencyRatio(window));
        assertThat(detector.varianceRatio()).isEqualTo(directVarianceRatio(window, 2));
    }

    @Test
    void shouldReadAlternatingReturnsAsFullyRevertingAndOneSignAsFullyEfficient()
    {
        final RegimeDetector alternating = new RegimeDetector(SMALL);
        feed(alternating, 1, -1, 1, -1, 1, -1, 1, -1);
        assertThat(alternating.efficiencyRatio()).isEqualTo(0.0);
        assertThat(alternating.varianceRatio()).isEqualTo(0.0);

        final RegimeDetector oneSign = new RegimeDetector(SMALL);
        feed(oneSign, 1, 2, 1, 2, 1, 2, 1, 2);
        assertThat(oneSign.efficiencyRatio()).isEqualTo(1.0);
        // mu = 1.5, variance 1/4; 2-sums all 3 = 2 mu: VR 0
        assertThat(oneSign.varianceRatio()).isEqualTo(0.0);
    }

    @Test
    void shouldReportAVarianceRatioOfOneWhenTheReturnsDoNotVary()
    {
        final RegimeDetector frozen = new RegimeDetector(SMALL);
        feed(frozen, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(frozen.efficiencyRatio()).isEqualTo(0.0);
        assertThat(frozen.varianceRatio()).isEqualTo(1.0);
        assertThat(frozen.volatilityPercentile()).isEqualTo(0.0);

        final RegimeDetector steady = new RegimeDetector(SMALL);
        for (int i = 0; i < 8; i++)
        {
            steady.onSample(0.1e-4);
        }
        assertThat(steady.efficiencyRatio()).isEqualTo(1.0);
        assertThat(steady.varianceRatio()).isEqualTo(1.0);
    }

    @Test
    void shouldEqualTheDirectFormulasAfterEverySample()
    {
        final RegimeSettings settings = RegimeSettings.DEFAULTS.withWindows(13, 3, 5, 20, 4);
        final RegimeDetector detector = new RegimeDetector(settings);
        final double[] series = new SyntheticReturns(7, 2_000).noise(300, 1).drift(300).reverting(300)
            .noise(200, 0.01).toArray();
        series[500] = 0.05;
        for (int i = 0; i < 50; i++)
        {
            series[900 + i] = 0.0;
        }
        for (int t = 0; t < series.length; t++)
        {
            detector.onSample(series[t]);
            if (t + 1 >= 13)
            {
                final double[] window = java.util.Arrays.copyOfRange(series, t + 1 - 13, t + 1);
                assertThat(detector.efficiencyRatio()).as("ER at %d", t)
                    .isCloseTo(directEfficiencyRatio(window), within(1e-12));
                assertThat(detector.varianceRatio()).as("VR at %d", t)
                    .isCloseTo(directVarianceRatio(window, 3), within(1e-9));
            }
            if (t + 1 >= 5)
            {
                final double[] last = java.util.Arrays.copyOfRange(series, t + 1 - 5, t + 1);
                assertThat(detector.volatility()).as("volatility at %d", t)
                    .isCloseTo(Math.sqrt(sumOfSquares(last) / 5), within(1e-15));
            }
        }
    }

    @Test
    void shouldNotDriftOverAMillionSamplesAfterASpike()
    {
        final RegimeDetector detector = new RegimeDetector(RegimeSettings.DEFAULTS);
        final SplittableRandom random = new SplittableRandom(11);
        final int n = RegimeSettings.DEFAULTS.efficiencyWindow();
        final int k = RegimeSettings.DEFAULTS.volatilityWindow();
        final double[] last = new double[n];
        for (int t = 0; t < 1_000_000; t++)
        {
            final double r = t == 1_000 ? 1e3 : random.nextGaussian() * 1e-4 + 2e-5;
            detector.onSample(r);
            last[t % n] = r;
        }
        // the window's values, oldest first (1,000,000 is not a multiple of 128: rotate)
        final double[] window = new double[n];
        for (int i = 0; i < n; i++)
        {
            window[i] = last[(1_000_000 + i) % n];
        }

        assertThat(detector.efficiencyRatio()).isCloseTo(directEfficiencyRatio(window), within(1e-13));
        assertThat(detector.varianceRatio()).isCloseTo(directVarianceRatio(window, 4), within(1e-12));
        assertThat(detector.volatility())
            .isCloseTo(Math.sqrt(sumOfSquares(java.util.Arrays.copyOfRange(window, n - k, n)) / k), within(1e-18));
    }

    @Test
    void shouldStayUnknownWithNaNMeasuresUntilEachWindowIsFull()
    {
        // N = 8, K = 4, 7 volatilities: warm after max(8, 4 - 1 + 7) = 10 samples
        final RegimeDetector detector = new RegimeDetector(RegimeSettings.DEFAULTS.withWindows(8, 2, 4, 10, 7));
        final FeatureVector features = new FeatureVector();
        final double[] series = new SyntheticReturns(3, 20).noise(20, 1).toArray();
        for (int t = 1; t <= 10; t++)
        {
            final boolean changed = detector.onSample(series[t - 1]);
            detector.publish(features);

            assertThat(detector.isWarm()).as("warm after %d", t).isEqualTo(t == 10);
            assertThat(Double.isNaN(detector.volatility())).as("volatility after %d", t).isEqualTo(t < 4);
            assertThat(Double.isNaN(detector.efficiencyRatio())).as("ER after %d", t).isEqualTo(t < 8);
            assertThat(Double.isNaN(detector.varianceRatio())).as("VR after %d", t).isEqualTo(t < 8);
            assertThat(Double.isNaN(detector.volatilityPercentile())).as("percentile after %d", t).isEqualTo(t < 10);
            assertThat(Double.isNaN(features.get(FeatureCatalog.VOL_PERCENTILE))).isEqualTo(t < 10);
            if (t < 10)
            {
                assertThat(changed).isFalse();
                assertThat(detector.regime()).isEqualTo(Regime.UNKNOWN);
                assertThat(features.get(FeatureCatalog.REGIME)).isEqualTo(0.0);
            }
        }
        assertThat(RegimeSettings.DEFAULTS.withWindows(8, 2, 4, 10, 7).warmupSamples()).isEqualTo(10);
    }

    @Test
    void shouldPublishTheMeasuresAndTheRegimeSchemaValue()
    {
        final RegimeDetector detector = new RegimeDetector(RegimeSettings.DEFAULTS);
        feed(detector, new SyntheticReturns(5, 2_000).mixedVolatility(1_200).noise(100, 0.1).toArray());
        final FeatureVector features = new FeatureVector();

        detector.publish(features);

        assertThat(detector.regime()).isEqualTo(Regime.QUIET);
        assertThat(features.get(FeatureCatalog.REGIME)).isEqualTo(4.0);
        assertThat(features.get(FeatureCatalog.EFFICIENCY_RATIO)).isEqualTo(detector.efficiencyRatio());
        assertThat(features.get(FeatureCatalog.VARIANCE_RATIO)).isEqualTo(detector.varianceRatio());
        assertThat(features.get(FeatureCatalog.VOL_PERCENTILE)).isEqualTo(detector.volatilityPercentile());
    }

    @Test
    void shouldClassifyADriftAsTrending()
    {
        assertThat(classify(new SyntheticReturns(21, 2_000).mixedVolatility(1_200).drift(200))).isEqualTo(Regime.TRENDING);
    }

    @Test
    void shouldClassifyPersistentReturnsWithoutDriftAsTrending()
    {
        final RegimeDetector detector = new RegimeDetector(RegimeSettings.DEFAULTS);
        feed(detector, new SyntheticReturns(22, 2_000).mixedVolatility(1_200).persistent(200).toArray());

        assertThat(detector.regime()).isEqualTo(Regime.TRENDING);
        assertThat(detector.varianceRatio()).isGreaterThan(1.5);
    }

    @Test
    void shouldClassifyNegativelyAutocorrelatedReturnsAsMeanReverting()
    {
        assertThat(classify(new SyntheticReturns(23, 2_000).mixedVolatility(1_200).reverting(200)))
            .isEqualTo(Regime.MEAN_REVERTING);
    }

    @Test
    void shouldClassifyABurstOfVolatilityAsVolatile()
    {
        assertThat(classify(new SyntheticReturns(24, 2_000).mixedVolatility(1_200).noise(100, 4)))
            .isEqualTo(Regime.VOLATILE);
    }

    @Test
    void shouldClassifyACalmAsQuiet()
    {
        assertThat(classify(new SyntheticReturns(25, 2_000).mixedVolatility(1_200).noise(100, 0.2)))
            .isEqualTo(Regime.QUIET);
    }

    @Test
    void shouldClassifyAFrozenMarketAsQuiet()
    {
        final RegimeDetector detector = new RegimeDetector(RegimeSettings.DEFAULTS);
        feed(detector, new SyntheticReturns(26, 2_000).mixedVolatility(1_200).noise(100, 0.0).toArray());

        assertThat(detector.regime()).isEqualTo(Regime.QUIET);
        assertThat(detector.volatilityPercentile()).isEqualTo(0.0);
    }

    @Test
    void shouldChangeRarelyAndNeverWithinTheDwellOnARandomWalk()
    {
        final double[] series = new SyntheticReturns(27, 20_000).noise(20_000, 1).toArray();
        final RegimeSettings settings = RegimeSettings.DEFAULTS;
        final RegimeSettings noHysteresis = new RegimeSettings(
            128, 4, 64, 1_000, 100, 1,
            0.5, 0.5, 1.5, 1.5,
            0.6, 0.6, 0.3, 0.3,
            0.9, 0.9, 0.1, 0.1);
        final RegimeDetector detector = new RegimeDetector(settings);
        final RegimeDetector flapping = new RegimeDetector(noHysteresis);
        int changes = 0;
        int flaps = 0;
        long lastChange = -settings.minDwell();
        for (int t = 0; t < series.length; t++)
        {
            if (detector.onSample(series[t]))
            {
                assertThat(t - lastChange).as("samples between changes at %d", t).isGreaterThanOrEqualTo(20);
                lastChange = t;
                changes++;
            }
            flaps += flapping.onSample(series[t]) ? 1 : 0;
        }

        // a steady walk's volatility still wanders through its own percentiles; the bands and dwell halve the changes
        assertThat(changes).isGreaterThan(0);
        assertThat(changes * 2).isLessThan(flaps);
    }

    @Test
    void shouldIgnoreAndCountNonFiniteReturnsWithoutDisturbingTheMeasures()
    {
        final RegimeDetector clean = new RegimeDetector(RegimeSettings.DEFAULTS);
        final RegimeDetector dirty = new RegimeDetector(RegimeSettings.DEFAULTS);
        final double[] series = new SyntheticReturns(28, 2_000).mixedVolatility(1_400).toArray();
        for (int t = 0; t < series.length; t++)
        {
            if (t == 10 || t == 300 || t == 1_300)
            {
                assertThat(dirty.onSample(t == 10 ? Double.NaN : t == 300 ? Double.POSITIVE_INFINITY
                    : Double.NEGATIVE_INFINITY)).isFalse();
            }
            assertThat(dirty.onSample(series[t])).isEqualTo(clean.onSample(series[t]));
            assertSame(dirty.efficiencyRatio(), clean.efficiencyRatio());
            assertSame(dirty.varianceRatio(), clean.varianceRatio());
            assertSame(dirty.volatilityPercentile(), clean.volatilityPercentile());
            assertThat(dirty.regime()).isEqualTo(clean.regime());
        }
        assertThat(dirty.rejectedSamples()).isEqualTo(3);
        assertThat(dirty.samples()).isEqualTo(clean.samples()).isEqualTo(1_400);
    }

    @Test
    void shouldStartOverOnReset()
    {
        final double[] first = new SyntheticReturns(29, 2_000).mixedVolatility(1_200).noise(100, 4).toArray();
        final double[] second = new SyntheticReturns(30, 2_000).mixedVolatility(1_400).toArray();
        final RegimeDetector reused = new RegimeDetector(RegimeSettings.DEFAULTS);
        feed(reused, first);
        reused.onSample(Double.NaN);

        reused.reset();

        assertThat(reused.regime()).isEqualTo(Regime.UNKNOWN);
        assertThat(reused.previousRegime()).isEqualTo(Regime.UNKNOWN);
        assertThat(reused.isWarm()).isFalse();
        assertThat(reused.rejectedSamples()).isZero();
        assertThat(reused.efficiencyRatio()).isNaN();
        final RegimeDetector fresh = new RegimeDetector(RegimeSettings.DEFAULTS);
        for (final double r : second)
        {
            assertThat(reused.onSample(r)).isEqualTo(fresh.onSample(r));
            assertSame(reused.varianceRatio(), fresh.varianceRatio());
            assertSame(reused.volatilityPercentile(), fresh.volatilityPercentile());
            assertThat(reused.regime()).isEqualTo(fresh.regime());
            assertThat(reused.previousRegime()).isEqualTo(fresh.previousRegime());
        }
    }

    @Test
    void shouldNotAllocatePerSample()
    {
        final double[] series = new SyntheticReturns(31, 20_000).mixedVolatility(10_000).drift(5_000)
            .reverting(5_000).toArray();
        final RegimeDetector detector = new RegimeDetector(RegimeSettings.DEFAULTS);
        final FeatureVector features = new FeatureVector();
        feed(detector, series);
        detector.publish(features);

        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread);
        final long before = threads.getThreadAllocatedBytes(thread);
        int changes = 0;
        for (final double r : series)
        {
            changes += detector.onSample(r) ? 1 : 0;
            detector.publish(features);
        }
        changes += detector.onSample(Double.NaN) ? 1 : 0;
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(allocated).isZero();
        assertThat(changes).isGreaterThan(0);
    }

    /** Bit for bit, NaN included. */
    private static void assertSame(final double actual, final double expected)
    {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s vs %s", actual, expected)
            .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    private static Regime classify(final SyntheticReturns returns)
    {
        final RegimeDetector detector = new RegimeDetector(RegimeSettings.DEFAULTS);
        feed(detector, returns.toArray());
        return detector.regime();
    }

    private static void feed(final RegimeDetector detector, final double... returns)
    {
        for (final double r : returns)
        {
            detector.onSample(r);
        }
    }

    private static double directEfficiencyRatio(final double[] window)
    {
        double sum = 0.0;
        double sumAbs = 0.0;
        for (final double r : window)
        {
            sum += r;
            sumAbs += Math.abs(r);
        }
        return sumAbs == 0.0 ? 0.0 : Math.abs(sum) / sumAbs;
    }

    /** Lo-MacKinlay's overlapping VR(q) over the window, demeaned by the window's mean, by the textbook formula. */
    private static double directVarianceRatio(final double[] window, final int q)
    {
        final int n = window.length;
        double sum = 0.0;
        for (final double r : window)
        {
            sum += r;
        }
        final double mu = sum / n;
        double oneSquares = 0.0;
        for (final double r : window)
        {
            oneSquares += (r - mu) * (r - mu);
        }
        final int m = n - q + 1;
        double qSquares = 0.0;
        for (int i = q - 1; i < n; i++)
        {
            double s = 0.0;
            for (int k = i - q + 1; k <= i; k++)
            {
                s += window[k];
            }
            qSquares += (s - q * mu) * (s - q * mu);
        }
        return oneSquares == 0.0 ? 1.0 : (qSquares / m) / (q * (oneSquares / n));
    }

    private static double sumOfSquares(final double[] values)
    {
        double sum = 0.0;
        for (final double v : values)
        {
            sum += v * v;
        }
        return sum;
    }
}
