package io.ringwall.gateways.json;

/**
 * Arithmetic on eight text bytes held in one {@code long} (SWAR: SIMD within a register), first byte in the
 * lowest bits: finding digits and string delimiters and converting digits without a loop per byte.
 */
final class Swar
{
    private static final long ASCII_ZEROS = 0x3030303030303030L;

    private Swar()
    {
    }

    /**
     * How many of a word's bytes, first byte first, are ASCII digits: 0 to 8. A carry out of a non-digit byte
     * can only disturb the bytes after it, never the count of digits before it.
     */
    static int leadingDigits(final long word)
    {
        final long nonDigits = ((word & 0xF0F0F0F0F0F0F0F0L) ^ ASCII_ZEROS) |
            (((word + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) ^ ASCII_ZEROS);
        return Long.numberOfTrailingZeros(nonDigits) >>> 3;
    }

    /**
     * The value of a word's first {@code count} digits (1 to 8): shifted so the digits end the word, with zeros
     * before them, then summed in pairs, quads and octets.
     */
    static long digitsValue(final long word, final int count)
    {
        // Each multiply adds a lane to ten, a hundred or ten thousand times its neighbour (Lemire's form).
        long v = (word & 0x0F0F0F0F0F0F0F0FL) << ((8 - count) << 3);
        v = (v * 2561) >>> 8;
        v = ((v & 0x00FF00FF00FF00FFL) * 6553601) >>> 16;
        return ((v & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
    }

    /**
     * The high bit of each byte of a word that ends or escapes a string or may not appear in one: a quote, a
     * backslash or a control character. Exact for every byte (no borrow crosses bytes), unlike the shorter
     * zero-byte test.
     */
    static long specialStringBytes(final long word)
    {
        final long quotes = word ^ 0x2222222222222222L;
        final long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
        final long quoteBits = ~(((quotes & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | quotes);
        final long backslashBits = ~(((backslashes & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | backslashes);
        final long controlBits = ~(((word & 0x7F7F7F7F7F7F7F7FL) + 0x6060606060606060L) | word);
        return (quoteBits | backslashBits | controlBits) & 0x8080808080808080L;
    }
}
