/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.MutableDirectBuffer;
import org.agrona.sbe.*;


/**
 * Best bid and ask; updateId is in the depth id space
 */
@SuppressWarnings("all")
public final class BookTickerEncoder implements MessageEncoderFlyweight
{
    public static final int BLOCK_LENGTH = 72;
    public static final int TEMPLATE_ID = 5;
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private final BookTickerEncoder parentMessage = this;
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

    public BookTickerEncoder wrap(final MutableDirectBuffer buffer, final int offset)
    {
        if (buffer != this.buffer)
        {
            this.buffer = buffer;
        }
        this.offset = offset;
        limit(offset + BLOCK_LENGTH);

        return this;
    }

    public BookTickerEncoder wrapAndApplyHeader(
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

    public static int updateIdId()
    {
        return 2;
    }

    public static int updateIdSinceVersion()
    {
        return 0;
    }

    public static int updateIdEncodingOffset()
    {
        return 32;
    }

    public static int updateIdEncodingLength()
    {
        return 8;
    }

    public static String updateIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long updateIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long updateIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long updateIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookTickerEncoder updateId(final long value)
    {
        buffer.putLong(offset + 32, value, BYTE_ORDER);
        return this;
    }


    public static int bidPriceId()
    {
        return 3;
    }

    public static int bidPriceSinceVersion()
    {
        return 0;
    }

    public static int bidPriceEncodingOffset()
    {
        return 40;
    }

    public static int bidPriceEncodingLength()
    {
        return 8;
    }

    public static String bidPriceMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long bidPriceNullValue()
    {
        return -9223372036854775808L;
    }

    public static long bidPriceMinValue()
    {
        return -9223372036854775807L;
    }

    public static long bidPriceMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookTickerEncoder bidPrice(final long value)
    {
        buffer.putLong(offset + 40, value, BYTE_ORDER);
        return this;
    }


    public static int bidQtyId()
    {
        return 4;
    }

    public static int bidQtySinceVersion()
    {
        return 0;
    }

    public static int bidQtyEncodingOffset()
    {
        return 48;
    }

    public static int bidQtyEncodingLength()
    {
        return 8;
    }

    public static String bidQtyMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long bidQtyNullValue()
    {
        return -9223372036854775808L;
    }

    public static long bidQtyMinValue()
    {
        return -9223372036854775807L;
    }

    public static long bidQtyMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookTickerEncoder bidQty(final long value)
    {
        buffer.putLong(offset + 48, value, BYTE_ORDER);
        return this;
    }


    public static int askPriceId()
    {
        return 5;
    }

    public static int askPriceSinceVersion()
    {
        return 0;
    }

    public static int askPriceEncodingOffset()
    {
        return 56;
    }

    public static int askPriceEncodingLength()
    {
        return 8;
    }

    public static String askPriceMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long askPriceNullValue()
    {
        return -9223372036854775808L;
    }

    public static long askPriceMinValue()
    {
        return -9223372036854775807L;
    }

    public static long askPriceMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookTickerEncoder askPrice(final long value)
    {
        buffer.putLong(offset + 56, value, BYTE_ORDER);
        return this;
    }


    public static int askQtyId()
    {
        return 6;
    }

    public static int askQtySinceVersion()
    {
        return 0;
    }

    public static int askQtyEncodingOffset()
    {
        return 64;
    }

    public static int askQtyEncodingLength()
    {
        return 8;
    }

    public static String askQtyMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long askQtyNullValue()
    {
        return -9223372036854775808L;
    }

    public static long askQtyMinValue()
    {
        return -9223372036854775807L;
    }

    public static long askQtyMaxValue()
    {
        return 9223372036854775807L;
    }

    public BookTickerEncoder askQty(final long value)
    {
        buffer.putLong(offset + 64, value, BYTE_ORDER);
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

        final BookTickerDecoder decoder = new BookTickerDecoder();
        decoder.wrap(buffer, offset, BLOCK_LENGTH, SCHEMA_VERSION);

        return decoder.appendTo(builder);
    }
}
