/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.MutableDirectBuffer;
import org.agrona.sbe.*;


/**
 * Common to every event; 32 bytes, 8-byte aligned after the message header
 */
@SuppressWarnings("all")
public final class EventHeaderEncoder implements CompositeEncoderFlyweight
{
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final int ENCODED_LENGTH = 32;
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private int offset;
    private MutableDirectBuffer buffer;

    public EventHeaderEncoder wrap(final MutableDirectBuffer buffer, final int offset)
    {
        if (buffer != this.buffer)
        {
            this.buffer = buffer;
        }
        this.offset = offset;

        return this;
    }

    public MutableDirectBuffer buffer()
    {
        return buffer;
    }

    public int offset()
    {
        return offset;
    }

    public int encodedLength()
    {
        return ENCODED_LENGTH;
    }

    public int sbeSchemaId()
    {
        return SCHEMA_ID;
    }

    public int sbeSchemaVersion()
    {
        return SCHEMA_VERSION;
    }

    public static int receiveTimeNsEncodingOffset()
    {
        return 0;
    }

    public static int receiveTimeNsEncodingLength()
    {
        return 8;
    }

    public static long receiveTimeNsNullValue()
    {
        return -9223372036854775808L;
    }

    public static long receiveTimeNsMinValue()
    {
        return -9223372036854775807L;
    }

    public static long receiveTimeNsMaxValue()
    {
        return 9223372036854775807L;
    }

    public EventHeaderEncoder receiveTimeNs(final long value)
    {
        buffer.putLong(offset + 0, value, BYTE_ORDER);
        return this;
    }


    public static int exchangeTimeNsEncodingOffset()
    {
        return 8;
    }

    public static int exchangeTimeNsEncodingLength()
    {
        return 8;
    }

    public static long exchangeTimeNsNullValue()
    {
        return -9223372036854775808L;
    }

    public static long exchangeTimeNsMinValue()
    {
        return -9223372036854775807L;
    }

    public static long exchangeTimeNsMaxValue()
    {
        return 9223372036854775807L;
    }

    public EventHeaderEncoder exchangeTimeNs(final long value)
    {
        buffer.putLong(offset + 8, value, BYTE_ORDER);
        return this;
    }


    public static int causeSequenceEncodingOffset()
    {
        return 16;
    }

    public static int causeSequenceEncodingLength()
    {
        return 8;
    }

    public static long causeSequenceNullValue()
    {
        return -9223372036854775808L;
    }

    public static long causeSequenceMinValue()
    {
        return -9223372036854775807L;
    }

    public static long causeSequenceMaxValue()
    {
        return 9223372036854775807L;
    }

    public EventHeaderEncoder causeSequence(final long value)
    {
        buffer.putLong(offset + 16, value, BYTE_ORDER);
        return this;
    }


    public static int instrumentIdEncodingOffset()
    {
        return 24;
    }

    public static int instrumentIdEncodingLength()
    {
        return 4;
    }

    public static int instrumentIdNullValue()
    {
        return -2147483648;
    }

    public static int instrumentIdMinValue()
    {
        return -2147483647;
    }

    public static int instrumentIdMaxValue()
    {
        return 2147483647;
    }

    public EventHeaderEncoder instrumentId(final int value)
    {
        buffer.putInt(offset + 24, value, BYTE_ORDER);
        return this;
    }


    public static int reservedEncodingOffset()
    {
        return 28;
    }

    public static int reservedEncodingLength()
    {
        return 4;
    }

    public static int reservedNullValue()
    {
        return -2147483648;
    }

    public static int reservedMinValue()
    {
        return -2147483647;
    }

    public static int reservedMaxValue()
    {
        return 2147483647;
    }

    public EventHeaderEncoder reserved(final int value)
    {
        buffer.putInt(offset + 28, value, BYTE_ORDER);
        return this;
    }


    public String toString()
    {
        if (null == buffer)
        {
            return "";
        }

        return appendTo(new StringBuilder()).toString();
    }

    public StringBuilder appendTo(final StringBuilder builder)
    {
        if (null == buffer)
        {
            return builder;
        }

        final EventHeaderDecoder decoder = new EventHeaderDecoder();
        decoder.wrap(buffer, offset);

        return decoder.appendTo(builder);
    }
}
