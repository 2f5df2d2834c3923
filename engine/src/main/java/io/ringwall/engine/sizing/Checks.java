package io.ringwall.engine.sizing;

/**
 * Constructor-time parameter checks for the sizers: each failure names the parameter, so a bad config line is
 * found from the message alone.
 */
final class Checks
{
    private Checks()
    {
    }

    static double positive(final String name, final double value)
    {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY)
        {
            throw new IllegalArgumentException(name + " must be positive and finite: " + value);
        }
        return value;
    }

    static double inUnitInterval(final String name, final double value)
    {
        if (!(value > 0 && value <= 1))
        {
            throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
        }
        return value;
    }

    static long positive(final String name, final long value)
    {
        if (value <= 0)
        {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    static int atLeast(final String name, final int value, final int min)
    {
        if (value < min)
        {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }
}
