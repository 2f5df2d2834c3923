package io.ringwall.engine.signals;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogisticFitTest
{
    private static final double[] TRUE_WEIGHTS = { 2.0, -1.0, 0.3, 0.0 };
    private static final double TRUE_INTERCEPT = 0.5;

    /** Samples from the logistic model itself, with standard normal features, from a seeded generator. */
    private static int[] sample(final double[][] z, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final int[] y = new int[z.length];
        for (int i = 0; i < z.length; i++)
        {
            double s = TRUE_INTERCEPT;
            for (int j = 0; j < TRUE_WEIGHTS.length; j++)
            {
                z[i][j] = gaussian(random);
                s += TRUE_WEIGHTS[j] * z[i][j];
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-s)) ? 1 : 0;
        }
        return y;
    }

    private static double gaussian(final SplittableRandom random)
    {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void shouldRecoverTheSignsAndOrderOfKnownCoefficients()
    {
        final double[][] z = new double[5000][TRUE_WEIGHTS.length];
        final int[] y = sample(z, 42);
        final LogisticFit fit = LogisticFit.fit(z, y, 1e-4);
        final double[] w = fit.weights();
        assertThat(w[0]).isPositive();
        assertThat(w[1]).isNegative();
        assertThat(w[2]).isPositive();
        assertThat(Math.abs(w[0])).isGreaterThan(Math.abs(w[1]));
        assertThat(Math.abs(w[1])).isGreaterThan(Math.abs(w[2]));
        assertThat(Math.abs(w[2])).isGreaterThan(Math.abs(w[3]));
        assertThat(w[0]).isCloseTo(2.0, within(0.2));
        assertThat(w[1]).isCloseTo(-1.0, within(0.15));
        assertThat(fit.intercept()).isCloseTo(0.5, within(0.15));
    }

    @Test
    void shouldStopWhereThePenalisedGradientIsZero()
    {
        final double[][] z = new double[800][TRUE_WEIGHTS.length];
        final int[] y = sample(z, 3);
        final double l2 = 0.5;
        final LogisticFit fit = LogisticFit.fit(z, y, l2);
        final double[] w = fit.weights();
        // the gradient of the mean log-loss plus (l2/2)|w|^2, computed directly
        final double[] gradient = new double[w.length + 1];
        for (int i = 0; i < z.length; i++)
        {
            double s = fit.intercept();
            for (int j = 0; j < w.length; j++)
            {
                s += w[j] * z[i][j];
            }
            final double r = 1 / (1 + Math.exp(-s)) - y[i];
            for (int j = 0; j < w.length; j++)
            {
                gradient[j] += r * z[i][j] / z.length;
            }
            gradient[w.length] += r / z.length;
        }
        for (int j = 0; j < w.length; j++)
        {
            assertThat(gradient[j] + l2 * w[j]).as("d/dw%d", j).isCloseTo(0.0, within(1e-8));
        }
        assertThat(gradient[w.length]).as("d/db, unpenalised").isCloseTo(0.0, within(1e-8));
        assertThat(Math.abs(w[0])).as("a heavy penalty shrinks the weights").isLessThan(1.0);
    }

    @Test
    void shouldGiveTheBaseRateLogOddsWithoutFeatures()
    {
        // 3 ups, 1 down, one constant-zero feature: the intercept is log(3/1)
        final LogisticFit fit = LogisticFit.fit(new double[][]{ { 0 }, { 0 }, { 0 }, { 0 } }, new int[]{ 1, 1, 1, 0 }, 1.0);
        assertThat(fit.intercept()).isCloseTo(Math.log(3), within(1e-6));
        assertThat(fit.weights()[0]).isZero();
    }

    @Test
    void shouldBeReproducible()
    {
        final double[][] z = new double[500][TRUE_WEIGHTS.length];
        final int[] y = sample(z, 11);
        assertThat(LogisticFit.fit(z, y, 0.01).weights()).containsExactly(LogisticFit.fit(z, y, 0.01).weights());
    }

    @Test
    void shouldRefuseBadInputs()
    {
        assertThatThrownBy(() -> LogisticFit.fit(new double[0][], new int[0], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticFit.fit(new double[][]{ { 1 } }, new int[]{ 1 }, -1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l2");
    }
}
