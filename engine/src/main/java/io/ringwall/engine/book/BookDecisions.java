package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.BookHealthEncoder;
import io.ringwall.codecs.sbe.BookHealthReason;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.SnapshotRequestEncoder;
import io.ringwall.engine.decision.DecisionSink;
import io.ringwall.engine.decision.InputContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * Encodes the book stage's decisions (health changes, snapshot requests) and hands them to the sink.
 */
public final class BookDecisions
{
    private final UnsafeBuffer scratch = new UnsafeBuffer(ByteBuffer.allocateDirect(256));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BookHealthEncoder health = new BookHealthEncoder();
    private final SnapshotRequestEncoder snapshotRequest = new SnapshotRequestEncoder();
    private final InputContext input;
    private final DecisionSink sink;
    private final SnapshotRequester requester;

    /**
     * @param input     the input being processed.
     * @param sink      where decisions go.
     * @param requester delivers snapshot requests to gateways.
     */
    public BookDecisions(final InputContext input, final DecisionSink sink, final SnapshotRequester requester)
    {
        this.input = input;
        this.sink = sink;
        this.requester = requester;
    }

    public void bookHealth(
        final int instrumentId,
        final BookState state,
        final BookState previousState,
        final BookHealthReason reason,
        final long bookUpdateId,
        final long eventUpdateId,
        final long bestBidPrice,
        final long bestAskPrice)
    {
        health.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(health.header(), instrumentId);
        health.bookUpdateId(bookUpdateId).eventUpdateId(eventUpdateId).bestBidPrice(bestBidPrice)
            .bestAskPrice(bestAskPrice).state(state).previousState(previousState).reason(reason);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + health.encodedLength());
    }

    public void snapshotRequest(final int instrumentId, final int attempt, final BookHealthReason reason)
    {
        snapshotRequest.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(snapshotRequest.header(), instrumentId);
        snapshotRequest.attempt(attempt).reason(reason);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + snapshotRequest.encodedLength());
        requester.request(instrumentId);
    }
}
