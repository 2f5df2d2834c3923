package io.ringwall.engine.signals;

import java.util.Arrays;

/**
 * How well probabilities of an up-move separate ups from downs: AUC (the Mann-Whitney statistic, tied
 * scores counting one half), accuracy at 0.5, mean log-loss and the base rate.
 *
 * @param samples   how many.
 * @param positives how many were ups.
 * @param baseRate  positives / samples.
 * @param auc       the probability that a random up scores above a random down; NaN without both.
 * @param accuracy  share classified right at the 0.5 threshold (p &gt;= 0.5 says up).
 * @param logLoss   mean −log of the probability given to what happened (natural log).
 */
public record ClassifierMetrics(long samples, long positives, double baseRate, double auc, double accuracy, double logLoss)
{
    /** Probabilities are clipped this far from 0 and 1 in the log-loss, so one certain miss stays finite. */
    static final double EPSILON = 1e-15;

    /**
     * @param probabilities predicted probabilities of an up-move.
     * @param labels        what happened, 1 up, 0 down.
     * @return the figures.
     */
    public static ClassifierMetrics of(final double[] probabilities, final int[] labels)
    {
        if (probabilities.length != labels.length)
        {
            throw new IllegalArgumentException("probabilities and labels differ in length");
        }
        final int n = labels.length;
        long positives = 0;
        long right = 0;
        double loss = 0;
        for (int i = 0; i < n; i++)
        {
            final double p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
            positives += labels[i];
            right += (probabilities[i] >= 0.5) == (labels[i] == 1) ? 1 : 0;
            loss -= labels[i] == 1 ? StrictMath.log(p) : StrictMath.log(1 - p);
        }
        return new ClassifierMetrics(n, positives, n == 0 ? Double.NaN : (double)positives / n,
            auc(probabilities, labels), n == 0 ? Double.NaN : (double)right / n, n == 0 ? Double.NaN : loss / n);
    }

    /**
     * The Mann-Whitney AUC: (sum of the ups' ranks − P(P+1)/2) / (P·N), tied scores sharing their mean rank.
     *
     * @param scores any scores that order the samples (probabilities, log-odds).
     * @param labels 1 up, 0 down.
     * @return the AUC in [0, 1], or NaN if the labels are all one class.
     */
    public static double auc(final double[] scores, final int[] labels)
    {
        final int n = scores.length;
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        long positives = 0;
        double positiveRankSum = 0;
        int i = 0;
        while (i < n)
        {
            int j = i;
            while (j + 1 < n && Double.compare(scores[order[j + 1]], scores[order[i]]) == 0)
            {
                j++;
            }
            final double meanRank = (i + 1 + j + 1) / 2.0; // ranks are 1-based
            for (int k = i; k <= j; k++)
            {
                if (labels[order[k]] == 1)
                {
                    positives++;
                    positiveRankSum += meanRank;
                }
            }
            i = j + 1;
        }
        final long negatives = n - positives;
        if (positives == 0 || negatives == 0)
        {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
