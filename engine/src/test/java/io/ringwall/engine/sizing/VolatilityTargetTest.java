package io.ringwall.engine.sizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VolatilityTargetTest
{
    private final VolatilityTarget target = new VolatilityTarget(0.2, 2.0);

    @Test
    void shouldScaleEquityByTargetOverVolatility()
    {
        // 20 % target / 50 % vol = 0.4x; 0.4 * 10 000 = 4 000
        assertThat(target.size(0.5, 10_000)).isCloseTo(4_000, within(1e-9));
        assertThat(target.lastLeverage()).isCloseTo(0.4, within(1e-15));
        assertThat(target.lastCapped()).isFalse();
        assertThat(target.lastVolatility()).isEqualTo(0.5);
        assertThat(target.lastEquity()).isEqualTo(10_000);
        // at 25 000 a unit: 4 000 / 25 000 = 0.16
        assertThat(target.quantity(25_000)).isCloseTo(0.16, within(1e-15));
    }

    @Test
    void shouldCapAtMaxLeverage()
    {
        // 0.2 / 0.05 = 4x > 2x -> 2 * 10 000 = 20 000
        assertThat(target.size(0.05, 10_000)).isEqualTo(20_000);
        assertThat(target.lastCapped()).isTrue();
        assertThat(target.lastLeverage()).isEqualTo(2.0);
    }

    @Test
    void shouldNotSizeWithoutAUsableVolatility()
    {
        assertThat(target.size(0, 10_000)).isZero();
        assertThat(target.size(Double.NaN, 10_000)).isZero();
        assertThat(target.size(Double.POSITIVE_INFINITY, 10_000)).isZero();
        assertThat(target.size(-0.1, 10_000)).isZero();
        assertThat(target.lastLeverage()).isZero();
        assertThat(target.size(0.5, 0)).isZero();
    }

    @Test
    void shouldNameTheBadParameter()
    {
        assertThatThrownBy(() -> new VolatilityTarget(0, 2)).hasMessageContaining("targetVolatility");
        assertThatThrownBy(() -> new VolatilityTarget(0.2, Double.NaN)).hasMessageContaining("maxLeverage");
    }
}
