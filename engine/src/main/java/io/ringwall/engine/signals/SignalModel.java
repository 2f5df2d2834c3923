package io.ringwall.engine.signals;

import io.ringwall.codecs.sbe.SignalSource;
import io.ringwall.engine.analytics.FeatureVector;

/**
 * Maps an instrument's features to a direction score: the log-odds that mid rises over the model's horizon.
 * Runs on the business-logic thread: no allocation, deterministic (StrictMath), NaN-safe.
 */
public interface SignalModel
{
    /**
     * @param features the features now.
     * @return the log-odds of an up-move over {@link #horizonNs()}; finite.
     */
    double score(FeatureVector features);

    /** @return the horizon the score is about. */
    long horizonNs();

    /** @return a fingerprint journaled with each signal (0 for the built-in rule). */
    long modelId();

    /** @return whether a trained model or the built-in rule speaks. */
    SignalSource source();

    /**
     * @param score log-odds.
     * @return the probability, 1 / (1 + e^-score), reproducibly (StrictMath).
     */
    static double probability(final double score)
    {
        return 1.0 / (1.0 + StrictMath.exp(-score));
    }
}
