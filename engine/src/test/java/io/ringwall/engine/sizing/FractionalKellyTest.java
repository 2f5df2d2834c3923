package io.ringwall.engine.sizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FractionalKellyTest
{
    private final FractionalKelly halfKelly = new FractionalKelly(0.5, 0.25);

    @Test
    void shouldBetHalfOfKellyOnAFavourableBet()
    {
        // p = 0.6, b = 2 / 1 = 2: f* = 0.6 - 0.4 / 2 = 0.4; half Kelly 0.2 < cap 0.25; 0.2 * 10 000 = 2 000
        final double notional = halfKelly.size(0.6, 2.0, 1.0, 10_000);

        assertThat(notional).isCloseTo(2_000, within(1e-9));
        assertThat(halfKelly.lastPayoffRatio()).isEqualTo(2.0);
        assertThat(halfKelly.lastKellyFraction()).isCloseTo(0.4, within(1e-15));
        assertThat(halfKelly.lastAppliedFraction()).isCloseTo(0.2, within(1e-15));
        assertThat(halfKelly.lastCapped()).isFalse();
        assertThat(halfKelly.lastWinProbability()).isEqualTo(0.6);
        assertThat(halfKelly.lastEquity()).isEqualTo(10_000);
        // at a price of 50: 2 000 / 50 = 40 units
        assertThat(halfKelly.quantity(50)).isCloseTo(40, within(1e-12));
    }

    @Test
    void shouldCapTheFractionOfEquity()
    {
        // p = 0.8, b = 30 / 10 = 3: f* = 0.8 - 0.2 / 3 = 0.7333...; half 0.3667 > cap 0.25 -> 0.25 * 10 000 = 2 500
        final double notional = halfKelly.size(0.8, 30, 10, 10_000);

        assertThat(halfKelly.lastKellyFraction()).isCloseTo(0.8 - 0.2 / 3, within(1e-15));
        assertThat(halfKelly.lastCapped()).isTrue();
        assertThat(notional).isEqualTo(2_500);
    }

    @Test
    void shouldNotBetAtOrBelowBreakeven()
    {
        // breakeven p = 1 / (1 + b) = 1 / 3 for b = 2: f* = 1/3 - (2/3) / 2 = 0
        assertThat(halfKelly.size(1.0 / 3, 2, 1, 10_000)).isZero();
        assertThat(halfKelly.lastKellyFraction()).isCloseTo(0, within(1e-15));
        // p = 0.3: f* = 0.3 - 0.7 / 2 = -0.05
        assertThat(halfKelly.size(0.3, 2, 1, 10_000)).isZero();
        assertThat(halfKelly.lastKellyFraction()).isCloseTo(-0.05, within(1e-15));
        assertThat(halfKelly.lastAppliedFraction()).isZero();
        assertThat(halfKelly.quantity(50)).isZero();
    }

    @Test
    void shouldRefuseUnusableInputs()
    {
        assertThat(halfKelly.size(Double.NaN, 2, 1, 10_000)).isZero();
        assertThat(halfKelly.lastKellyFraction()).isNaN();
        assertThat(halfKelly.size(1.2, 2, 1, 10_000)).isZero();
        assertThat(halfKelly.size(0.6, 2, 0, 10_000)).isZero();
        assertThat(halfKelly.size(0.6, 0, 1, 10_000)).isZero();
        assertThat(halfKelly.size(0.6, 2, 1, 0)).isZero();
        assertThat(halfKelly.size(0.6, 2, 1, Double.NaN)).isZero();
    }

    @Test
    void shouldNameTheBadParameter()
    {
        assertThatThrownBy(() -> new FractionalKelly(0, 0.25)).hasMessageContaining("kellyFraction");
        assertThatThrownBy(() -> new FractionalKelly(0.5, 1.5)).hasMessageContaining("kellyMaxFraction");
    }
}
