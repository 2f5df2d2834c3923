package io.ringwall.engine.features.wavelet;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

class HaarWaveletEnergyTest
{
    private static final double RELATIVE = 1e-12;

    @Test
    void shouldDecomposeEightSamplesAsWorkedByHand()
    {
        // x = 4 2 5 5 1 7 0 4, L = 3, orthonormal Haar:
        // level 1 details (x[2k] - x[2k+1]) / sqrt2 = (2, 0, -6, -4) / sqrt2 -> energy (4 + 0 + 36 + 16) / 2 = 28
        // pair sums 6 10 8 4; level 2 details (6 - 10) / 2, (8 - 4) / 2 = -2, 2  -> energy 8
        // quad sums 16 12; level 3 detail (16 - 12) / sqrt8                    -> energy 16 / 8 = 2
        // approximation 28 / sqrt8                                             -> energy 784 / 8 = 98
        // 28 + 8 + 2 + 98 = 136 = sum of x^2 (orthonormal); detail energy 38.
        // Integer sums, squares and power-of-two scalings are exact in doubles, so the energies are too.
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(3);
        final double[] x = {4, 2, 5, 5, 1, 7, 0, 4};
        for (int i = 0; i < x.length; i++)
        {
            assertThat(haar.isWarm()).isFalse();
            haar.onSample(x[i]);
        }

        assertThat(haar.isWarm()).isTrue();
        assertThat(haar.windowSize()).isEqualTo(8);
        assertThat(haar.energy(1)).isEqualTo(28.0);
        assertThat(haar.energy(2)).isEqualTo(8.0);
        assertThat(haar.energy(3)).isEqualTo(2.0);
        assertThat(haar.approximationEnergy()).isEqualTo(98.0);
        assertThat(haar.detailEnergy()).isEqualTo(38.0);
        assertThat(haar.relativeEnergy(1)).isEqualTo(28.0 / 38.0);
        assertThat(haar.relativeEnergy(2)).isEqualTo(8.0 / 38.0);
        assertThat(haar.relativeEnergy(3)).isEqualTo(2.0 / 38.0);
        final double expectedEntropy = -(28.0 / 38.0 * StrictMath.log(28.0 / 38.0)
            + 8.0 / 38.0 * StrictMath.log(8.0 / 38.0) + 2.0 / 38.0 * StrictMath.log(2.0 / 38.0));
        assertThat(haar.entropy()).isEqualTo(expectedEntropy);
        assertThat(expectedEntropy).isCloseTo(0.70802, within(1e-5));
    }

    @Test
    void shouldDecomposeTheWindowAlignedToItsStartAfterItSlides()
    {
        // After a ninth sample 3 the window is 2 5 5 1 7 0 4 3 and its blocks start at the 2:
        // level 1 (-3, 4, 7, 1) / sqrt2 -> (9 + 16 + 49 + 1) / 2 = 37.5
        // pair sums 7 6 7 7 -> (1 / 2, 0 / 2) -> 0.25; quad sums 13 14 -> -1 / sqrt8 -> 0.125
        // approximation 27 / sqrt8 -> 729 / 8 = 91.125; total 129 = sum of squares of the window
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(3);
        for (final double x : new double[]{4, 2, 5, 5, 1, 7, 0, 4, 3})
        {
            haar.onSample(x);
        }

        assertThat(haar.energy(1)).isEqualTo(37.5);
        assertThat(haar.energy(2)).isEqualTo(0.25);
        assertThat(haar.energy(3)).isEqualTo(0.125);
        assertThat(haar.approximationEnergy()).isEqualTo(91.125);
    }

    @Test
    void shouldEqualTheDirectDecompositionOfTheWindowAfterEverySample()
    {
        for (final int levels : new int[]{1, 2, 3, 5, 8})
        {
            for (long seed = 1; seed <= 4; seed++)
            {
                final Random random = new Random(seed * 31 + levels);
                final int count = 3_000;
                final double[] samples = new double[count];
                for (int i = 0; i < count; i++)
                {
                    samples[i] = random.nextGaussian() * 1e-4 + (random.nextInt(50) == 0 ? 0.01 : 0.0);
                }
                final double worst = worstRelativeError(levels, samples, 1);
                assertThat(worst).as("L=%d seed=%d", levels, seed).isLessThanOrEqualTo(RELATIVE);
            }
        }
    }

    @Test
    void shouldNotDriftOverAMillionSamplesWithSpikesAndSilences()
    {
        // Spikes 1e9 times the usual size leave the window thousands of times: a running sum that subtracted
        // them would be left with their rounding, far above the tiny energies that remain.
        final Random random = new Random(20240808L);
        final int count = 1_000_000;
        final double[] samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            final int kind = random.nextInt(1000);
            if (kind < 5)
            {
                samples[i] = random.nextGaussian() * 1e3;
            }
            else if (kind < 100)
            {
                samples[i] = 0.0;
            }
            else
            {
                samples[i] = random.nextGaussian() * 1e-6;
            }
        }

        assertThat(worstRelativeError(6, samples, 1)).isLessThanOrEqualTo(RELATIVE);
    }

    @Test
    void shouldBeTheTextbookOrthonormalPyramidUpToTheRoundingOfSqrt2()
    {
        // The textbook divides by a rounded sqrt(2) at each level, so where a level's coefficients cancel to
        // nearly nothing the two agree relative to the window's energy rather than to that level's.
        final Random random = new Random(5);
        final double[] samples = new double[2_000];
        for (int i = 0; i < samples.length; i++)
        {
            samples[i] = random.nextGaussian() * 1e-4;
        }
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(6);
        double worst = 0.0;
        for (int i = 0; i < samples.length; i++)
        {
            haar.onSample(samples[i]);
            final double[] textbook = DirectHaar.orthonormalEnergies(DirectHaar.lastWindow(samples, i + 1, 64));
            final double total = haar.detailEnergy() + haar.approximationEnergy();
            for (int level = 1; level <= 6; level++)
            {
                worst = Math.max(worst, Math.abs(haar.energy(level) - textbook[level]) / total);
            }
            worst = Math.max(worst, Math.abs(haar.approximationEnergy() - textbook[0]) / total);
        }

        assertThat(worst).isLessThan(1e-14);
    }

    @Test
    void shouldHaveZeroEntropyWhenAllTheEnergyIsAtTheFinestLevel()
    {
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(4);
        for (int i = 0; i < 40; i++)
        {
            haar.onSample((i & 1) == 0 ? 1e-3 : -1e-3);
        }

        assertThat(haar.energy(2)).isZero();
        assertThat(haar.energy(3)).isZero();
        assertThat(haar.energy(4)).isZero();
        assertThat(haar.relativeEnergy(1)).isEqualTo(1.0);
        assertThat(haar.entropy()).isEqualTo(0.0);
    }

    @Test
    void shouldHaveZeroEntropyWhenAllTheEnergyIsAtTheCoarsestLevel()
    {
        // a step: each half constant, so only the last level's detail (the halves' difference) is non-zero
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(3);
        for (final double x : new double[]{1, 1, 1, 1, -1, -1, -1, -1})
        {
            haar.onSample(x);
        }

        assertThat(haar.energy(3)).isEqualTo(8.0);
        assertThat(haar.approximationEnergy()).isZero();
        assertThat(haar.relativeEnergy(3)).isEqualTo(1.0);
        assertThat(haar.entropy()).isEqualTo(0.0);
    }

    @Test
    void shouldHaveEntropyLnLWhenTheLevelsShareTheEnergyEqually()
    {
        // a window built from one unit coefficient per level (and a non-zero approximation, which is excluded)
        final double[] window = DirectHaar.synthesize(3.0, new double[][]{
            {0, 0, 1, 0, 0, 0, 0, 0},
            {0, -1, 0, 0},
            {1, 0},
            {-1}});
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(4);
        for (final double x : window)
        {
            haar.onSample(x);
        }

        for (int level = 1; level <= 4; level++)
        {
            assertThat(haar.energy(level)).isCloseTo(1.0, within(1e-14));
            assertThat(haar.relativeEnergy(level)).isCloseTo(0.25, within(1e-15));
        }
        assertThat(haar.approximationEnergy()).isCloseTo(9.0, within(1e-13));
        assertThat(haar.entropy()).isCloseTo(StrictMath.log(4.0), within(1e-14));
    }

    @Test
    void shouldReportNaNEntropyAndRelativeEnergyForAFlatWindow()
    {
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(3);
        for (int i = 0; i < 20; i++)
        {
            haar.onSample(0.0);
        }

        assertThat(haar.detailEnergy()).isZero();
        assertThat(haar.relativeEnergy(2)).isNaN();
        assertThat(haar.entropy()).isNaN();

        // a constant non-zero window: all its energy is the approximation's, none at any scale
        final HaarWaveletEnergy constant = new HaarWaveletEnergy(3);
        for (int i = 0; i < 8; i++)
        {
            constant.onSample(0.5);
        }
        assertThat(constant.detailEnergy()).isZero();
        assertThat(constant.approximationEnergy()).isEqualTo(2.0);
        assertThat(constant.entropy()).isNaN();
    }

    @Test
    void shouldStartOverOnReset()
    {
        final Random random = new Random(7);
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(5);
        for (int i = 0; i < 100; i++)
        {
            haar.onSample(random.nextGaussian());
        }
        assertThat(haar.isWarm()).isTrue();

        haar.reset();

        assertThat(haar.isWarm()).isFalse();
        assertThat(haar.samples()).isZero();
        assertThat(haar.detailEnergy()).isZero();
        assertThat(haar.approximationEnergy()).isZero();
        assertThat(haar.entropy()).isNaN();
        final HaarWaveletEnergy fresh = new HaarWaveletEnergy(5);
        for (int i = 0; i < 45; i++)
        {
            final double x = random.nextGaussian();
            haar.onSample(x);
            fresh.onSample(x);
            for (int level = 1; level <= 5; level++)
            {
                assertThat(haar.energy(level)).isEqualTo(fresh.energy(level));
            }
            assertThat(haar.approximationEnergy()).isEqualTo(fresh.approximationEnergy());
            assertThat(haar.entropy()).isEqualTo(fresh.entropy());
        }
        assertThat(haar.isWarm()).isTrue();
    }

    @Test
    void shouldRecoverExactlyOneWindowAfterANonFiniteSample()
    {
        final Random random = new Random(11);
        final double[] samples = new double[200];
        for (int i = 0; i < samples.length; i++)
        {
            samples[i] = random.nextGaussian();
        }
        samples[50] = Double.NaN;
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(4);
        for (int i = 0; i < samples.length; i++)
        {
            haar.onSample(samples[i]);
            if (i == 50 + 15)
            {
                assertThat(haar.entropy()).isNaN();
            }
        }

        final double[] expected = DirectHaar.energies(DirectHaar.lastWindow(samples, samples.length, 16));
        for (int level = 1; level <= 4; level++)
        {
            assertThat(haar.energy(level)).isCloseTo(expected[level], within(RELATIVE * expected[level]));
        }
        assertThat(haar.entropy()).isCloseTo(DirectHaar.entropy(expected), within(1e-12));
    }

    @Test
    void shouldPublishRelativeEnergiesAndEntropyOnceWarm()
    {
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(3);
        final FeatureVector features = new FeatureVector();
        final double[] samples = {1, 3, 0, 0, 2, 2, 5, 1, 4};
        for (int i = 0; i < 7; i++)
        {
            haar.onSample(samples[i]);
            haar.publish(features);
            for (int level = 1; level <= 3; level++)
            {
                assertThat(features.get(FeatureCatalog.waveletEnergy(level))).as("level %d before warm", level).isNaN();
            }
            assertThat(features.get(FeatureCatalog.WAVELET_ENTROPY)).isNaN();
        }

        haar.onSample(samples[7]);
        haar.publish(features);

        // window 1 3 0 0 2 2 5 1: level 1 (2^2 + 0 + 0 + 4^2) / 2 = 10, level 2 ((4 - 0)^2 + (4 - 6)^2) / 4 = 5,
        // level 3 (4 - 10)^2 / 8 = 9/2; detail energy 39/2
        assertThat(features.get(FeatureCatalog.waveletEnergy(1))).isEqualTo(10.0 / 19.5);
        assertThat(features.get(FeatureCatalog.waveletEnergy(2))).isEqualTo(5.0 / 19.5);
        assertThat(features.get(FeatureCatalog.waveletEnergy(3))).isEqualTo(4.5 / 19.5);
        assertThat(features.get(FeatureCatalog.waveletEnergy(4))).as("no fourth level").isNaN();
        assertThat(features.get(FeatureCatalog.WAVELET_ENTROPY)).isEqualTo(haar.entropy());
        assertThat(haar.entropy()).isCloseTo(entropyOf(20.0 / 39, 10.0 / 39, 9.0 / 39), within(1e-15));

        haar.reset();
        haar.publish(features);
        assertThat(features.get(FeatureCatalog.waveletEnergy(1))).isNaN();
        assertThat(features.get(FeatureCatalog.WAVELET_ENTROPY)).isNaN();
    }

    private static double entropyOf(final double... shares)
    {
        double h = 0.0;
        for (final double p : shares)
        {
            h -= p * Math.log(p);
        }
        return h;
    }

    @Test
    void shouldRejectLevelsOutsideOneToSixteen()
    {
        assertThatThrownBy(() -> new HaarWaveletEnergy(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levels");
        assertThatThrownBy(() -> new HaarWaveletEnergy(17))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levels");
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(3);
        assertThatThrownBy(() -> haar.energy(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> haar.relativeEnergy(4))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThat(new HaarWaveletEnergy(16).windowSize()).isEqualTo(65_536);
    }

    @Test
    void shouldNotAllocatePerSample()
    {
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(10);
        final Random random = new Random(3);
        final double[] samples = new double[4096];
        for (int i = 0; i < samples.length; i++)
        {
            samples[i] = random.nextGaussian();
        }
        double sink = feed(haar, samples, 100);
        final FeatureVector features = new FeatureVector();
        haar.publish(features);

        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread);
        final long before = threads.getThreadAllocatedBytes(thread);
        sink += feed(haar, samples, 50);
        haar.publish(features);
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(sink).isFinite();
        assertThat(features.get(FeatureCatalog.WAVELET_ENTROPY)).isFinite();
        assertThat(allocated).as("bytes allocated over %d samples", 50 * samples.length).isZero();
    }

    private static double feed(final HaarWaveletEnergy haar, final double[] samples, final int rounds)
    {
        double sink = 0.0;
        for (int round = 0; round < rounds; round++)
        {
            for (final double x : samples)
            {
                haar.onSample(x);
                sink += haar.entropy() + haar.relativeEnergy(1) + haar.energy(haar.levels())
                    + haar.approximationEnergy();
            }
        }
        return sink;
    }

    /**
     * Feeds the samples and compares every figure with the direct decomposition of the same window after every
     * {@code every}-th sample (before warm-up too, zero-padded).
     *
     * @return the largest relative error of any energy, relative energy or entropy (entropy absolute).
     */
    private static double worstRelativeError(final int levels, final double[] samples, final int every)
    {
        final HaarWaveletEnergy haar = new HaarWaveletEnergy(levels);
        final int size = 1 << levels;
        double worst = 0.0;
        for (int i = 0; i < samples.length; i++)
        {
            haar.onSample(samples[i]);
            if (haar.isWarm() != (i + 1 >= size))
            {
                fail("warm after %d samples: %s", i + 1, haar.isWarm());
            }
            if (i % every != 0)
            {
                continue;
            }
            final double[] window = DirectHaar.lastWindow(samples, i + 1, size);
            final double[] expected = DirectHaar.energies(window);
            double detail = 0.0;
            double squares = 0.0;
            for (int level = 1; level <= levels; level++)
            {
                worst = Math.max(worst, relativeError(haar.energy(level), expected[level]));
                detail += expected[level];
            }
            worst = Math.max(worst, relativeError(haar.approximationEnergy(), expected[0]));
            worst = Math.max(worst, relativeError(haar.detailEnergy(), detail));
            for (int level = 1; level <= levels && detail != 0.0; level++)
            {
                worst = Math.max(worst, relativeError(haar.relativeEnergy(level), expected[level] / detail));
            }
            final double entropy = DirectHaar.entropy(expected);
            worst = Math.max(worst, Double.isNaN(entropy) ? (Double.isNaN(haar.entropy()) ? 0.0 : 1.0)
                : Math.abs(haar.entropy() - entropy));
            // orthonormal: the energies add up to the window's sum of squares
            for (final double x : window)
            {
                squares += x * x;
            }
            worst = Math.max(worst, relativeError(haar.detailEnergy() + haar.approximationEnergy(), squares));
        }
        return worst;
    }

    private static double relativeError(final double actual, final double expected)
    {
        if (expected == 0.0)
        {
            return actual == 0.0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(actual - expected) / Math.abs(expected);
    }
}
