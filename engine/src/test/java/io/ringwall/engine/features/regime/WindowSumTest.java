package io.ringwall.engine.features.regime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowSumTest
{
    @Test
    void shouldSumTheLastNValuesForALengthThatIsNotAPowerOfTwo()
    {
        final WindowSum window = new WindowSum(5);
        final double[] values = {3, -1, 4, 1, -5, 9, 2, -6, 5, 3, 5, 8};
        for (int t = 0; t < values.length; t++)
        {
            window.add(values[t]);
            double expected = 0.0;
            for (int i = Math.max(0, t - 4); i <= t; i++)
            {
                expected += values[i];
            }
            assertThat(window.sum()).as("after %d", t).isEqualTo(expected);
            for (int age = 0; age <= Math.min(t, 4); age++)
            {
                assertThat(window.recent(age)).isEqualTo(values[t - age]);
            }
        }
    }

    @Test
    void shouldLeaveNoResidueWhenASpikeLeaves()
    {
        final WindowSum window = new WindowSum(3);
        window.add(1e20);
        window.add(1.0);
        window.add(2.0);
        assertThat(window.sum()).isEqualTo(1e20);

        window.add(3.0);

        // subtracting the spike from a running sum would leave 0 (all the small values lost to rounding)
        assertThat(window.sum()).isEqualTo(6.0);
    }

    @Test
    void shouldHoldASingleValueAndStartOverWhenCleared()
    {
        final WindowSum single = new WindowSum(1);
        single.add(2.5);
        single.add(-4.0);
        assertThat(single.sum()).isEqualTo(-4.0);
        assertThat(single.recent(0)).isEqualTo(-4.0);

        single.clear();

        assertThat(single.sum()).isZero();
        single.add(7.0);
        assertThat(single.sum()).isEqualTo(7.0);
    }
}
