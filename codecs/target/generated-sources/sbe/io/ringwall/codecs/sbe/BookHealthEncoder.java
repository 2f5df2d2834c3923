/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.MutableDirectBuffer;
import org.agrona.sbe.*;


/**
 * A change of an order book's health, with the reason
 */
@SuppressWarnings("all")
public final class BookHealthEncoder implements MessageEncoderFlyweight
{
    public static final int BLOCK_LENGTH = 67;
    public static final int TEMPLATE_ID = 100;
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private final BookHealthEncoder parentMessage = this;
    private MutableDirectBuffer buffer;
    private int offset;
    private int limit;

    public int sbeBlockLength()
    {
        return BLOCK_LENGTH;
    }

    public int sbeTemplateId()
    {
        return TEMPLATE_ID;
    }

    public int sbeSchemaId()
    {
        return SCHEMA_ID;
    }

    public int sbeSchemaVersion()
    {
        return SCHEMA_VERSION;
    }

    public String sbeSemanticType()
    {
        return "";
    }

    public MutableDirectBuffer buffer()
    {
        return buffer;
    }

    public int offset()
    {
        return offset;
    }

    public BookHealthEncoder wrap(final MutableDirectBuffer buffer, final int offset)
    {
        if (buffer != this.buffer)
        {
            this.buffer = buffer;
        }
        this.offset = offset;
        limit(offset + BLOCK_LENGTH);

        return this;
    }

    public BookHealthEncoder wrapAndApplyHeader(
        final MutableDirectBuffer buffer, final int offset, final MessageHeaderEncoder headerEncoder)
    {
        headerEncoder
            .wrap(buffer, offset)
            .blockLength(BLOCK_LENGTH)
            .templateId(TEMPLATE_ID)
            .schemaId(SCHEMA_ID)
            .version(SCHEMA_VERSION);

        return wrap(buffer, offset + MessageHeaderEncoder.ENCODED_LENGTH);
    }

    public int encodedLength()
    {
        return limit - offset;
    }

    public int limit()
    {
        return limit;
    }

    public void limit(final int limit)
    {
        this.limit = limit;
    }

    public static int headerId()
    {
        return 1;
    }

    public static int headerSinceVersion()
    {
        return 0;
    }

    public static int headerEncodingOffset()
    {
        return 0;
    }

    public static int headerEncodingLength()
    {
        return 32;
    }

    public static String headerMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    private final EventHeaderEncoder header = new EventHeaderEncoder();

    public EventHeaderEncoder header()
    {
        header.wrap(buffer, offset + 0);
        return header;
    }

    public static int bookUpdateIdId()
    {
        return 2;
    }

    public static int bookUpdateIdSinceVersion()
    {
        return 0;
    }

    public static int bookUpdateIdEncodingOffset()
    {
        return 32;
    }

    public static int bookUpdateIdEncodingLength()
    {
        return 8;
    }

    public static String bookUpdateIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long bookUpdateIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long bookUpdateIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long bookUpdateIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookHealthEncoder bookUpdateId(final long value)
    {
        buffer.putLong(offset + 32, value, BYTE_ORDER);
        return this;
    }


    public static int eventUpdateIdId()
    {
        return 3;
    }

    public static int eventUpdateIdSinceVersion()
    {
        return 0;
    }

    public static int eventUpdateIdEncodingOffset()
    {
        return 40;
    }

    public static int eventUpdateIdEncodingLength()
    {
        return 8;
    }

    public static String eventUpdateIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long eventUpdateIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long eventUpdateIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long eventUpdateIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookHealthEncoder eventUpdateId(final long value)
    {
        buffer.putLong(offset + 40, value, BYTE_ORDER);
        return this;
    }


    public static int bestBidPriceId()
    {
        return 4;
    }

    public static int bestBidPriceSinceVersion()
    {
        return 0;
    }

    public static int bestBidPriceEncodingOffset()
    {
        return 48;
    }

    public static int bestBidPriceEncodingLength()
    {
        return 8;
    }

    public static String bestBidPriceMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long bestBidPriceNullValue()
    {
        return -9223372036854775808L;
    }

    public static long bestBidPriceMinValue()
    {
        return -9223372036854775807L;
    }

    public static long bestBidPriceMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookHealthEncoder bestBidPrice(final long value)
    {
        buffer.putLong(offset + 48, value, BYTE_ORDER);
        return this;
    }


    public static int bestAskPriceId()
    {
        return 5;
    }

    public static int bestAskPriceSinceVersion()
    {
        return 0;
    }

    public static int bestAskPriceEncodingOffset()
    {
        return 56;
    }

    public static int bestAskPriceEncodingLength()
    {
        return 8;
    }

    public static String bestAskPriceMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long bestAskPriceNullValue()
    {
        return -9223372036854775808L;
    }

    public static long bestAskPriceMinValue()
    {
        return -9223372036854775807L;
    }

    public static long bestAskPriceMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookHealthEncoder bestAskPrice(final long value)
    {
        buffer.putLong(offset + 56, value, BYTE_ORDER);
        return this;
    }


    public static int stateId()
    {
        return 6;
    }

    public static int stateSinceVersion()
    {
        return 0;
    }

    public static int stateEncodingOffset()
    {
        return 64;
    }

    public static int stateEncodingLength()
    {
        return 1;
    }

    public static String stateMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public BookHealthEncoder state(final BookState value)
    {
        buffer.putByte(offset + 64, (byte)value.value());
        return this;
    }

    public static int previousStateId()
    {
        return 7;
    }

    public static int previousStateSinceVersion()
    {
        return 0;
    }

    public static int previousStateEncodingOffset()
    {
        return 65;
    }

    public static int previousStateEncodingLength()
    {
        return 1;
    }

    public static String previousStateMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public BookHealthEncoder previousState(final BookState value)
    {
        buffer.putByte(offset + 65, (byte)value.value());
        return this;
    }

    public static int reasonId()
    {
        return 8;
    }

    public static int reasonSinceVersion()
    {
        return 0;
    }

    public static int reasonEncodingOffset()
    {
        return 66;
    }

    public static int reasonEncodingLength()
    {
        return 1;
    }

    public static String reasonMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public BookHealthEncoder reason(final BookHealthReason value)
    {
        buffer.putByte(offset + 66, (byte)value.value());
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

        final BookHealthDecoder decoder = new BookHealthDecoder();
        decoder.wrap(buffer, offset, BLOCK_LENGTH, SCHEMA_VERSION);

        return decoder.appendTo(builder);
    }
}
