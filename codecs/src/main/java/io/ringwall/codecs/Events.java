package io.ringwall.codecs;

import io.ringwall.codecs.sbe.EventHeaderDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Reads and stamps the parts every event shares (message header and event header) without knowing
 * the template, by fixed offsets taken from the generated codecs.
 */
public final class Events
{
    /** Template ids from here up are decisions; below are inputs. */
    public static final int FIRST_DECISION_TEMPLATE_ID = 100;

    /** Where the event header starts in a message. */
    public static final int EVENT_HEADER_OFFSET = MessageHeaderEncoder.ENCODED_LENGTH;

    /** The smallest length any event can have. */
    public static final int MIN_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + EventHeaderDecoder.ENCODED_LENGTH;

    private static final int TEMPLATE_ID = MessageHeaderDecoder.templateIdEncodingOffset();
    private static final int SCHEMA_ID = MessageHeaderDecoder.schemaIdEncodingOffset();
    private static final int RECEIVE_TIME = EVENT_HEADER_OFFSET + EventHeaderDecoder.receiveTimeNsEncodingOffset();
    private static final int EXCHANGE_TIME = EVENT_HEADER_OFFSET + EventHeaderDecoder.exchangeTimeNsEncodingOffset();
    private static final int CAUSE_SEQUENCE = EVENT_HEADER_OFFSET + EventHeaderDecoder.causeSequenceEncodingOffset();
    private static final int INSTRUMENT_ID = EVENT_HEADER_OFFSET + EventHeaderDecoder.instrumentIdEncodingOffset();

    private Events()
    {
    }

    /**
     * @param templateId a template id.
     * @return true if it is a decision, false if an input.
     */
    public static boolean isDecision(final int templateId)
    {
        return templateId >= FIRST_DECISION_TEMPLATE_ID;
    }

    /**
     * @param buffer holding an event.
     * @param offset where it starts.
     * @param length its length.
     * @return true if it is long enough and of this schema.
     */
    public static boolean isEvent(final DirectBuffer buffer, final int offset, final int length)
    {
        return length >= MIN_LENGTH && buffer.getShort(offset + SCHEMA_ID, MessageHeaderDecoder.BYTE_ORDER) == MessageHeaderDecoder.SCHEMA_ID;
    }

    public static int templateId(final DirectBuffer buffer, final int offset)
    {
        return buffer.getShort(offset + TEMPLATE_ID, MessageHeaderDecoder.BYTE_ORDER) & 0xFFFF;
    }

    public static long receiveTimeNs(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + RECEIVE_TIME, MessageHeaderDecoder.BYTE_ORDER);
    }

    public static long exchangeTimeNs(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + EXCHANGE_TIME, MessageHeaderDecoder.BYTE_ORDER);
    }

    public static long causeSequence(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + CAUSE_SEQUENCE, MessageHeaderDecoder.BYTE_ORDER);
    }

    public static int instrumentId(final DirectBuffer buffer, final int offset)
    {
        return buffer.getInt(offset + INSTRUMENT_ID, MessageHeaderDecoder.BYTE_ORDER);
    }

    /**
     * Stamps an input with its sequence in the session's input stream (done by the journaller).
     *
     * @param buffer   holding the event.
     * @param offset   where it starts.
     * @param sequence the input sequence.
     */
    public static void causeSequence(final MutableDirectBuffer buffer, final int offset, final long sequence)
    {
        buffer.putLong(offset + CAUSE_SEQUENCE, sequence, MessageHeaderDecoder.BYTE_ORDER);
    }

    /**
     * Re-times an event (benchmarks and tools that replay a session more than once).
     *
     * @param buffer        holding the event.
     * @param offset        where it starts.
     * @param receiveTimeNs the new receive time.
     */
    public static void receiveTimeNs(final MutableDirectBuffer buffer, final int offset, final long receiveTimeNs)
    {
        buffer.putLong(offset + RECEIVE_TIME, receiveTimeNs, MessageHeaderDecoder.BYTE_ORDER);
    }
}
