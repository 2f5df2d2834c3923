package io.ringwall.journal;

import org.agrona.DirectBuffer;

/**
 * Time and string formatting shared by the printers: ISO-8601 UTC with nanoseconds, and quoting that keeps
 * output plain printable ASCII whatever bytes an event holds (a terminal must never receive a raw escape
 * sequence from a rejected frame).
 */
final class TextFormat
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TextFormat()
    {
    }

    /**
     * Appends a time as ISO-8601 UTC with all nine fraction digits, e.g. 2024-08-08T00:00:00.123456789Z;
     * fixed width, so that lines of a tail align and sort as text.
     *
     * @param out    where to append.
     * @param epochNs nanoseconds since the Unix epoch.
     * @return {@code out}.
     */
    static StringBuilder appendIsoTime(final StringBuilder out, final long epochNs)
    {
        final long seconds = Math.floorDiv(epochNs, NANOS_PER_SECOND);
        final long nanos = Math.floorMod(epochNs, NANOS_PER_SECOND);
        final long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        final int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);

        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm), proleptic Gregorian like java.time.
        final long z = days + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long dayOfEra = z - era * 146_097;
        final long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long mp = (5 * dayOfYear + 2) / 153;
        final int day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        final int month = (int)(mp < 10 ? mp + 3 : mp - 9);
        final long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

        appendPadded(out, year, 4).append('-');
        appendPadded(out, month, 2).append('-');
        appendPadded(out, day, 2).append('T');
        appendPadded(out, secondOfDay / 3600, 2).append(':');
        appendPadded(out, secondOfDay / 60 % 60, 2).append(':');
        appendPadded(out, secondOfDay % 60, 2).append('.');
        return appendPadded(out, nanos, 9).append('Z');
    }

    /**
     * Appends bytes declared as ASCII, escaped for a JSON string: quote, backslash and control characters
     * escaped, and bytes 0x7F-0xFF as a \\u escape of the byte's value (each byte read as Latin-1), so no
     * byte is lost or merged with its neighbours.
     *
     * @param out    where to append.
     * @param buffer holding the bytes.
     * @param offset first byte.
     * @param length how many.
     * @return {@code out}.
     */
    static StringBuilder appendEscaped(final StringBuilder out, final DirectBuffer buffer, final int offset, final int length)
    {
        for (int i = 0; i < length; i++)
        {
            appendEscaped(out, (char)(buffer.getByte(offset + i) & 0xFF));
        }
        return out;
    }

    /**
     * Appends text escaped for a JSON string, every character outside printable ASCII as a \\u escape.
     *
     * @param out  where to append.
     * @param text the text.
     * @return {@code out}.
     */
    static StringBuilder appendEscaped(final StringBuilder out, final CharSequence text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            appendEscaped(out, text.charAt(i));
        }
        return out;
    }

    private static void appendEscaped(final StringBuilder out, final char c)
    {
        switch (c)
        {
            case '"': out.append("\\\""); return;
            case '\\': out.append("\\\\"); return;
            case '\n': out.append("\\n"); return;
            case '\r': out.append("\\r"); return;
            case '\t': out.append("\\t"); return;
            case '\b': out.append("\\b"); return;
            case '\f': out.append("\\f"); return;
            default:
                if (c < 0x20 || c >= 0x7F)
                {
                    out.append("\\u").append(HEX[c >>> 12]).append(HEX[(c >>> 8) & 0xF])
                        .append(HEX[(c >>> 4) & 0xF]).append(HEX[c & 0xF]);
                }
                else
                {
                    out.append(c);
                }
        }
    }

    private static StringBuilder appendPadded(final StringBuilder out, final long value, final int width)
    {
        long limit = 10;
        for (int i = 1; i < width; i++)
        {
            if (value < limit)
            {
                out.append('0');
            }
            limit *= 10;
        }
        return out.append(value);
    }
}
