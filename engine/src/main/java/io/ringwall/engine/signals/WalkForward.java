package io.ringwall.engine.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Walk-forward validation in event-time order with an expanding window: the samples are cut into K blocks
 * of about equal count (never splitting one event time), and for k = 1..K−1 a model fitted on blocks 1..k
 * is tested on block k+1, so every test sample lies after all its training samples. With an embargo, the
 * training samples whose label window could reach into the test block (those within horizon + tolerance
 * before its first time) are left out of that fold's training.
 */
public final class WalkForward
{
    private WalkForward()
    {
    }

    /**
     * One out-of-sample test.
     *
     * @param fold          the tested block, 2..K.
     * @param trainSamples  samples the model was fitted on.
     * @param trainFirstNs  event time of the first training sample.
     * @param trainLastNs   event time of the last training sample.
     * @param testFirstNs   event time of the first test sample.
     * @param testLastNs    event time of the last test sample.
     * @param test          the figures on the test block.
     */
    public record Fold(
        int fold, int trainSamples, long trainFirstNs, long trainLastNs, long testFirstNs, long testLastNs, ClassifierMetrics test)
    {
    }

    /**
     * @param folds     the K asked for.
     * @param embargoNs the gap left before each test block (0 for none).
     * @param results   one per tested block.
     * @param pooled    the figures over every test block's predictions together.
     */
    public record Validation(int folds, long embargoNs, List<Fold> results, ClassifierMetrics pooled)
    {
    }

    /**
     * Where the blocks start: block k is samples [starts[k], starts[k+1]).
     *
     * @param set   the samples, in time order.
     * @param folds K, at least 2.
     * @return K+1 indices, the last being the sample count.
     * @throws IllegalArgumentException if K &lt; 2 or some block would be empty.
     */
    public static int[] blocks(final TrainingSet set, final int folds)
    {
        if (folds < 2)
        {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
        final int n = set.size();
        final int[] starts = new int[folds + 1];
        starts[folds] = n;
        for (int k = 1; k < folds; k++)
        {
            int at = Math.max(starts[k - 1], (int)((long)k * n / folds));
            // samples at one event time (several instruments) stay in one block
            while (at > 0 && at < n && set.timeNs(at) == set.timeNs(at - 1))
            {
                at++;
            }
            starts[k] = at;
        }
        for (int k = 0; k < folds; k++)
        {
            if (starts[k] >= starts[k + 1])
            {
                throw new IllegalArgumentException(
                    "too few samples (" + n + ", at " + countTimes(set) + " distinct times) for " + folds + " walk-forward folds");
            }
        }
        return starts;
    }

    /**
     * Runs the validation.
     *
     * @param set       the samples.
     * @param folds     K, at least 2.
     * @param l2        the ridge penalty.
     * @param embargoNs gap before each test block, 0 for none.
     * @return the per-fold and pooled figures.
     */
    public static Validation validate(final TrainingSet set, final int folds, final double l2, final long embargoNs)
    {
        final int[] starts = blocks(set, folds);
        final List<Fold> results = new ArrayList<>();
        final double[] pooledP = new double[set.size() - starts[1]];
        final int[] pooledY = new int[pooledP.length];
        int pooled = 0;
        for (int k = 1; k < folds; k++)
        {
            final int testFrom = starts[k];
            final int testTo = starts[k + 1];
            int trainTo = testFrom;
            while (embargoNs > 0 && trainTo > 0 && set.timeNs(trainTo - 1) > set.timeNs(testFrom) - embargoNs)
            {
                trainTo--;
            }
            if (trainTo == 0)
            {
                throw new IllegalArgumentException("the embargo leaves fold " + (k + 1) + " no training samples: too little data for " +
                    folds + " folds at this horizon");
            }
            final FittedModel model = FittedModel.fit(set, 0, trainTo, l2);
            final double[] p = model.predict(set, testFrom, testTo);
            final int[] y = new int[p.length];
            for (int i = testFrom; i < testTo; i++)
            {
                y[i - testFrom] = set.y(i);
                pooledP[pooled] = p[i - testFrom];
                pooledY[pooled++] = set.y(i);
            }
            results.add(new Fold(k + 1, trainTo, set.timeNs(0), set.timeNs(trainTo - 1), set.timeNs(testFrom), set.timeNs(testTo - 1),
                ClassifierMetrics.of(p, y)));
        }
        return new Validation(folds, embargoNs, Collections.unmodifiableList(results), ClassifierMetrics.of(pooledP, pooledY));
    }

    private static int countTimes(final TrainingSet set)
    {
        int count = 0;
        for (int i = 0; i < set.size(); i++)
        {
            count += i == 0 || set.timeNs(i) != set.timeNs(i - 1) ? 1 : 0;
        }
        return count;
    }
}
