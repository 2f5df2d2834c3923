package io.ringwall.engine.sizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizingSettingsTest
{
    @Test
    void shouldBuildEachSizerFromTheDefaults()
    {
        final SizingSettings settings = SizingSettings.DEFAULTS;
        // half Kelly capped at 25 %: p = 0.6, b = 2 -> f* 0.4 -> 0.2 of 1 000
        assertThat(settings.kelly().size(0.6, 2, 1, 1_000)).isEqualTo(200, org.assertj.core.api.Assertions.within(1e-9));
        // 20 % / 40 % -> 0.5x of 1 000
        assertThat(settings.volatilityTarget().size(0.4, 1_000)).isEqualTo(500);
        assertThat(settings.optimalF().size(1_000)).isZero();
        assertThat(settings.covariance(3).instruments()).isEqualTo(3);
        assertThat(settings.riskParity(3).equalRiskContribution(1, new double[]{ 0.04 })).isTrue();
    }

    @Test
    void shouldSelectTheModelByConfigName()
    {
        assertThat(SizingModel.of("kelly")).isEqualTo(SizingModel.KELLY);
        assertThat(SizingModel.of("vol-target")).isEqualTo(SizingModel.VOL_TARGET);
        assertThat(SizingModel.of("OPTIMAL_F")).isEqualTo(SizingModel.OPTIMAL_F);
        assertThat(SizingModel.of("Risk-Parity")).isEqualTo(SizingModel.RISK_PARITY);
        assertThat(SizingModel.RISK_PARITY.configName()).isEqualTo("risk-parity");
        assertThatThrownBy(() -> SizingModel.of("martingale")).hasMessageContaining("sizing.model");
    }

    @Test
    void shouldNameTheBadParameter()
    {
        assertThatThrownBy(() -> settings(null, 0.5, 100, 30, 1e-12)).hasMessageContaining("sizing.model");
        assertThatThrownBy(() -> settings(SizingModel.KELLY, 1.5, 100, 30, 1e-12)).hasMessageContaining("kellyFraction");
        assertThatThrownBy(() -> settings(SizingModel.KELLY, 0.5, 10, 30, 1e-12)).hasMessageContaining("optimalFMinTrades");
        assertThatThrownBy(() -> settings(SizingModel.KELLY, 0.5, 100, 30, -1)).hasMessageContaining("riskParityTolerance");
    }

    private static SizingSettings settings(
        final SizingModel model, final double kellyFraction, final int trades, final int minTrades, final double tolerance)
    {
        return new SizingSettings(model, kellyFraction, 0.25, 0.2, 2, trades, minTrades, 0.25, 1_000_000_000L, 100,
            tolerance);
    }
}
