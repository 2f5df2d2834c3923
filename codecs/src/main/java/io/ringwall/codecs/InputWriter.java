package io.ringwall.codecs;

import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.GatewayStatusEncoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.InstrumentDefinitionEncoder;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OperatorCommandEncoder;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.RejectedInputEncoder;
import io.ringwall.codecs.sbe.TimerTickEncoder;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Publishes the inputs every producer needs besides its own market data: instrument definitions, gateway
 * status, rejected inputs, timer ticks and operator commands. One per producer thread; its encoders are reused, so publishing
 * allocates nothing.
 */
public final class InputWriter
{
    /** How much of a rejected frame is kept for the operator. */
    public static final int MAX_EXCERPT = 256;

    private final EventSink sink;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder();
    private final GatewayStatusEncoder status = new GatewayStatusEncoder();
    private final RejectedInputEncoder rejected = new RejectedInputEncoder();
    private final TimerTickEncoder tick = new TimerTickEncoder();
    private final OperatorCommandEncoder command = new OperatorCommandEncoder();

    /**
     * @param sink where events go.
     */
    public InputWriter(final EventSink sink)
    {
        this.sink = sink;
    }

    /**
     * @return the sink this writer publishes to.
     */
    public EventSink sink()
    {
        return sink;
    }

    /**
     * Publishes an instrument's definition; it must precede the instrument's data.
     *
     * @param instrument    the instrument.
     * @param receiveTimeNs the time to stamp.
     * @return false if the sink dropped it.
     */
    public boolean instrumentDefinition(final Instrument instrument, final long receiveTimeNs)
    {
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            return false;
        }
        final MutableDirectBuffer buffer = sink.buffer(seq);
        definition.wrapAndApplyHeader(buffer, 0, header);
        definition.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(0).causeSequence(0)
            .instrumentId(instrument.id()).reserved(0);
        definition.venue(instrument.venue())
            .priceExponent((byte)instrument.priceExponent())
            .qtyExponent((byte)instrument.qtyExponent())
            .tickSize(instrument.tickSize())
            .symbol(instrument.symbol());
        sink.publish(seq, MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength());
        return true;
    }

    /**
     * Publishes a gateway status change.
     *
     * @param venue         the venue.
     * @param instrumentId  the instrument, or 0 for the whole connection.
     * @param code          what happened.
     * @param detail        status-specific number (delay ms, HTTP status, attempt).
     * @param text          a short human-readable note, ASCII; may be empty, never secret.
     * @param receiveTimeNs when it happened.
     * @return false if the sink dropped it.
     */
    public boolean gatewayStatus(
        final Venue venue,
        final int instrumentId,
        final GatewayStatusCode code,
        final long detail,
        final String text,
        final long receiveTimeNs)
    {
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            return false;
        }
        final MutableDirectBuffer buffer = sink.buffer(seq);
        status.wrapAndApplyHeader(buffer, 0, header);
        status.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(0).causeSequence(0)
            .instrumentId(instrumentId).reserved(0);
        final String note = text == null ? "" : text;
        status.detail(detail).venue(venue).status(code)
            .text(note.length() > MAX_EXCERPT ? note.substring(0, MAX_EXCERPT) : note);
        sink.publish(seq, MessageHeaderEncoder.ENCODED_LENGTH + status.encodedLength());
        return true;
    }

    /**
     * Publishes a rejected input, keeping the start of the raw frame for the operator.
     *
     * @param venue         the venue.
     * @param instrumentId  the instrument if it could be read, else 0.
     * @param kind          what the frame seemed to be.
     * @param reason        why it was rejected.
     * @param frame         the frame's bytes.
     * @param frameOffset   where the frame starts.
     * @param frameLength   its length.
     * @param errorOffset   where in the frame decoding failed, relative to its start.
     * @param receiveTimeNs when it was received.
     * @return false if the sink dropped it.
     */
    public boolean rejected(
        final Venue venue,
        final int instrumentId,
        final InputKind kind,
        final RejectReason reason,
        final DirectBuffer frame,
        final int frameOffset,
        final int frameLength,
        final int errorOffset,
        final long receiveTimeNs)
    {
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            return false;
        }
        encodeRejected(sink.buffer(seq), 0, venue, instrumentId, kind, reason, frame, frameOffset, frameLength,
            errorOffset, receiveTimeNs);
        sink.publish(seq, MessageHeaderEncoder.ENCODED_LENGTH + rejected.encodedLength());
        return true;
    }

    /**
     * Encodes a rejected input into a buffer the caller already holds (a slot it claimed and must publish).
     *
     * @return the encoded length.
     */
    public int encodeRejected(
        final MutableDirectBuffer buffer,
        final int offset,
        final Venue venue,
        final int instrumentId,
        final InputKind kind,
        final RejectReason reason,
        final DirectBuffer frame,
        final int frameOffset,
        final int frameLength,
        final int errorOffset,
        final long receiveTimeNs)
    {
        rejected.wrapAndApplyHeader(buffer, offset, header);
        rejected.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(0).causeSequence(0)
            .instrumentId(instrumentId).reserved(0);
        rejected.errorOffset(errorOffset).frameLength(frameLength).venue(venue).reason(reason).kind(kind);
        final int excerpt = Math.max(0, Math.min(frameLength, MAX_EXCERPT));
        rejected.putExcerpt(frame, frameOffset, excerpt);
        return MessageHeaderEncoder.ENCODED_LENGTH + rejected.encodedLength();
    }

    /**
     * Publishes a timer tick.
     *
     * @param tickNumber    counts ticks since the timer started.
     * @param receiveTimeNs the wall-clock time of the tick.
     * @return false if the sink dropped it.
     */
    public boolean timerTick(final long tickNumber, final long receiveTimeNs)
    {
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            return false;
        }
        tick.wrapAndApplyHeader(sink.buffer(seq), 0, header);
        tick.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(0).causeSequence(0).instrumentId(0).reserved(0);
        tick.tick(tickNumber);
        sink.publish(seq, MessageHeaderEncoder.ENCODED_LENGTH + tick.encodedLength());
        return true;
    }

    /**
     * Publishes an operator's command (halt, resume, flatten) as an input, so the logic and every replay see it
     * at the same place in the stream.
     *
     * @param code          what the operator asked for.
     * @param note          free ASCII text for the record; may be null or empty, cut to {@link #MAX_EXCERPT}.
     * @param receiveTimeNs when the command was received.
     * @return false if the sink dropped it.
     */
    public boolean operatorCommand(final OperatorCommandCode code, final String note, final long receiveTimeNs)
    {
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            return false;
        }
        command.wrapAndApplyHeader(sink.buffer(seq), 0, header);
        command.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(0).causeSequence(0).instrumentId(0).reserved(0);
        final String text = note == null ? "" : note;
        command.command(code).note(text.length() > MAX_EXCERPT ? text.substring(0, MAX_EXCERPT) : text);
        sink.publish(seq, MessageHeaderEncoder.ENCODED_LENGTH + command.encodedLength());
        return true;
    }
}
