package io.ringwall.engine.analytics;

/**
 * Hears each signal the analytics journal, on the business-logic thread, with primitive arguments only (the
 * trading stage acts on them).
 */
@FunctionalInterface
public interface SignalListener
{
    /** Hears nothing. */
    SignalListener NONE = (instrumentId, score, confidence, nowNs) -> { };

    /**
     * A signal was journaled.
     *
     * @param instrumentId the instrument.
     * @param score        the model's score.
     * @param confidence   the probability of an up-move over the model's horizon.
     * @param nowNs        event time.
     */
    void onSignal(int instrumentId, double score, double confidence, long nowNs);
}
