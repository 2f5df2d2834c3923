package io.ringwall.codecs;

import org.agrona.DirectBuffer;

/**
 * Fixed-point decimals: a value is a {@code long} mantissa times 10^exponent, with the exponent fixed
 * per instrument (-8 means eight decimals). Parsing reads the venue's decimal text directly, never
 * through {@code double} or {@code BigDecimal}, so checksums and replays see exactly the exchange's digits.
 */
public final class FixedPoint
{
    /** The most decimals an exponent may ask for; 10^18 is the largest power of ten in a long. */
    public static final int MAX_DECIMALS = 18;

    private static final long[] POWERS_OF_TEN = new long[MAX_DECIMALS + 1];

    static
    {
        long p = 1;
        for (int i = 0; i <= MAX_DECIMALS; i++)
        {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private FixedPoint()
    {
    }

    /**
     * 10^n for n in [0, 18].
     *
     * @param n the power.
     * @return 10^n.
     */
    public static long powerOfTen(final int n)
    {
        return POWERS_OF_TEN[n];
    }

    /**
     * Checks that an exponent is one this engine can represent.
     *
     * @param exponent the candidate exponent.
     * @return true when it lies in [-18, 0].
     */
    public static boolean isValidExponent(final int exponent)
    {
        return exponent <= 0 && exponent >= -MAX_DECIMALS;
    }

    /**
     * Rescales a mantissa to another exponent, exactly or not at all.
     *
     * @param mantissa     the value's mantissa at {@code fromExponent}.
     * @param fromExponent its exponent.
     * @param toExponent   the wanted exponent.
     * @return the mantissa at {@code toExponent}.
     * @throws ArithmeticException if the value cannot be represented exactly at the new exponent.
     */
    public static long rescale(final long mantissa, final int fromExponent, final int toExponent)
    {
        if (fromExponent == toExponent)
        {
            return mantissa;
        }
        if (toExponent < fromExponent)
        {
            return Math.multiplyExact(mantissa, POWERS_OF_TEN[fromExponent - toExponent]);
        }
        final long divisor = POWERS_OF_TEN[toExponent - fromExponent];
        if (mantissa % divisor != 0)
        {
            throw new ArithmeticException("value " + mantissa + "e" + fromExponent + " has digits below 1e" + toExponent);
        }
        return mantissa / divisor;
    }

    /**
     * The value as a double, for feature math only (never for book or order arithmetic).
     *
     * @param mantissa the mantissa.
     * @param exponent the exponent.
     * @return mantissa * 10^exponent.
     */
    public static double toDouble(final long mantissa, final int exponent)
    {
        return mantissa / (double)POWERS_OF_TEN[-exponent];
    }

    /**
     * Formats a value as plain decimal text without trailing zeros: 6173763000000e-8 is "61737.63".
     * Allocates; for tools and reports, not the hot path.
     *
     * @param mantissa the mantissa.
     * @param exponent the exponent, in [-18, 0].
     * @return the decimal text.
     */
    public static String toString(final long mantissa, final int exponent)
    {
        return append(new StringBuilder(24), mantissa, exponent).toString();
    }

    /**
     * Appends a value as plain decimal text without trailing zeros.
     *
     * @param out      where to append.
     * @param mantissa the mantissa.
     * @param exponent the exponent, in [-18, 0].
     * @return {@code out}.
     */
    public static StringBuilder append(final StringBuilder out, final long mantissa, final int exponent)
    {
        final int decimals = -exponent;
        if (decimals == 0)
        {
            return out.append(mantissa);
        }
        final long scale = POWERS_OF_TEN[decimals];
        // Long.MIN_VALUE has no positive twin: split before negating.
        long intPart = mantissa / scale;
        long fraction = mantissa % scale;
        if (mantissa < 0)
        {
            out.append('-');
            intPart = -intPart;
            fraction = -fraction;
        }
        out.append(intPart);
        if (fraction != 0)
        {
            int digits = decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            final int start = out.length();
            out.append(fraction);
            for (int pad = digits - (out.length() - start); pad > 0; pad--)
            {
                out.insert(start, '0');
            }
        }
        return out;
    }

    /**
     * Formats a value with exactly {@code -exponent} decimals, the way Binance prints them ("0.00100000").
     *
     * @param mantissa the mantissa (not negative).
     * @param exponent the exponent.
     * @return the text.
     */
    public static String toFixedString(final long mantissa, final int exponent)
    {
        final int decimals = -exponent;
        final StringBuilder out = new StringBuilder(24);
        if (decimals == 0)
        {
            return out.append(mantissa).toString();
        }
        final long scale = POWERS_OF_TEN[decimals];
        long intPart = mantissa / scale;
        long fraction = mantissa % scale;
        if (mantissa < 0)
        {
            out.append('-');
            intPart = -intPart;
            fraction = -fraction;
        }
        out.append(intPart).append('.');
        final String digits = Long.toString(fraction);
        for (int i = digits.length(); i < decimals; i++)
        {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    /**
     * Parses decimal text held in a String, exactly. For config and tests; allocates nothing beyond the parser.
     *
     * @param text     the decimal text, e.g. "61737.63000000".
     * @param exponent the exponent to express it at.
     * @return the mantissa.
     * @throws NumberFormatException if the text is not a decimal or does not fit exactly.
     */
    public static long parse(final CharSequence text, final int exponent)
    {
        final byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++)
        {
            final char c = text.charAt(i);
            bytes[i] = c < 128 ? (byte)c : (byte)'?';
        }
        final Parser parser = new Parser();
        final long value = parser.parse(new org.agrona.concurrent.UnsafeBuffer(bytes), 0, bytes.length, exponent);
        if (parser.error() != Parser.OK)
        {
            throw new NumberFormatException("'" + text + "' at exponent " + exponent + ": " + Parser.describe(parser.error()));
        }
        return value;
    }

    /**
     * A reusable, allocation-free decimal parser. Errors are reported through {@link #error()} rather than
     * exceptions, because bad input is an expected event on a market-data path, not an exceptional one.
     */
    public static final class Parser
    {
        /** Parsed exactly. */
        public static final int OK = 0;
        /** Empty text, a stray character, or no digits. */
        public static final int BAD_NUMBER = 1;
        /** Non-zero digits below the instrument's exponent: the value cannot be held exactly. */
        public static final int PRECISION_LOSS = 2;
        /** The mantissa does not fit a long. */
        public static final int OVERFLOW = 3;

        private int error;

        /**
         * Parses {@code [-]digits[.digits]} from {@code buffer[start, end)}.
         *
         * @param buffer   the bytes.
         * @param start    first byte of the number.
         * @param end      one past its last byte.
         * @param exponent the exponent to express it at, in [-18, 0].
         * @return the mantissa, or 0 with {@link #error()} set.
         */
        public long parse(final DirectBuffer buffer, final int start, final int end, final int exponent)
        {
            final int decimals = -exponent;
            int i = start;
            boolean negative = false;
            if (i < end && buffer.getByte(i) == '-')
            {
                negative = true;
                i++;
            }

            long value = 0;
            int digits = 0;
            for (; i < end; i++)
            {
                final int d = buffer.getByte(i) - '0';
                if (d < 0 || d > 9)
                {
                    break;
                }
                if (value > (Long.MAX_VALUE - d) / 10)
                {
                    return fail(OVERFLOW);
                }
                value = value * 10 + d;
                digits++;
            }

            int fractionDigits = 0;
            if (i < end && buffer.getByte(i) == '.')
            {
                i++;
                for (; i < end; i++)
                {
                    final int d = buffer.getByte(i) - '0';
                    if (d < 0 || d > 9)
                    {
                        break;
                    }
                    digits++;
                    if (fractionDigits < decimals)
                    {
                        if (value > (Long.MAX_VALUE - d) / 10)
                        {
                            return fail(OVERFLOW);
                        }
                        value = value * 10 + d;
                        fractionDigits++;
                    }
                    else if (d != 0)
                    {
                        return fail(PRECISION_LOSS);
                    }
                }
            }

            if (i != end || digits == 0)
            {
                return fail(BAD_NUMBER);
            }

            final long scale = POWERS_OF_TEN[decimals - fractionDigits];
            if (value > Long.MAX_VALUE / scale)
            {
                return fail(OVERFLOW);
            }
            error = OK;
            value *= scale;
            return negative ? -value : value;
        }

        /**
         * The outcome of the last {@link #parse}.
         *
         * @return {@link #OK} or an error code.
         */
        public int error()
        {
            return error;
        }

        /**
         * A readable name for an error code.
         *
         * @param error the code.
         * @return its description.
         */
        public static String describe(final int error)
        {
            switch (error)
            {
                case OK: return "ok";
                case BAD_NUMBER: return "not a decimal number";
                case PRECISION_LOSS: return "more decimals than the instrument's exponent allows";
                case OVERFLOW: return "too large for a 64-bit mantissa";
                default: return "error " + error;
            }
        }

        private long fail(final int code)
        {
            error = code;
            return 0;
        }
    }
}
