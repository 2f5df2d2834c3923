package io.ringwall.engine.decision;

import org.agrona.DirectBuffer;

/**
 * Where the business logic's decisions go: the journal when live, a digest when replaying.
 * The buffer is only valid during the call.
 */
@FunctionalInterface
public interface DecisionSink
{
    void onDecision(DirectBuffer buffer, int offset, int length);
}
