package io.ringwall.engine.signals;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StandardiserTest
{
    @Test
    void shouldUseFiniteValuesOnlyAndFlagConstantFeatures()
    {
        // features: a = 1, 3, NaN, 5 ; b = 7 always ; c never finite
        final SnapshotSeries s = new SnapshotSeries("j", 1, "BTC", List.of("mid", "a", "b", "c"), new long[]{ 0, 1, 2, 3, 4 },
            new double[][]{ { 1, 1, 7, Double.NaN }, { 2, 3, 7, Double.NaN }, { 3, Double.NaN, 7, Double.POSITIVE_INFINITY },
                { 4, 5, 7, Double.NaN }, { 5, 0, 0, 0 } });
        final TrainingSet set = TrainingSet.label(List.of(s), List.of("a", "b", "c"), 1, 0);
        assertThat(set.size()).isEqualTo(4);
        final Standardiser standardiser = Standardiser.fit(set, 0, 4);
        assertThat(standardiser.means()).containsExactly(3.0, 7.0, 0.0);
        // population sd of 1, 3, 5 = sqrt(8/3)
        assertThat(standardiser.scales()).containsExactly(Math.sqrt(8.0 / 3.0), 1.0, 1.0);
        assertThat(standardiser.constant()).containsExactly(false, true, true);

        final double[] z = new double[3];
        standardiser.apply(set.x(2), z);
        assertThat(z).as("the missing value of a is imputed to its mean").containsExactly(0.0, 0.0, 0.0);
        standardiser.apply(set.x(3), z);
        assertThat(z[0]).isEqualTo(2.0 / Math.sqrt(8.0 / 3.0));
    }
}
