/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.DirectBuffer;
import org.agrona.sbe.*;


/**
 * A change of an order book's health, with the reason
 */
@SuppressWarnings("all")
public final class BookHealthDecoder implements MessageDecoderFlyweight
{
    public static final int BLOCK_LENGTH = 67;
    public static final int TEMPLATE_ID = 100;
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private final BookHealthDecoder parentMessage = this;
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

    public BookHealthDecoder wrap(
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

    public BookHealthDecoder wrapAndApplyHeader(
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

    public BookHealthDecoder sbeRewind()
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

    public long bookUpdateId()
    {
        return buffer.getLong(offset + 32, BYTE_ORDER);
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

    public long eventUpdateId()
    {
        return buffer.getLong(offset + 40, BYTE_ORDER);
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

    public long bestBidPrice()
    {
        return buffer.getLong(offset + 48, BYTE_ORDER);
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

    public long bestAskPrice()
    {
        return buffer.getLong(offset + 56, BYTE_ORDER);
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

    public short stateRaw()
    {
        return ((short)(buffer.getByte(offset + 64) & 0xFF));
    }

    public BookState state()
    {
        return BookState.get(((short)(buffer.getByte(offset + 64) & 0xFF)));
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

    public short previousStateRaw()
    {
        return ((short)(buffer.getByte(offset + 65) & 0xFF));
    }

    public BookState previousState()
    {
        return BookState.get(((short)(buffer.getByte(offset + 65) & 0xFF)));
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

    public short reasonRaw()
    {
        return ((short)(buffer.getByte(offset + 66) & 0xFF));
    }

    public BookHealthReason reason()
    {
        return BookHealthReason.get(((short)(buffer.getByte(offset + 66) & 0xFF)));
    }


    public String toString()
    {
        if (null == buffer)
        {
            return "";
        }

        final BookHealthDecoder decoder = new BookHealthDecoder();
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
        builder.append("[BookHealth](sbeTemplateId=");
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
        builder.append("bookUpdateId=");
        builder.append(this.bookUpdateId());
        builder.append('|');
        builder.append("eventUpdateId=");
        builder.append(this.eventUpdateId());
        builder.append('|');
        builder.append("bestBidPrice=");
        builder.append(this.bestBidPrice());
        builder.append('|');
        builder.append("bestAskPrice=");
        builder.append(this.bestAskPrice());
        builder.append('|');
        builder.append("state=");
        builder.append(this.state());
        builder.append('|');
        builder.append("previousState=");
        builder.append(this.previousState());
        builder.append('|');
        builder.append("reason=");
        builder.append(this.reason());

        limit(originalLimit);

        return builder;
    }
    
    public BookHealthDecoder sbeSkip()
    {
        sbeRewind();

        return this;
    }
}
