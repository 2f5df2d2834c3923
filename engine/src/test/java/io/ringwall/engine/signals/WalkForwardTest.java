package io.ringwall.engine.signals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalkForwardTest
{
    /** One instrument, one snapshot per time unit, mid a random walk nudged by the feature. */
    static TrainingSet walk(final int n, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] times = new long[n + 1];
        final double[][] rows = new double[n + 1][2];
        double mid = 100;
        for (int i = 0; i <= n; i++)
        {
            final double x = random.nextDouble() * 2 - 1;
            times[i] = 1000L * i;
            rows[i][0] = mid;
            rows[i][1] = x;
            mid += x + (random.nextDouble() - 0.5);
        }
        return TrainingSet.label(List.of(new SnapshotSeries("j", 1, "BTC", List.of("mid", "x"), times, rows)), List.of("x"), 1000, 0);
    }

    @Test
    void shouldCutEqualBlocksInTimeOrder()
    {
        final TrainingSet set = walk(10, 1);
        assertThat(set.size()).isEqualTo(10);
        assertThat(WalkForward.blocks(set, 5)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(WalkForward.blocks(set, 3)).containsExactly(0, 3, 6, 10);
    }

    @Test
    void shouldKeepOneEventTimeInOneBlock()
    {
        // two instruments at the same times: 0,0,1,1,2,2,3,3 (times in units of 1000)
        final List<SnapshotSeries> both = List.of(
            new SnapshotSeries("j", 1, "A", List.of("mid"), new long[]{ 0, 1000, 2000, 3000, 4000 },
                new double[][]{ { 1 }, { 2 }, { 3 }, { 4 }, { 5 } }),
            new SnapshotSeries("j", 2, "B", List.of("mid"), new long[]{ 0, 1000, 2000, 3000, 4000 },
                new double[][]{ { 5 }, { 4 }, { 3 }, { 2 }, { 1 } }));
        final TrainingSet set = TrainingSet.label(both, List.of(), 1000, 0);
        assertThat(set.size()).isEqualTo(8);
        // 8 samples in 3 blocks: cuts at 2 and 5; 5 splits time 2000 (samples 4, 5), so it moves to 6
        assertThat(WalkForward.blocks(set, 3)).containsExactly(0, 2, 6, 8);
        assertThat(set.timeNs(5)).isEqualTo(set.timeNs(4));
    }

    @Test
    void shouldTestEachBlockOnAFitToTheBlocksBeforeIt()
    {
        final TrainingSet set = walk(500, 2);
        final WalkForward.Validation v = WalkForward.validate(set, 5, 0.01, 0);
        assertThat(v.results()).hasSize(4);
        final int[] blocks = WalkForward.blocks(set, 5);
        long tested = 0;
        for (int k = 0; k < 4; k++)
        {
            final WalkForward.Fold fold = v.results().get(k);
            assertThat(fold.fold()).isEqualTo(k + 2);
            assertThat(fold.trainSamples()).isEqualTo(blocks[k + 1]);
            assertThat(fold.trainLastNs()).isLessThan(fold.testFirstNs());
            assertThat(fold.testFirstNs()).isEqualTo(set.timeNs(blocks[k + 1]));
            assertThat(fold.testLastNs()).isEqualTo(set.timeNs(blocks[k + 2] - 1));
            assertThat(fold.test().samples()).isEqualTo(blocks[k + 2] - blocks[k + 1]);
            tested += fold.test().samples();
        }
        assertThat(v.pooled().samples()).isEqualTo(tested).isEqualTo(set.size() - blocks[1]);
        assertThat(v.pooled().auc()).as("the feature drives the next move").isGreaterThan(0.7);
    }

    @Test
    void shouldLeaveTheEmbargoOutOfTraining()
    {
        final TrainingSet set = walk(100, 3);
        final WalkForward.Validation v = WalkForward.validate(set, 4, 0.01, 3000);
        final int[] blocks = WalkForward.blocks(set, 4);
        for (int k = 0; k < 3; k++)
        {
            final WalkForward.Fold fold = v.results().get(k);
            // samples 1000 ns apart: those at testFirst - 1000, -2000 are within 3000 ns before it and drop; -3000 stays
            assertThat(fold.trainSamples()).isEqualTo(blocks[k + 1] - 2);
            assertThat(fold.testFirstNs() - fold.trainLastNs()).isEqualTo(3000);
        }
    }

    @Test
    void shouldRefuseTooFewSamplesForTheFolds()
    {
        final TrainingSet set = walk(3, 4);
        assertThatThrownBy(() -> WalkForward.blocks(set, 5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("too few samples");
        assertThatThrownBy(() -> WalkForward.blocks(set, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
