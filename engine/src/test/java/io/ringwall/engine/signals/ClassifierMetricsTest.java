package io.ringwall.engine.signals;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassifierMetricsTest
{
    @Test
    void shouldGiveAucOneForPerfectOrderAndZeroForReversed()
    {
        assertThat(ClassifierMetrics.auc(new double[]{ 0.1, 0.2, 0.8, 0.9 }, new int[]{ 0, 0, 1, 1 })).isEqualTo(1.0);
        assertThat(ClassifierMetrics.auc(new double[]{ 0.1, 0.2, 0.8, 0.9 }, new int[]{ 1, 1, 0, 0 })).isEqualTo(0.0);
    }

    @Test
    void shouldCountPairsOnTheTextbookCase()
    {
        // pairs (up, down): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes: 3 of 4
        assertThat(ClassifierMetrics.auc(new double[]{ 0.1, 0.4, 0.35, 0.8 }, new int[]{ 0, 0, 1, 1 })).isEqualTo(0.75);
    }

    @Test
    void shouldCountTiedScoresAsOneHalf()
    {
        // (0.5 up, 0.2 down) 1, (0.5 up, 0.5 down) 1/2, (0.9, 0.2) 1, (0.9, 0.5) 1: 3.5 of 4
        assertThat(ClassifierMetrics.auc(new double[]{ 0.2, 0.5, 0.5, 0.9 }, new int[]{ 0, 1, 0, 1 })).isEqualTo(0.875);
        assertThat(ClassifierMetrics.auc(new double[]{ 0.5, 0.5, 0.5, 0.5 }, new int[]{ 0, 1, 0, 1 })).isEqualTo(0.5);
        // three-way tie holding two ups and one down, below a lone down: (0.3u,0.3d) 1/2 x2, (0.3u, 0.7d) 0 x2 = 1 of 4
        assertThat(ClassifierMetrics.auc(new double[]{ 0.3, 0.3, 0.3, 0.7 }, new int[]{ 1, 1, 0, 0 })).isEqualTo(0.25);
    }

    @Test
    void shouldBeNaNWithOnlyOneClass()
    {
        assertThat(ClassifierMetrics.auc(new double[]{ 0.1, 0.9 }, new int[]{ 1, 1 })).isNaN();
        assertThat(ClassifierMetrics.of(new double[0], new int[0]).auc()).isNaN();
    }

    @Test
    void shouldAgreeWithCountingEveryPair()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final int n = 300;
        final double[] scores = new double[n];
        final int[] labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            scores[i] = random.nextInt(20) / 20.0; // coarse, so there are many ties
            labels[i] = random.nextDouble() < 0.3 + scores[i] * 0.4 ? 1 : 0;
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (labels[i] == 1 && labels[j] == 0)
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(ClassifierMetrics.auc(scores, labels)).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void shouldComputeAccuracyLogLossAndBaseRate()
    {
        final ClassifierMetrics m = ClassifierMetrics.of(new double[]{ 0.8, 0.4, 0.5, 0.1 }, new int[]{ 1, 1, 0, 0 });
        assertThat(m.samples()).isEqualTo(4);
        assertThat(m.positives()).isEqualTo(2);
        assertThat(m.baseRate()).isEqualTo(0.5);
        assertThat(m.accuracy()).as("0.8 up right, 0.4 up wrong, 0.5 counts as up: wrong, 0.1 down right").isEqualTo(0.5);
        assertThat(m.logLoss()).isCloseTo(-(Math.log(0.8) + Math.log(0.4) + Math.log(0.5) + Math.log(0.9)) / 4, within(1e-15));
    }

    @Test
    void shouldKeepLogLossFiniteForACertainMiss()
    {
        assertThat(ClassifierMetrics.of(new double[]{ 0.0 }, new int[]{ 1 }).logLoss()).isCloseTo(-Math.log(1e-15), within(1e-9));
    }
}
