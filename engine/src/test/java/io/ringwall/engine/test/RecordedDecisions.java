package io.ringwall.engine.test;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.sbe.BookHealthDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.SnapshotRequestDecoder;
import io.ringwall.engine.decision.DecisionSink;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * A decision sink for tests: keeps every decision and renders book decisions as short strings such as
 * "health 1 LIVE<-SYNCING SNAPSHOT_APPLIED @7" (instrument, state, previous, reason, cause sequence) and
 * "snapshot 1 #2 GAP @9" (instrument, attempt, reason, cause sequence).
 */
public final class RecordedDecisions implements DecisionSink
{
    private final List<byte[]> decisions = new ArrayList<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BookHealthDecoder health = new BookHealthDecoder();
    private final SnapshotRequestDecoder request = new SnapshotRequestDecoder();

    @Override
    public void onDecision(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        decisions.add(copy);
    }

    public List<byte[]> all()
    {
        return decisions;
    }

    public List<String> describe()
    {
        final List<String> out = new ArrayList<>();
        for (final byte[] d : decisions)
        {
            final UnsafeBuffer b = new UnsafeBuffer(d);
            header.wrap(b, 0);
            final int body = MessageHeaderDecoder.ENCODED_LENGTH;
            switch (header.templateId())
            {
                case BookHealthDecoder.TEMPLATE_ID:
                    health.wrap(b, body, header.blockLength(), header.version());
                    out.add("health " + health.header().instrumentId() + " " + health.state() + "<-" + health.previousState() +
                        " " + health.reason() + " @" + health.header().causeSequence());
                    break;
                case SnapshotRequestDecoder.TEMPLATE_ID:
                    request.wrap(b, body, header.blockLength(), header.version());
                    out.add("snapshot " + request.header().instrumentId() + " #" + request.attempt() + " " + request.reason() +
                        " @" + request.header().causeSequence());
                    break;
                default:
                    out.add("template " + Events.templateId(b, 0));
            }
        }
        return out;
    }

    public void clear()
    {
        decisions.clear();
    }
}
