package io.ringwall.engine.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTimeGridTest
{
    private static final long S = 1_000_000_000L;

    @Test
    void shouldCountTheGridPointsEachEventTimeCrosses()
    {
        final EventTimeGrid grid = new EventTimeGrid(S);
        assertThat(grid.lastPointNs()).isEqualTo(Long.MIN_VALUE);
        assertThat(grid.advance(1_000 * S + 300_000_000L)).as("the first time aligns").isZero();
        assertThat(grid.lastPointNs()).isEqualTo(1_000 * S);
        assertThat(grid.advance(1_000 * S + 900_000_000L)).isZero();
        assertThat(grid.advance(1_001 * S)).as("a point exactly on the grid is crossed").isEqualTo(1);
        assertThat(grid.lastPointNs()).isEqualTo(1_001 * S);
        assertThat(grid.advance(1_001 * S)).isZero();
        // a gap: 1002, 1003 and 1004
        assertThat(grid.advance(1_004 * S + 500_000_000L)).isEqualTo(3);
        assertThat(grid.lastPointNs()).isEqualTo(1_004 * S);
        assertThat(grid.advance(1_003 * S)).as("time stepping back crosses nothing").isZero();
        assertThat(grid.lastPointNs()).isEqualTo(1_004 * S);
        assertThat(grid.advance(1_005 * S)).isEqualTo(1);
        assertThat(grid.intervalNs()).isEqualTo(S);
    }

    @Test
    void shouldAlignNegativeTimesDownward()
    {
        final EventTimeGrid grid = new EventTimeGrid(10);
        grid.advance(-15);
        assertThat(grid.lastPointNs()).isEqualTo(-20);
        assertThat(grid.advance(5)).isEqualTo(2);
        assertThat(grid.lastPointNs()).isEqualTo(0);
    }

    @Test
    void shouldRejectAnIntervalThatIsNotPositive()
    {
        assertThatThrownBy(() -> new EventTimeGrid(0)).hasMessageStartingWith("intervalNs");
    }
}
