package io.ringwall.engine.report;

/**
 * A small streaming JSON writer for the report: keys in the order written, non-finite numbers as null (JSON has
 * no NaN or Infinity; the report's Javadoc says which metrics can be undefined).
 */
final class JsonOut
{
    private final StringBuilder sb = new StringBuilder(4096);
    private boolean needComma;

    JsonOut beginObject()
    {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    JsonOut endObject()
    {
        sb.append('}');
        needComma = true;
        return this;
    }

    JsonOut beginArray(final String name)
    {
        key(name);
        sb.append('[');
        needComma = false;
        return this;
    }

    JsonOut endArray()
    {
        sb.append(']');
        needComma = true;
        return this;
    }

    JsonOut beginObject(final String name)
    {
        key(name);
        sb.append('{');
        needComma = false;
        return this;
    }

    JsonOut field(final String name, final String value)
    {
        key(name);
        quote(value);
        needComma = true;
        return this;
    }

    JsonOut field(final String name, final long value)
    {
        key(name);
        sb.append(value);
        needComma = true;
        return this;
    }

    JsonOut field(final String name, final double value)
    {
        key(name);
        sb.append(Double.isFinite(value) ? Double.toString(value) : "null");
        needComma = true;
        return this;
    }

    /** A number already formatted as JSON (an exact decimal). */
    JsonOut number(final String name, final String decimal)
    {
        key(name);
        sb.append(decimal);
        needComma = true;
        return this;
    }

    private void key(final String name)
    {
        comma();
        quote(name);
        sb.append(':');
    }

    private void comma()
    {
        if (needComma)
        {
            sb.append(',');
        }
    }

    private void quote(final String s)
    {
        sb.append('"');
        for (int i = 0; i < s.length(); i++)
        {
            final char c = s.charAt(i);
            if (c == '"' || c == '\\')
            {
                sb.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int)c));
            }
            else
            {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    @Override
    public String toString()
    {
        return sb.toString();
    }
}
