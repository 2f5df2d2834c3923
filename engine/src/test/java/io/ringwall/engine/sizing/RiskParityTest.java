package io.ringwall.engine.sizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RiskParityTest
{
    private final RiskParity riskParity = new RiskParity(4, 10_000, 1e-12);

    @Test
    void shouldWeightByInverseVolatility()
    {
        // vols 0.2 and 0.4, correlation 0.5: 1/0.2 = 5, 1/0.4 = 2.5 -> 2/3, 1/3
        // w'Cw = (4/9) 0.04 + (1/9) 0.16 + 2 (2/9) 0.5 * 0.2 * 0.4 = 0.0177.. * 3 = 0.05333..; vol 0.230940
        final double[] c = { 0.04, 0.04, 0.04, 0.16 };
        assertThat(riskParity.inverseVolatility(2, c)).isTrue();

        assertThat(riskParity.weight(0)).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(riskParity.weight(1)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(riskParity.lastPortfolioVolatility()).isCloseTo(Math.sqrt(0.16 / 3), within(1e-15));
        // budget 1 000: 1 000 * (2/3) / 0.230940 = 2 886.75..., 1 443.37...
        assertThat(riskParity.notional(0, 1_000)).isCloseTo(2_886.751345948129, within(1e-9));
        assertThat(riskParity.notional(1, 1_000)).isCloseTo(1_443.3756729740644, within(1e-9));
    }

    @Test
    void shouldEqualInverseVolatilityForTwoInstruments()
    {
        // two instruments: RC_1 = RC_2 means w1 sigma1 = w2 sigma2 whatever the correlation -> 2/3, 1/3 again
        final double[] c = { 0.04, 0.04, 0.04, 0.16 };
        assertThat(riskParity.equalRiskContribution(2, c)).isTrue();

        assertThat(riskParity.lastConverged()).isTrue();
        assertThat(riskParity.weight(0)).isCloseTo(2.0 / 3, within(1e-10));
        assertThat(riskParity.weight(1)).isCloseTo(1.0 / 3, within(1e-10));
        assertThat(riskParity.riskContribution(0)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldEqualiseRiskContributionsAcrossCorrelatedInstruments()
    {
        // vols 0.1, 0.2, 0.3; correlations 0.8 (0, 1), 0.0 (0, 2), -0.3 (1, 2)
        final double[] vol = { 0.1, 0.2, 0.3 };
        final double[][] rho = { { 1, 0.8, 0 }, { 0.8, 1, -0.3 }, { 0, -0.3, 1 } };
        final double[] c = new double[9];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                c[i * 3 + j] = rho[i][j] * vol[i] * vol[j];
            }
        }
        assertThat(riskParity.equalRiskContribution(3, c)).isTrue();
        assertThat(riskParity.lastConverged()).isTrue();
        assertThat(riskParity.lastIterations()).isLessThan(10_000);

        // check in the test, from the weights: RC_i = w_i (Cw)_i / w'Cw = 1/3 each
        final double[] w = { riskParity.weight(0), riskParity.weight(1), riskParity.weight(2) };
        assertThat(w[0] + w[1] + w[2]).isCloseTo(1, within(1e-15));
        double variance = 0;
        final double[] rc = new double[3];
        for (int i = 0; i < 3; i++)
        {
            double marginal = 0;
            for (int j = 0; j < 3; j++)
            {
                marginal += c[i * 3 + j] * w[j];
            }
            rc[i] = w[i] * marginal;
            variance += rc[i];
        }
        for (int i = 0; i < 3; i++)
        {
            assertThat(rc[i] / variance).as("risk share %d", i).isCloseTo(1.0 / 3, within(1e-9));
            assertThat(riskParity.riskContribution(i)).isCloseTo(1.0 / 3, within(1e-9));
        }
        // correlation moves ERC away from inverse volatility (6/11, 3/11, 2/11): the correlated pair gives up weight
        assertThat(w[2]).isGreaterThan(2.0 / 11);
        assertThat(riskParity.lastPortfolioVolatility()).isCloseTo(Math.sqrt(variance), within(1e-15));
        assertThat(riskParity.notional(2, 500)).isCloseTo(500 * w[2] / Math.sqrt(variance), within(1e-9));
    }

    @Test
    void shouldSolveASingularMatrixOfPerfectlyCorrelatedInstruments()
    {
        // C = sigma sigma' with sigma = 0.1, 0.2, 0.4 (rank 1): RC_i = w_i sigma_i (sigma'w), equal when w_i sigma_i
        // are equal: inverse volatility 10 : 5 : 2.5 -> 4/7, 2/7, 1/7
        final double[] sigma = { 0.1, 0.2, 0.4 };
        final double[] c = new double[9];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                c[i * 3 + j] = sigma[i] * sigma[j];
            }
        }
        assertThat(riskParity.equalRiskContribution(3, c)).isTrue();

        assertThat(riskParity.lastConverged()).isTrue();
        assertThat(riskParity.weight(0)).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(riskParity.weight(1)).isCloseTo(2.0 / 7, within(1e-9));
        assertThat(riskParity.weight(2)).isCloseTo(1.0 / 7, within(1e-9));
    }

    @Test
    void shouldGiveNoVerdictWhenAnInstrumentHasNoVariance()
    {
        final double[] c = { 0.04, 0, 0, 0 };
        assertThat(riskParity.equalRiskContribution(2, c)).isFalse();
        assertThat(riskParity.lastValid()).isFalse();
        assertThat(riskParity.weight(0)).isZero();
        assertThat(riskParity.notional(0, 1_000)).isZero();
        assertThat(riskParity.riskContribution(0)).isNaN();
        assertThat(riskParity.inverseVolatility(2, new double[]{ Double.NaN, 0, 0, 0.04 })).isFalse();
    }

    @Test
    void shouldPutTheWholeBudgetOnOneInstrument()
    {
        // one instrument, vol 0.5: weight 1, notional = budget / vol = 1 000 / 0.5 = 2 000
        assertThat(riskParity.equalRiskContribution(1, new double[]{ 0.25 })).isTrue();
        assertThat(riskParity.weight(0)).isCloseTo(1, within(1e-15));
        assertThat(riskParity.notional(0, 1_000)).isCloseTo(2_000, within(1e-9));
    }

    @Test
    void shouldReadAnEwmaCovariance()
    {
        final EwmaCovariance covariance = new EwmaCovariance(2, 1_000_000_000L);
        final double[][] mids = { { 100, 10 }, { 101, 10.2 }, { 100.5, 10.1 }, { 102, 10.0 } };
        for (int t = 0; t < mids.length; t++)
        {
            covariance.onMid(0, mids[t][0]);
            covariance.onMid(1, mids[t][1]);
            covariance.onSample(t * 1_000_000_000L);
        }
        assertThat(riskParity.inverseVolatility(covariance)).isTrue();
        final double v0 = covariance.volatilityAnnualised(0);
        final double v1 = covariance.volatilityAnnualised(1);
        assertThat(riskParity.weight(0)).isCloseTo((1 / v0) / (1 / v0 + 1 / v1), within(1e-12));
        assertThat(riskParity.equalRiskContribution(covariance)).isTrue();
        assertThat(riskParity.weight(0)).isCloseTo((1 / v0) / (1 / v0 + 1 / v1), within(1e-9));
    }

    @Test
    void shouldNameTheBadParameter()
    {
        assertThatThrownBy(() -> new RiskParity(0, 10, 1e-9)).hasMessageContaining("instruments");
        assertThatThrownBy(() -> new RiskParity(2, 0, 1e-9)).hasMessageContaining("riskParityMaxIterations");
        assertThatThrownBy(() -> new RiskParity(2, 10, 0)).hasMessageContaining("riskParityTolerance");
        assertThatThrownBy(() -> riskParity.inverseVolatility(5, new double[25])).hasMessageContaining("instruments");
    }
}
