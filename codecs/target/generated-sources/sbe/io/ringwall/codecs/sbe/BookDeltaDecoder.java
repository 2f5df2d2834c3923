/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.DirectBuffer;
import org.agrona.sbe.*;


/**
 * Part of a diff-depth update (absolute quantities, 0 removes); ids repeat on every part
 */
@SuppressWarnings("all")
public final class BookDeltaDecoder implements MessageDecoderFlyweight
{
    public static final int BLOCK_LENGTH = 57;
    public static final int TEMPLATE_ID = 3;
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private final BookDeltaDecoder parentMessage = this;
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

    public BookDeltaDecoder wrap(
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

    public BookDeltaDecoder wrapAndApplyHeader(
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

    public BookDeltaDecoder sbeRewind()
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

    public static int firstUpdateIdId()
    {
        return 2;
    }

    public static int firstUpdateIdSinceVersion()
    {
        return 0;
    }

    public static int firstUpdateIdEncodingOffset()
    {
        return 32;
    }

    public static int firstUpdateIdEncodingLength()
    {
        return 8;
    }

    public static String firstUpdateIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long firstUpdateIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long firstUpdateIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long firstUpdateIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public long firstUpdateId()
    {
        return buffer.getLong(offset + 32, BYTE_ORDER);
    }


    public static int lastUpdateIdId()
    {
        return 3;
    }

    public static int lastUpdateIdSinceVersion()
    {
        return 0;
    }

    public static int lastUpdateIdEncodingOffset()
    {
        return 40;
    }

    public static int lastUpdateIdEncodingLength()
    {
        return 8;
    }

    public static String lastUpdateIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    public static long lastUpdateIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long lastUpdateIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long lastUpdateIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public long lastUpdateId()
    {
        return buffer.getLong(offset + 40, BYTE_ORDER);
    }


    public static int prevLastUpdateIdId()
    {
        return 4;
    }

    public static int prevLastUpdateIdSinceVersion()
    {
        return 0;
    }

    public static int prevLastUpdateIdEncodingOffset()
    {
        return 48;
    }

    public static int prevLastUpdateIdEncodingLength()
    {
        return 8;
    }

    public static String prevLastUpdateIdMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "optional";
        }

        return "";
    }

    public static long prevLastUpdateIdNullValue()
    {
        return -9223372036854775808L;
    }

    public static long prevLastUpdateIdMinValue()
    {
        return -9223372036854775807L;
    }

    public static long prevLastUpdateIdMaxValue()
    {
        return 9223372036854775807L;
    }

    public long prevLastUpdateId()
    {
        return buffer.getLong(offset + 48, BYTE_ORDER);
    }


    public static int flagsId()
    {
        return 5;
    }

    public static int flagsSinceVersion()
    {
        return 0;
    }

    public static int flagsEncodingOffset()
    {
        return 56;
    }

    public static int flagsEncodingLength()
    {
        return 1;
    }

    public static String flagsMetaAttribute(final MetaAttribute metaAttribute)
    {
        if (MetaAttribute.PRESENCE == metaAttribute)
        {
            return "required";
        }

        return "";
    }

    private final BatchFlagsDecoder flags = new BatchFlagsDecoder();

    public BatchFlagsDecoder flags()
    {
        flags.wrap(buffer, offset + 56);
        return flags;
    }

    private final LevelsDecoder levels = new LevelsDecoder(this);

    public static long levelsDecoderId()
    {
        return 6;
    }

    public static int levelsDecoderSinceVersion()
    {
        return 0;
    }

    public LevelsDecoder levels()
    {
        levels.wrap(buffer);
        return levels;
    }

    public static final class LevelsDecoder
        implements Iterable<LevelsDecoder>, java.util.Iterator<LevelsDecoder>
    {
        public static final int HEADER_SIZE = 4;
        private final BookDeltaDecoder parentMessage;
        private DirectBuffer buffer;
        private int count;
        private int index;
        private int offset;
        private int blockLength;

        LevelsDecoder(final BookDeltaDecoder parentMessage)
        {
            this.parentMessage = parentMessage;
        }

        public void wrap(final DirectBuffer buffer)
        {
            if (buffer != this.buffer)
            {
                this.buffer = buffer;
            }

            index = 0;
            final int limit = parentMessage.limit();
            parentMessage.limit(limit + HEADER_SIZE);
            blockLength = (buffer.getShort(limit + 0, BYTE_ORDER) & 0xFFFF);
            count = (buffer.getShort(limit + 2, BYTE_ORDER) & 0xFFFF);
        }

        public LevelsDecoder next()
        {
            if (index >= count)
            {
                throw new java.util.NoSuchElementException();
            }

            offset = parentMessage.limit();
            parentMessage.limit(offset + blockLength);
            ++index;

            return this;
        }

        public static int countMinValue()
        {
            return 0;
        }

        public static int countMaxValue()
        {
            return 65534;
        }

        public static int sbeHeaderSize()
        {
            return HEADER_SIZE;
        }

        public static int sbeBlockLength()
        {
            return 17;
        }

        public int actingBlockLength()
        {
            return blockLength;
        }

        public int actingVersion()
        {
            return parentMessage.actingVersion;
        }

        public int count()
        {
            return count;
        }

        public java.util.Iterator<LevelsDecoder> iterator()
        {
            return this;
        }

        public void remove()
        {
            throw new UnsupportedOperationException();
        }

        public boolean hasNext()
        {
            return index < count;
        }

        public static int priceId()
        {
            return 1;
        }

        public static int priceSinceVersion()
        {
            return 0;
        }

        public static int priceEncodingOffset()
        {
            return 0;
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
            return buffer.getLong(offset + 0, BYTE_ORDER);
        }


        public static int qtyId()
        {
            return 2;
        }

        public static int qtySinceVersion()
        {
            return 0;
        }

        public static int qtyEncodingOffset()
        {
            return 8;
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
            return buffer.getLong(offset + 8, BYTE_ORDER);
        }


        public static int sideId()
        {
            return 3;
        }

        public static int sideSinceVersion()
        {
            return 0;
        }

        public static int sideEncodingOffset()
        {
            return 16;
        }

        public static int sideEncodingLength()
        {
            return 1;
        }

        public static String sideMetaAttribute(final MetaAttribute metaAttribute)
        {
            if (MetaAttribute.PRESENCE == metaAttribute)
            {
                return "required";
            }

            return "";
        }

        public short sideRaw()
        {
            return ((short)(buffer.getByte(offset + 16) & 0xFF));
        }

        public Side side()
        {
            return Side.get(((short)(buffer.getByte(offset + 16) & 0xFF)));
        }


        public StringBuilder appendTo(final StringBuilder builder)
        {
            if (null == buffer)
            {
                return builder;
            }

            builder.append('(');
            builder.append("price=");
            builder.append(this.price());
            builder.append('|');
            builder.append("qty=");
            builder.append(this.qty());
            builder.append('|');
            builder.append("side=");
            builder.append(this.side());
            builder.append(')');

            return builder;
        }
        
        public LevelsDecoder sbeSkip()
        {

            return this;
        }
    }

    public String toString()
    {
        if (null == buffer)
        {
            return "";
        }

        final BookDeltaDecoder decoder = new BookDeltaDecoder();
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
        builder.append("[BookDelta](sbeTemplateId=");
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
        builder.append("firstUpdateId=");
        builder.append(this.firstUpdateId());
        builder.append('|');
        builder.append("lastUpdateId=");
        builder.append(this.lastUpdateId());
        builder.append('|');
        builder.append("prevLastUpdateId=");
        builder.append(this.prevLastUpdateId());
        builder.append('|');
        builder.append("flags=");
        final BatchFlagsDecoder flags = this.flags();
        if (null != flags)
        {
            flags.appendTo(builder);
        }
        else
        {
            builder.append("null");
        }
        builder.append('|');
        builder.append("levels=[");
        final int levelsOriginalOffset = levels.offset;
        final int levelsOriginalIndex = levels.index;
        final LevelsDecoder levels = this.levels();
        if (levels.count() > 0)
        {
            while (levels.hasNext())
            {
                levels.next().appendTo(builder);
                builder.append(',');
            }
            builder.setLength(builder.length() - 1);
        }
        levels.offset = levelsOriginalOffset;
        levels.index = levelsOriginalIndex;
        builder.append(']');

        limit(originalLimit);

        return builder;
    }
    
    public BookDeltaDecoder sbeSkip()
    {
        sbeRewind();
        LevelsDecoder levels = this.levels();
        if (levels.count() > 0)
        {
            while (levels.hasNext())
            {
                levels.next();
                levels.sbeSkip();
            }
        }

        return this;
    }
}
