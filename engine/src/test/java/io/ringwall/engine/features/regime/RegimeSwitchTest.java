package io.ringwall.engine.features.regime;

import io.ringwall.codecs.sbe.Regime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegimeSwitchTest
{
    private static final double NEUTRAL_ER = 0.2;
    private static final double NEUTRAL_VR = 1.0;
    private static final double MIDDLE = 0.5;

    @Test
    void shouldNotFlapWhenTheVolatilityPercentileOscillatesAroundTheEnterThreshold()
    {
        final RegimeSwitch withBand = new RegimeSwitch(RegimeSettings.DEFAULTS.withMinDwell(1));
        final RegimeSwitch noBand = new RegimeSwitch(
            RegimeSettingsTest.with(RegimeSettings.DEFAULTS.withMinDwell(1), "volatileExitPercentile", 0.9));
        int bandChanges = 0;
        int noBandChanges = 0;
        for (int i = 0; i < 100; i++)
        {
            final double percentile = i % 2 == 0 ? 0.89 : 0.91;
            bandChanges += withBand.onMeasures(NEUTRAL_ER, NEUTRAL_VR, percentile) ? 1 : 0;
            noBandChanges += noBand.onMeasures(NEUTRAL_ER, NEUTRAL_VR, percentile) ? 1 : 0;
        }

        // the first sample (0.89) is NEUTRAL, the second enters VOLATILE, and the band holds it there
        assertThat(bandChanges).isEqualTo(2);
        assertThat(withBand.regime()).isEqualTo(Regime.VOLATILE);
        // without a band every crossing is a change: in at 0.91, out at 0.89
        assertThat(noBandChanges).isEqualTo(100);
    }

    @Test
    void shouldNotFlapWhenTheEfficiencyRatioOscillatesAroundTheTrendThreshold()
    {
        final RegimeSwitch regimes = new RegimeSwitch(RegimeSettings.DEFAULTS.withMinDwell(1));
        int changes = 0;
        for (int i = 0; i < 100; i++)
        {
            changes += regimes.onMeasures(i % 2 == 0 ? 0.51 : 0.49, NEUTRAL_VR, MIDDLE) ? 1 : 0;
        }
        assertThat(changes).isEqualTo(1);
        assertThat(regimes.regime()).isEqualTo(Regime.TRENDING);

        // ER at the exit threshold still holds; below it, with VR below its own exit, the trend ends
        assertThat(regimes.onMeasures(0.35, 1.24, MIDDLE)).isFalse();
        assertThat(regimes.onMeasures(0.34, 1.25, MIDDLE)).isFalse();
        assertThat(regimes.onMeasures(0.34, 1.24, MIDDLE)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.NEUTRAL);
        assertThat(regimes.previous()).isEqualTo(Regime.TRENDING);
    }

    @Test
    void shouldHoldARegimeForTheMinimumDwell()
    {
        final RegimeSwitch regimes = new RegimeSwitch(RegimeSettings.DEFAULTS.withMinDwell(5));

        // the first classification is not held back
        assertThat(regimes.onMeasures(NEUTRAL_ER, NEUTRAL_VR, 0.95)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.VOLATILE);
        for (int i = 1; i < 5; i++)
        {
            assertThat(regimes.onMeasures(NEUTRAL_ER, NEUTRAL_VR, 0.05)).as("sample %d after the change", i).isFalse();
            assertThat(regimes.regime()).isEqualTo(Regime.VOLATILE);
        }
        assertThat(regimes.onMeasures(NEUTRAL_ER, NEUTRAL_VR, 0.05)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.QUIET);
        assertThat(regimes.previous()).isEqualTo(Regime.VOLATILE);
    }

    @Test
    void shouldLetVolatilityPreemptATrendButNotTheOtherWayRound()
    {
        final RegimeSwitch regimes = new RegimeSwitch(RegimeSettings.DEFAULTS.withMinDwell(1));

        assertThat(regimes.onMeasures(0.9, 2.0, MIDDLE)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.TRENDING);
        assertThat(regimes.onMeasures(0.9, 2.0, 0.9)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.VOLATILE);
        // still inside VOLATILE's band, so the trend's enter conditions do not take over
        assertThat(regimes.onMeasures(0.9, 2.0, 0.75)).isFalse();
        assertThat(regimes.onMeasures(0.9, 2.0, 0.74)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.TRENDING);
    }

    @Test
    void shouldNeedBothALowVarianceRatioAndALowEfficiencyRatioToRevert()
    {
        final RegimeSwitch regimes = new RegimeSwitch(RegimeSettings.DEFAULTS.withMinDwell(1));

        assertThat(regimes.onMeasures(0.31, 0.5, MIDDLE)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.NEUTRAL);
        assertThat(regimes.onMeasures(0.3, 0.6, MIDDLE)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.MEAN_REVERTING);
        assertThat(regimes.onMeasures(0.4, 0.75, MIDDLE)).isFalse();
        assertThat(regimes.onMeasures(0.2, 0.76, MIDDLE)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.NEUTRAL);
    }

    @Test
    void shouldSatisfyNoConditionWithNaNMeasures()
    {
        final RegimeSwitch regimes = new RegimeSwitch(RegimeSettings.DEFAULTS.withMinDwell(1));

        assertThat(regimes.onMeasures(Double.NaN, Double.NaN, Double.NaN)).isFalse();
        assertThat(regimes.regime()).isEqualTo(Regime.UNKNOWN);
        assertThat(regimes.onMeasures(NEUTRAL_ER, NEUTRAL_VR, 0.0)).isTrue();
        assertThat(regimes.onMeasures(NEUTRAL_ER, NEUTRAL_VR, Double.NaN)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.UNKNOWN);
        assertThat(regimes.previous()).isEqualTo(Regime.QUIET);
    }

    @Test
    void shouldForgetTheRegimeAndTheDwellOnReset()
    {
        final RegimeSwitch regimes = new RegimeSwitch(RegimeSettings.DEFAULTS.withMinDwell(50));
        regimes.onMeasures(NEUTRAL_ER, NEUTRAL_VR, 0.0);

        regimes.reset();

        assertThat(regimes.regime()).isEqualTo(Regime.UNKNOWN);
        assertThat(regimes.previous()).isEqualTo(Regime.UNKNOWN);
        assertThat(regimes.onMeasures(NEUTRAL_ER, NEUTRAL_VR, 1.0)).isTrue();
        assertThat(regimes.regime()).isEqualTo(Regime.VOLATILE);
    }
}
