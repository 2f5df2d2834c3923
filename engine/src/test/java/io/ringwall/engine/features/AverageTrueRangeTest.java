package io.ringwall.engine.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AverageTrueRangeTest
{
    @Test
    void shouldWarmUpOnTheMeanOfTheFirstRangesThenSmoothLikeWilder()
    {
        final AverageTrueRange atr = new AverageTrueRange(3);
        atr.onBar(110, 100, 105);
        assertThat(atr.value()).isNaN();
        // gap up: |120 - 105| beats 120 - 115
        atr.onBar(120, 115, 118);
        assertThat(atr.value()).isNaN();
        // gap down: |118 - 90| beats 95 - 90
        atr.onBar(95, 90, 92);
        assertThat(atr.value()).isEqualTo((10 + 15 + 28) / 3.0);
        atr.onBar(96, 92, 94);
        assertThat(atr.value()).isEqualTo(((10 + 15 + 28) / 3.0 * 2 + 4) / 3);
        assertThat(atr.bars()).isEqualTo(4);

        atr.reset();
        assertThat(atr.value()).isNaN();
        assertThat(atr.bars()).isZero();
        atr.onBar(96, 92, 94);
        atr.onBar(96, 92, 94);
        atr.onBar(96, 92, 94);
        assertThat(atr.value()).as("no previous close across the reset").isEqualTo(4.0);
    }

    @Test
    void shouldBeDefinedFromTheFirstBarWithAPeriodOfOne()
    {
        final AverageTrueRange atr = new AverageTrueRange(1);
        atr.onBar(10, 7, 8);
        assertThat(atr.value()).isEqualTo(3.0);
        atr.onBar(20, 19, 19);
        assertThat(atr.value()).isEqualTo(12.0);
        assertThat(atr.period()).isEqualTo(1);
        assertThatThrownBy(() -> new AverageTrueRange(0)).hasMessageStartingWith("period");
    }
}
