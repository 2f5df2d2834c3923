/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.DirectBuffer;
import org.agrona.sbe.*;


/**
 * Common to every event; 32 bytes, 8-byte aligned after the message header
 */
@SuppressWarnings("all")
public final class EventHeaderDecoder implements CompositeDecoderFlyweight
{
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final int ENCODED_LENGTH = 32;
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private int offset;
    private DirectBuffer buffer;

    public EventHeaderDecoder wrap(final DirectBuffer buffer, final int offset)
    {
        if (buffer != this.buffer)
        {
            this.buffer = buffer;
        }
        this.offset = offset;

        return this;
    }

    public DirectBuffer buffer()
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

    public static int receiveTimeNsSinceVersion()
    {
        return 0;
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

    public long receiveTimeNs()
    {
        return buffer.getLong(offset + 0, BYTE_ORDER);
    }


    public static int exchangeTimeNsEncodingOffset()
    {
        return 8;
    }

    public static int exchangeTimeNsEncodingLength()
    {
        return 8;
    }

    public static int exchangeTimeNsSinceVersion()
    {
        return 0;
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

    public long exchangeTimeNs()
    {
        return buffer.getLong(offset + 8, BYTE_ORDER);
    }


    public static int causeSequenceEncodingOffset()
    {
        return 16;
    }

    public static int causeSequenceEncodingLength()
    {
        return 8;
    }

    public static int causeSequenceSinceVersion()
    {
        return 0;
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

    public long causeSequence()
    {
        return buffer.getLong(offset + 16, BYTE_ORDER);
    }


    public static int instrumentIdEncodingOffset()
    {
        return 24;
    }

    public static int instrumentIdEncodingLength()
    {
        return 4;
    }

    public static int instrumentIdSinceVersion()
    {
        return 0;
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

    public int instrumentId()
    {
        return buffer.getInt(offset + 24, BYTE_ORDER);
    }


    public static int reservedEncodingOffset()
    {
        return 28;
    }

    public static int reservedEncodingLength()
    {
        return 4;
    }

    public static int reservedSinceVersion()
    {
        return 0;
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

    public int reserved()
    {
        return buffer.getInt(offset + 28, BYTE_ORDER);
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

        builder.append('(');
        builder.append("receiveTimeNs=");
        builder.append(this.receiveTimeNs());
        builder.append('|');
        builder.append("exchangeTimeNs=");
        builder.append(this.exchangeTimeNs());
        builder.append('|');
        builder.append("causeSequence=");
        builder.append(this.causeSequence());
        builder.append('|');
        builder.append("instrumentId=");
        builder.append(this.instrumentId());
        builder.append('|');
        builder.append("reserved=");
        builder.append(this.reserved());
        builder.append(')');

        return builder;
    }
}
