/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.DirectBuffer;
import org.agrona.sbe.*;


/**
 * A public trade print (trade or aggTrade)
 */
@SuppressWarnings("all")
public final class TradeDecoder implements MessageDecoderFlyweight
{
    public static final int BLOCK_LENGTH = 75;
    public static final int TEMPLATE_ID = 4;
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private final TradeDecoder parentMessage = this;
    private DirectBuffer buffer;
    private int offset;
    private int limit;
    int actingBlockLength;
    int actingVersion;

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

    public DirectBuffer buffer()
    {
        return buffer;
    }

    public int offset()
    {
        return offset;
    }

    public TradeDecoder wrap(
        final DirectBuffer buffer,
        final int offset,
        final int actingBlockLength,
        final int actingVersion)
    {
        if (buffer != this.buffer)
        {
            this.buffer = buffer;
        }
        this.offset = offset;
        this.actingBlockLength = actingBlockLength;
        this.actingVersion = actingVersion;
        limit(offset + actingBlockLength);

        return this;
    }

    public TradeDecoder wrapAndApplyHeader(
        final DirectBuffer buffer,
        final int offset,
        final MessageHeaderDecoder headerDecoder)
    {
        headerDecoder.wrap(buffer, offset);

        final int templateId = headerDecoder.templateId();
        if (TEMPLATE_ID != templateId)
        {
            throw new IllegalStateException("Invalid TEMPLATE_ID: " + templateId);
        }

        return wrap(
            buffer,
            offset + MessageHeaderDecoder.ENCODED_LENGTH,
            headerDecoder.blockLength(),
            headerDecoder.version());
    }

    public TradeDecoder sbeRewind()
    {
        return wrap(buffer, offset, actingBlockLength, actingVersion);
    }

    public int sbeDecodedLength()
    {
        final int currentLimit = limit();
        sbeSkip();
        final int decodedLength = encodedLength();
        limit(currentLimit);

        return decodedLength;
    }

    public int actingVersion()
    {
        return actingVersion;
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

    private final EventHeaderDecoder header = new EventHeaderDecoder();

    public EventHeaderDecoder header()
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

    public long tradeId()
    {
        return buffer.getLong(offset + 32, BYTE_ORDER);
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

    public long price()
    {
        return buffer.getLong(offset + 40, BYTE_ORDER);
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

    public long qty()
    {
        return buffer.getLong(offset + 48, BYTE_ORDER);
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

    public long firstTradeId()
    {
        return buffer.getLong(offset + 56, BYTE_ORDER);
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

    public long lastTradeId()
    {
        return buffer.getLong(offset + 64, BYTE_ORDER);
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

    public short aggressorRaw()
    {
        return ((short)(buffer.getByte(offset + 72) & 0xFF));
    }

    public AggressorSide aggressor()
    {
        return AggressorSide.get(((short)(buffer.getByte(offset + 72) & 0xFF)));
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

    public short sourceRaw()
    {
        return ((short)(buffer.getByte(offset + 73) & 0xFF));
    }

    public TradeSource source()
    {
        return TradeSource.get(((short)(buffer.getByte(offset + 73) & 0xFF)));
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

    public short printTypeRaw()
    {
        return ((short)(buffer.getByte(offset + 74) & 0xFF));
    }

    public PrintType printType()
    {
        return PrintType.get(((short)(buffer.getByte(offset + 74) & 0xFF)));
    }


    public String toString()
    {
        if (null == buffer)
        {
            return "";
        }

        final TradeDecoder decoder = new TradeDecoder();
        decoder.wrap(buffer, offset, actingBlockLength, actingVersion);

        return decoder.appendTo(new StringBuilder()).toString();
    }

    public StringBuilder appendTo(final StringBuilder builder)
    {
        if (null == buffer)
        {
            return builder;
        }

        final int originalLimit = limit();
        limit(offset + actingBlockLength);
        builder.append("[Trade](sbeTemplateId=");
        builder.append(TEMPLATE_ID);
        builder.append("|sbeSchemaId=");
        builder.append(SCHEMA_ID);
        builder.append("|sbeSchemaVersion=");
        if (parentMessage.actingVersion != SCHEMA_VERSION)
        {
            builder.append(parentMessage.actingVersion);
            builder.append('/');
        }
        builder.append(SCHEMA_VERSION);
        builder.append("|sbeBlockLength=");
        if (actingBlockLength != BLOCK_LENGTH)
        {
            builder.append(actingBlockLength);
            builder.append('/');
        }
        builder.append(BLOCK_LENGTH);
        builder.append("):");
        builder.append("header=");
        final EventHeaderDecoder header = this.header();
        if (null != header)
        {
            header.appendTo(builder);
        }
        else
        {
            builder.append("null");
        }
        builder.append('|');
        builder.append("tradeId=");
        builder.append(this.tradeId());
        builder.append('|');
        builder.append("price=");
        builder.append(this.price());
        builder.append('|');
        builder.append("qty=");
        builder.append(this.qty());
        builder.append('|');
        builder.append("firstTradeId=");
        builder.append(this.firstTradeId());
        builder.append('|');
        builder.append("lastTradeId=");
        builder.append(this.lastTradeId());
        builder.append('|');
        builder.append("aggressor=");
        builder.append(this.aggressor());
        builder.append('|');
        builder.append("source=");
        builder.append(this.source());
        builder.append('|');
        builder.append("printType=");
        builder.append(this.printType());

        limit(originalLimit);

        return builder;
    }
    
    public TradeDecoder sbeSkip()
    {
        sbeRewind();

        return this;
    }
}
