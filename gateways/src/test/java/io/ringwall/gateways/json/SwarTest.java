package io.ringwall.gateways.json;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SwarTest
{
    @Test
    void shouldAgreeWithAByteLoopOnEveryByteValueInEveryPosition()
    {
        final Random random = new Random(3);
        for (int position = 0; position < 8; position++)
        {
            for (int value = 0; value < 256; value++)
            {
                for (int trial = 0; trial < 20; trial++)
                {
                    long word = 0;
                    for (int i = 0; i < 8; i++)
                    {
                        // Mostly digits and plain text, so that the byte under test is often the first special one.
                        final int b = i == position ? value : random.nextInt(3) == 0 ? random.nextInt(256) : '0' + random.nextInt(10);
                        word |= (long)b << (8 * i);
                    }
                    assertThat(Swar.leadingDigits(word)).as("%016x", word).isEqualTo(naiveLeadingDigits(word));
                    assertThat(Swar.specialStringBytes(word)).as("%016x", word).isEqualTo(naiveSpecialBytes(word));
                }
            }
        }
    }

    @Test
    void shouldConvertOneToEightDigits()
    {
        final Random random = new Random(5);
        for (int trial = 0; trial < 100_000; trial++)
        {
            final int count = 1 + random.nextInt(8);
            long word = 0;
            long expected = 0;
            for (int i = 0; i < 8; i++)
            {
                final int digit = random.nextInt(10);
                word |= (long)('0' + digit) << (8 * i);
                if (i < count)
                {
                    expected = expected * 10 + digit;
                }
            }
            assertThat(Swar.digitsValue(word, count)).isEqualTo(expected);
        }
        assertThat(Swar.digitsValue(0x3939393939393939L, 8)).isEqualTo(99_999_999L);
    }

    private static int naiveLeadingDigits(final long word)
    {
        int count = 0;
        while (count < 8)
        {
            final int b = (int)(word >>> (8 * count)) & 0xFF;
            if (b < '0' || b > '9')
            {
                break;
            }
            count++;
        }
        return count;
    }

    private static long naiveSpecialBytes(final long word)
    {
        long bits = 0;
        for (int i = 0; i < 8; i++)
        {
            final int b = (int)(word >>> (8 * i)) & 0xFF;
            if (b == '"' || b == '\\' || b < 0x20)
            {
                bits |= 0x80L << (8 * i);
            }
        }
        return bits;
    }
}
