package io.ringwall.engine.cli;

/**
 * A tiny JSON object writer for command results (one object per line, keys in the order written).
 */
final class Json
{
    private final StringBuilder sb = new StringBuilder(256).append('{');
    private boolean first = true;

    Json field(final String name, final String value)
    {
        key(name);
        if (value == null)
        {
            sb.append("null");
        }
        else
        {
            quote(sb, value);
        }
        return this;
    }

    Json field(final String name, final long value)
    {
        key(name).append(value);
        return this;
    }

    Json field(final String name, final double value)
    {
        key(name).append(Double.isFinite(value) ? Double.toString(value) : "null");
        return this;
    }

    Json field(final String name, final boolean value)
    {
        key(name).append(value);
        return this;
    }

    /** Adds a field whose value is already JSON. */
    Json raw(final String name, final String json)
    {
        key(name).append(json);
        return this;
    }

    @Override
    public String toString()
    {
        return sb + "}";
    }

    private StringBuilder key(final String name)
    {
        if (!first)
        {
            sb.append(',');
        }
        first = false;
        quote(sb, name);
        return sb.append(':');
    }

    static void quote(final StringBuilder out, final String s)
    {
        out.append('"');
        for (int i = 0; i < s.length(); i++)
        {
            final char c = s.charAt(i);
            switch (c)
            {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        out.append(String.format("\\u%04x", (int)c));
                    }
                    else
                    {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
