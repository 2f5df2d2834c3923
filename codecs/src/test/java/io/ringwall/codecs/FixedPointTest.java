package io.ringwall.codecs;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedPointTest
{
    private final FixedPoint.Parser parser = new FixedPoint.Parser();

    private long parse(final String text, final int exponent)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(new UnsafeBuffer(bytes), 0, bytes.length, exponent);
    }

    @Test
    void shouldParseBinanceTextAtItsOwnScale()
    {
        assertThat(parse("61737.63000000", -8)).isEqualTo(6_173_763_000_000L);
        assertThat(parser.error()).isEqualTo(FixedPoint.Parser.OK);
        assertThat(parse("0.00000000", -8)).isZero();
        assertThat(parse("0.00100000", -8)).isEqualTo(100_000L);
    }

    @Test
    void shouldDropTrailingZerosBelowACoarserScale()
    {
        assertThat(parse("61737.63000000", -2)).isEqualTo(6_173_763L);
        assertThat(parse("1.54698000", -5)).isEqualTo(154_698L);
        assertThat(parse("7", -4)).isEqualTo(70_000L);
        assertThat(parse("7.6110", -4)).isEqualTo(76_110L);
    }

    @Test
    void shouldRefuseDigitsTheScaleCannotHold()
    {
        parse("61737.631", -2);
        assertThat(parser.error()).isEqualTo(FixedPoint.Parser.PRECISION_LOSS);
        parse("0.000000001", -8);
        assertThat(parser.error()).isEqualTo(FixedPoint.Parser.PRECISION_LOSS);
    }

    @Test
    void shouldRefuseWhatIsNotADecimal()
    {
        for (final String bad : new String[]{ "", "-", ".", "1.2.3", "1e5", "12a", " 1", "1 ", "+1", "NaN", "--1" })
        {
            parse(bad, -8);
            assertThat(parser.error()).as("'%s'", bad).isEqualTo(FixedPoint.Parser.BAD_NUMBER);
        }
    }

    @Test
    void shouldRefuseMantissasBeyondALong()
    {
        parse("92233720368.54775808", -8); // Long.MAX_VALUE + 1 at e-8
        assertThat(parser.error()).isEqualTo(FixedPoint.Parser.OVERFLOW);
        assertThat(parse("92233720368.54775807", -8)).isEqualTo(Long.MAX_VALUE);
        parse("99999999999999999999", 0);
        assertThat(parser.error()).isEqualTo(FixedPoint.Parser.OVERFLOW);
        parse("100000000000", -8);
        assertThat(parser.error()).isEqualTo(FixedPoint.Parser.OVERFLOW);
    }

    @Test
    void shouldParseNegativeValues()
    {
        assertThat(parse("-12.5", -2)).isEqualTo(-1250L);
    }

    @Test
    void shouldFormatWithoutTrailingZeros()
    {
        assertThat(FixedPoint.toString(6_173_763_000_000L, -8)).isEqualTo("61737.63");
        assertThat(FixedPoint.toString(100_000L, -8)).isEqualTo("0.001");
        assertThat(FixedPoint.toString(5L, -8)).isEqualTo("0.00000005");
        assertThat(FixedPoint.toString(0L, -8)).isEqualTo("0");
        assertThat(FixedPoint.toString(-1250L, -2)).isEqualTo("-12.5");
        assertThat(FixedPoint.toString(42L, 0)).isEqualTo("42");
        assertThat(FixedPoint.toString(Long.MIN_VALUE, -8)).isEqualTo("-92233720368.54775808");
    }

    @Test
    void shouldFormatWithEveryDecimalTheWayBinancePrints()
    {
        assertThat(FixedPoint.toFixedString(100_000L, -8)).isEqualTo("0.00100000");
        assertThat(FixedPoint.toFixedString(6_173_763_000_000L, -8)).isEqualTo("61737.63000000");
        assertThat(FixedPoint.toFixedString(76_110L, -4)).isEqualTo("7.6110");
        assertThat(FixedPoint.toFixedString(3L, 0)).isEqualTo("3");
    }

    @Test
    void shouldRoundTripThroughText()
    {
        final long[] values = { 0, 1, 9, 10, 99_999_999, 100_000_000, 6_173_763_000_000L, Long.MAX_VALUE };
        for (final long v : values)
        {
            for (int e = 0; e >= -18; e--)
            {
                assertThat(FixedPoint.parse(FixedPoint.toString(v, e), e)).isEqualTo(v);
                assertThat(FixedPoint.parse(FixedPoint.toFixedString(v, e), e)).isEqualTo(v);
            }
        }
    }

    @Test
    void shouldRescaleExactlyOrRefuse()
    {
        assertThat(FixedPoint.rescale(6_173_763L, -2, -8)).isEqualTo(6_173_763_000_000L);
        assertThat(FixedPoint.rescale(6_173_763_000_000L, -8, -2)).isEqualTo(6_173_763L);
        assertThatThrownBy(() -> FixedPoint.rescale(6_173_763_000_001L, -8, -2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedPoint.rescale(Long.MAX_VALUE, -2, -8)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldReportTheTextAndExponentWhenAStringDoesNotParse()
    {
        assertThatThrownBy(() -> FixedPoint.parse("1.234", -2))
            .isInstanceOf(NumberFormatException.class)
            .hasMessageContaining("'1.234'").hasMessageContaining("-2");
    }
}
