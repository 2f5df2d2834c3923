package io.ringwall.engine.risk;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskSettingsTest
{
    private static RiskSettings with(final double ordersPerSecond, final double reducingFraction)
    {
        return new RiskSettings(InstrumentRiskLimits.DEFAULTS, Map.of(), 1, 1, 1, ordersPerSecond, 1, 1, 1, 1,
            reducingFraction, false);
    }

    @Test
    void shouldLookUpInstrumentLimitsInAnyCaseOverTheDefaults()
    {
        final InstrumentRiskLimits btc = new InstrumentRiskLimits(0.5, 1_000, 2);
        final RiskSettings settings = new RiskSettings(InstrumentRiskLimits.DEFAULTS, Map.of("btcUSDT", btc), 1, 1, 1,
            3, 1, 1, 1, 1, 1, false);
        assertThat(settings.limitsFor("BTCUSDT")).isSameAs(btc);
        assertThat(settings.limitsFor("ethusdt")).isSameAs(InstrumentRiskLimits.DEFAULTS);
        assertThat(settings.instrumentLimits()).containsOnlyKeys("BTCUSDT");
        assertThat(settings.nsPerOrderToken()).isEqualTo(333_333_333L);
    }

    @Test
    void shouldNameTheParameterOutOfRange()
    {
        assertThatThrownBy(() -> with(0.0001, 1)).hasMessage("ordersPerSecond must be in [0.001, 1e9], was 1.0E-4");
        assertThatThrownBy(() -> with(1, 0)).hasMessage("reducingFraction must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> new InstrumentRiskLimits(1, Double.NaN, 1)).hasMessage("maxOrderNotional must be above 0, was NaN");
        assertThatThrownBy(() -> new RiskSettings(InstrumentRiskLimits.DEFAULTS, Map.of(), 1, 1, 1, 1, 0, 1, 1, 1, 1, false))
            .hasMessage("maxOpenOrders must be at least 1, was 0");
        assertThatThrownBy(() -> new RiskSettings(InstrumentRiskLimits.DEFAULTS, Map.of("a", InstrumentRiskLimits.DEFAULTS,
            "A", InstrumentRiskLimits.DEFAULTS), 1, 1, 1, 1, 1, 1, 1, 1, 1, false)).hasMessageContaining("twice");
    }
}
