package io.ringwall.engine.config;

import java.util.Locale;

/**
 * Durations as operators type them: "250ms", "30s", "5m", "1h", "1h30m", or plain seconds ("30").
 */
public final class Durations
{
    private Durations()
    {
    }

    /**
     * @param text the duration.
     * @return milliseconds.
     * @throws IllegalArgumentException with a message saying what is accepted.
     */
    public static long parseMillis(final String text)
    {
        final String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty())
        {
            throw new IllegalArgumentException(usage(text));
        }
        long total = 0;
        int i = 0;
        boolean any = false;
        while (i < s.length())
        {
            final int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.'))
            {
                i++;
            }
            if (start == i)
            {
                throw new IllegalArgumentException(usage(text));
            }
            final double number;
            try
            {
                number = Double.parseDouble(s.substring(start, i));
            }
            catch (final NumberFormatException ex)
            {
                throw new IllegalArgumentException(usage(text));
            }
            final int unitStart = i;
            while (i < s.length() && Character.isLetter(s.charAt(i)))
            {
                i++;
            }
            final String unit = s.substring(unitStart, i);
            final double factor;
            switch (unit)
            {
                case "ms": factor = 1; break;
                case "":
                case "s": factor = 1_000; break;
                case "m":
                case "min": factor = 60_000; break;
                case "h": factor = 3_600_000; break;
                case "d": factor = 86_400_000; break;
                default: throw new IllegalArgumentException(usage(text));
            }
            if (unit.isEmpty() && i < s.length())
            {
                throw new IllegalArgumentException(usage(text));
            }
            total += Math.round(number * factor);
            any = true;
        }
        if (!any)
        {
            throw new IllegalArgumentException(usage(text));
        }
        return total;
    }

    /**
     * @param ms milliseconds.
     * @return a short form such as "1h", "30s" or "250ms".
     */
    public static String format(final long ms)
    {
        if (ms % 3_600_000 == 0 && ms > 0)
        {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0)
        {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0)
        {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }

    private static String usage(final String text)
    {
        return "'" + text + "' is not a duration (use e.g. 250ms, 30s, 5m, 1h, 1h30m)";
    }
}
