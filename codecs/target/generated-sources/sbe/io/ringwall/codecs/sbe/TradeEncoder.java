/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.MutableDirectBuffer;
import org.agrona.sbe.*;


/**
 * A public trade print (trade or aggTrade)
 */
@SuppressWarnings("all")
public final class TradeEncoder implements MessageEncoderFlyweight
{
    public static final int BLOCK_LENGTH = 75;
    public static final int TEMPLATE_ID = 4;
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private final TradeEncoder parentMessage = this;
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

    public TradeEncoder wrap(final MutableDirectBuffer buffer, final int offset)
    {
        if (buffer != this.buffer)
        {
            this.buffer = buffer;
        }
        this.offset = offset;
        limit(offset + BLOCK_LENGTH);

        return this;
    }

    public TradeEncoder wrapAndApplyHeader(
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

    public static int tradeIdId()
    {
        return 2;
    }

    public static int tradeIdSinceVersion()
    {
        return 0;
    }

    public static int tradeIdEncodingOffset()
    {
        return 32;
    }

    public static int tradeIdEncodingLength()
    {
        return 8;
    }

    public static String tradeIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long tradeIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long tradeIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long tradeIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public TradeEncoder tradeId(final long value)
    {
        buffer.putLong(offset + 32, value, BYTE_ORDER);
        return this;
    }


    public static int priceId()
    {
        return 3;
    }

    public static int priceSinceVersion()
    {
        return 0;
    }

    public static int priceEncodingOffset()
    {
        return 40;
    }

    public static int priceEncodingLength()
    {
        return 8;
    }

    public static String priceMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long priceNullValue()
    {
        return -9223372036854775808L;
    }

    public static long priceMinValue()
    {
        return -9223372036854775807L;
    }

    public static long priceMaxValue()
    {
        return 9223372036854775807L;
    }

    public TradeEncoder price(final long value)
    {
        buffer.putLong(offset + 40, value, BYTE_ORDER);
        return this;
    }


    public static int qtyId()
    {
        return 4;
    }

    public static int qtySinceVersion()
    {
        return 0;
    }

    public static int qtyEncodingOffset()
    {
        return 48;
    }

    public static int qtyEncodingLength()
    {
        return 8;
    }

    public static String qtyMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long qtyNullValue()
    {
        return -9223372036854775808L;
    }

    public static long qtyMinValue()
    {
        return -9223372036854775807L;
    }

    public static long qtyMaxValue()
    {
        return 9223372036854775807L;
    }

    public TradeEncoder qty(final long value)
    {
        buffer.putLong(offset + 48, value, BYTE_ORDER);
        return this;
    }


    public static int firstTradeIdId()
    {
        return 5;
    }

    public static int firstTradeIdSinceVersion()
    {
        return 0;
    }

    public static int firstTradeIdEncodingOffset()
    {
        return 56;
    }

    public static int firstTradeIdEncodingLength()
    {
        return 8;
    }

    public static String firstTradeIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long firstTradeIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long firstTradeIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long firstTradeIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public TradeEncoder firstTradeId(final long value)
    {
        buffer.putLong(offset + 56, value, BYTE_ORDER);
        return this;
    }


    public static int lastTradeIdId()
    {
        return 6;
    }

    public static int lastTradeIdSinceVersion()
    {
        return 0;
    }

    public static int lastTradeIdEncodingOffset()
    {
        return 64;
    }

    public static int lastTradeIdEncodingLength()
    {
        return 8;
    }

    public static String lastTradeIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long lastTradeIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long lastTradeIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long lastTradeIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public TradeEncoder lastTradeId(final long value)
    {
        buffer.putLong(offset + 64, value, BYTE_ORDER);
        return this;
    }


    public static int aggressorId()
    {
        return 7;
    }

    public static int aggressorSinceVersion()
    {
        return 0;
    }

    public static int aggressorEncodingOffset()
    {
        return 72;
    }

    public static int aggressorEncodingLength()
    {
        return 1;
    }

    public static String aggressorMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public TradeEncoder aggressor(final AggressorSide value)
    {
        buffer.putByte(offset + 72, (byte)value.value());
        return this;
    }

    public static int sourceId()
    {
        return 8;
    }

    public static int sourceSinceVersion()
    {
        return 0;
    }

    public static int sourceEncodingOffset()
    {
        return 73;
    }

    public static int sourceEncodingLength()
    {
        return 1;
    }

    public static String sourceMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public TradeEncoder source(final TradeSource value)
    {
        buffer.putByte(offset + 73, (byte)value.value());
        return this;
    }

    public static int printTypeId()
    {
        return 9;
    }

    public static int printTypeSinceVersion()
    {
        return 0;
    }

    public static int printTypeEncodingOffset()
    {
        return 74;
    }

    public static int printTypeEncodingLength()
    {
        return 1;
    }

    public static String printTypeMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public TradeEncoder printType(final PrintType value)
    {
        buffer.putByte(offset + 74, (byte)value.value());
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

        final TradeDecoder decoder = new TradeDecoder();
        decoder.wrap(buffer, offset, BLOCK_LENGTH, SCHEMA_VERSION);

        return decoder.appendTo(builder);
    }
}
