package io.ringwall.engine.sizing;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EwmaCovarianceTest
{
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldWeightTwoReturnsByTheirDecay()
    {
        // half-life 1 s, samples 1 s apart: lambda = 0.5. First return x1 seeds (W = 0.5, S = 0.5 x1 -> x1);
        // second: W = 0.25 + 0.5 = 0.75, S = 0.25 x1 + 0.5 x2 -> cov = (x1 + 2 x2) / 3, x = r_i r_j per second
        final EwmaCovariance covariance = new EwmaCovariance(2, SECOND);
        sample(covariance, 0, 100, 200);
        assertThat(covariance.covariancePerSecond(0, 0)).isNaN();
        sample(covariance, SECOND, 110, 180);
        final double a1 = StrictMath.log(1.1);
        final double b1 = StrictMath.log(0.9);
        assertThat(covariance.covariancePerSecond(0, 1)).isCloseTo(a1 * b1, within(1e-15));
        sample(covariance, 2 * SECOND, 99, 189);
        final double a2 = StrictMath.log(0.9);
        final double b2 = StrictMath.log(1.05);

        assertThat(covariance.samples()).isEqualTo(2);
        assertThat(covariance.covariancePerSecond(0, 0)).isCloseTo((a1 * a1 + 2 * a2 * a2) / 3, within(1e-15));
        assertThat(covariance.covariancePerSecond(1, 1)).isCloseTo((b1 * b1 + 2 * b2 * b2) / 3, within(1e-15));
        assertThat(covariance.covariancePerSecond(0, 1)).isCloseTo((a1 * b1 + 2 * a2 * b2) / 3, within(1e-15));
        assertThat(covariance.covariancePerSecond(1, 0)).isEqualTo(covariance.covariancePerSecond(0, 1));
        final double correlation = (a1 * b1 + 2 * a2 * b2) /
            Math.sqrt((a1 * a1 + 2 * a2 * a2) * (b1 * b1 + 2 * b2 * b2));
        assertThat(covariance.correlation(0, 1)).isCloseTo(correlation, within(1e-12));
        assertThat(covariance.covarianceAnnualised(0, 1))
            .isCloseTo((a1 * b1 + 2 * a2 * b2) / 3 * 365 * 86_400, within(1e-6));
        assertThat(covariance.volatilityAnnualised(0))
            .isCloseTo(Math.sqrt((a1 * a1 + 2 * a2 * a2) / 3 * 365 * 86_400), within(1e-9));
    }

    @Test
    void shouldMatchADirectWeightedComputationOverGapsAndMissingMids()
    {
        final int k = 3;
        final long halfLife = 7 * SECOND;
        final EwmaCovariance covariance = new EwmaCovariance(k, halfLife);
        final Random random = new Random(42);
        final double[] mids = { 100, 50, 2_000 };
        final double[] previous = new double[k];
        final int steps = 400;
        final double[][] x = new double[steps][k * k];
        final double[] lambdas = new double[steps];
        int used = 0;
        long time = 0;
        long previousTime = 0;
        boolean previousComplete = false;
        for (int step = 0; step < steps; step++)
        {
            time += SECOND * (1 + random.nextInt(3)); // gaps of 1 to 3 grid intervals
            boolean complete = true;
            for (int i = 0; i < k; i++)
            {
                mids[i] *= Math.exp(0.001 * random.nextGaussian() + (i == 1 ? 0.5 * 0.001 * random.nextGaussian() : 0));
                final boolean missing = random.nextInt(25) == 0; // an empty side now and then
                covariance.onMid(i, missing ? Double.NaN : mids[i]);
                complete &= !missing;
            }
            covariance.onSample(time);
            if (complete && previousComplete)
            {
                final double dt = (time - previousTime) / 1e9;
                for (int i = 0; i < k; i++)
                {
                    for (int j = 0; j < k; j++)
                    {
                        x[used][i * k + j] = Math.log(mids[i] / previous[i]) * Math.log(mids[j] / previous[j]) / dt;
                    }
                }
                lambdas[used] = Math.pow(0.5, dt * 1e9 / halfLife);
                used++;
            }
            System.arraycopy(mids, 0, previous, 0, k);
            previousComplete = complete;
            previousTime = time;
        }

        // direct: weight of return t = (1 - lambda_t) * product of lambda_s for s > t; cov = sum w x / sum w
        assertThat(covariance.samples()).isEqualTo(used);
        for (int at = 0; at < k * k; at++)
        {
            double weighted = 0;
            double weights = 0;
            for (int t = 0; t < used; t++)
            {
                double w = 1 - lambdas[t];
                for (int s = t + 1; s < used; s++)
                {
                    w *= lambdas[s];
                }
                weighted += w * x[t][at];
                weights += w;
            }
            final double expected = weighted / weights;
            assertThat(covariance.covariancePerSecond(at / k, at % k))
                .as("entry %d", at).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
        }
    }

    @Test
    void shouldSeePerfectCorrelationAndAnticorrelation()
    {
        final EwmaCovariance covariance = new EwmaCovariance(3, 10 * SECOND);
        final double[] path = { 100, 101, 99.5, 102, 101 };
        for (int t = 0; t < path.length; t++)
        {
            covariance.onMid(0, path[t]);
            covariance.onMid(1, 2 * path[t]);     // same returns
            covariance.onMid(2, 10_000 / path[t]); // opposite returns
            covariance.onSample(t * SECOND);
        }
        assertThat(covariance.correlation(0, 1)).isCloseTo(1, within(1e-12));
        assertThat(covariance.correlation(0, 2)).isCloseTo(-1, within(1e-12));
        assertThat(covariance.correlation(0, 0)).isCloseTo(1, within(1e-12));
    }

    @Test
    void shouldNotSpanAResetOrAStaleSample()
    {
        final EwmaCovariance covariance = new EwmaCovariance(1, SECOND);
        covariance.onMid(0, 100);
        covariance.onSample(SECOND);
        covariance.reset(0);
        covariance.onMid(0, 200);
        covariance.onSample(2 * SECOND); // no return across the reset
        assertThat(covariance.samples()).isZero();
        covariance.onMid(0, 220);
        covariance.onSample(2 * SECOND); // not after the last sample: ignored
        assertThat(covariance.samples()).isZero();
        covariance.onSample(3 * SECOND);
        assertThat(covariance.samples()).isEqualTo(1);
        assertThat(covariance.covariancePerSecond(0, 0)).isCloseTo(StrictMath.log(1.1) * StrictMath.log(1.1), within(1e-15));
    }

    @Test
    void shouldHaveNoCorrelationWhenAnInstrumentNeverMoved()
    {
        final EwmaCovariance covariance = new EwmaCovariance(2, SECOND);
        sample(covariance, 0, 100, 50);
        sample(covariance, SECOND, 101, 50);
        assertThat(covariance.covariancePerSecond(1, 1)).isZero();
        assertThat(covariance.correlation(0, 1)).isNaN();
    }

    @Test
    void shouldNameTheBadParameter()
    {
        assertThatThrownBy(() -> new EwmaCovariance(0, SECOND)).hasMessageContaining("instruments");
        assertThatThrownBy(() -> new EwmaCovariance(2, 0)).hasMessageContaining("covarianceHalfLifeNs");
    }

    private static void sample(final EwmaCovariance covariance, final long timeNs, final double a, final double b)
    {
        covariance.onMid(0, a);
        covariance.onMid(1, b);
        covariance.onSample(timeNs);
    }
}
