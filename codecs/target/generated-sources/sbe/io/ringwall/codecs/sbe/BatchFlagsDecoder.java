/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

import org.agrona.DirectBuffer;
import org.agrona.sbe.*;


/**
 * A venue message may span several events; the book is consistent only after LAST
 */
@SuppressWarnings("all")
public final class BatchFlagsDecoder implements Flyweight
{
    public static final int SCHEMA_ID = 7;
    public static final int SCHEMA_VERSION = 0;
    public static final String SEMANTIC_VERSION = "0.1";
    public static final int ENCODED_LENGTH = 1;
    public static final java.nio.ByteOrder BYTE_ORDER = java.nio.ByteOrder.LITTLE_ENDIAN;

    private int offset;
    private DirectBuffer buffer;

    public BatchFlagsDecoder wrap(final DirectBuffer buffer, final int offset)
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

    public boolean isEmpty()
    {
        return 0 == buffer.getByte(offset);
    }

    public short getRaw()
    {
        return ((short)(buffer.getByte(offset) & 0xFF));
    }

    public boolean fIRST()
    {
        return 0 != (buffer.getByte(offset) & (1 << 0));
    }

    public static boolean fIRST(final byte value)
    {
        return 0 != (value & (1 << 0));
    }

    public boolean lAST()
    {
        return 0 != (buffer.getByte(offset) & (1 << 1));
    }

    public static boolean lAST(final byte value)
    {
        return 0 != (value & (1 << 1));
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
        builder.append('{');
        boolean atLeastOne = false;
        if (fIRST())
        {
            if (atLeastOne)
            {
                builder.append(',');
            }
            builder.append("fIRST");
            atLeastOne = true;
        }
        if (lAST())
        {
            if (atLeastOne)
            {
                builder.append(',');
            }
            builder.append("lAST");
            atLeastOne = true;
        }
        builder.append('}');

        return builder;
    }
}
