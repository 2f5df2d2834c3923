package io.ringwall.gateways.json;

import io.ringwall.codecs.FixedPoint;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class JsonCursorTest
{
    private final JsonCursor cursor = new JsonCursor();

    private JsonCursor wrap(final String json)
    {
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(cursor.wrap(new UnsafeBuffer(bytes), 0, bytes.length)).isTrue();
        return cursor;
    }

    private String key()
    {
        return cursor.buffer().getStringWithoutLengthUtf8(cursor.keyStart(), cursor.keyLength());
    }

    private String string()
    {
        return cursor.buffer().getStringWithoutLengthUtf8(cursor.stringStart(), cursor.stringEnd() - cursor.stringStart());
    }

    @Test
    void shouldWalkObjectsAndArraysInAnyKeyOrder()
    {
        wrap(" { \"b\" : [ 1 , -2 ,3 ] ,\"a\":{\"x\":true,\"y\":false,\"z\":null}, \"s\":\"hi\" }\n");
        assertThat(cursor.beginObject()).isTrue();
        final List<String> seen = new ArrayList<>();
        while (cursor.nextKey())
        {
            seen.add(key());
            switch (key())
            {
                case "b":
                    assertThat(cursor.beginArray()).isTrue();
                    long sum = 0;
                    while (cursor.nextElement())
                    {
                        sum += cursor.readLong();
                    }
                    assertThat(sum).isEqualTo(2);
                    break;
                case "a":
                    assertThat(cursor.peek()).isEqualTo(JsonCursor.OBJECT);
                    assertThat(cursor.beginObject()).isTrue();
                    assertThat(cursor.nextKey()).isTrue();
                    assertThat(cursor.readBoolean()).isTrue();
                    assertThat(cursor.nextKey()).isTrue();
                    assertThat(cursor.readBoolean()).isFalse();
                    assertThat(cursor.nextKey()).isTrue();
                    assertThat(cursor.readNull()).isTrue();
                    assertThat(cursor.nextKey()).isFalse();
                    break;
                default:
                    assertThat(cursor.readString()).isTrue();
                    assertThat(string()).isEqualTo("hi");
            }
        }
        assertThat(cursor.hasError()).isFalse();
        assertThat(cursor.expectEnd()).isTrue();
        assertThat(seen).containsExactly("b", "a", "s");
    }

    @Test
    void shouldCompareKeysAndStringsWithByteConstants()
    {
        wrap("{\"e\":\"depthUpdate\",\"lastUpdateId\":1}");
        cursor.beginObject();
        cursor.nextKey();
        assertThat(cursor.singleByteKey()).isEqualTo('e');
        cursor.readString();
        assertThat(cursor.stringEquals("depthUpdate".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(cursor.stringEquals("depthUpdat".getBytes(StandardCharsets.US_ASCII))).isFalse();
        cursor.nextKey();
        assertThat(cursor.singleByteKey()).isEqualTo(-1);
        assertThat(cursor.keyEquals("lastUpdateId".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(cursor.keyEquals("lastUpdateIdx".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void shouldGiveTheRawRangeOfAStringAndFlagEscapes()
    {
        wrap("[\"plain\",\"a\\\"b\\\\c\\u00e9\\n\",\"\"]");
        cursor.beginArray();
        cursor.nextElement();
        cursor.readString();
        assertThat(string()).isEqualTo("plain");
        assertThat(cursor.stringEscaped()).isFalse();
        cursor.nextElement();
        cursor.readString();
        assertThat(string()).isEqualTo("a\\\"b\\\\c\\u00e9\\n");
        assertThat(cursor.stringEscaped()).isTrue();
        cursor.nextElement();
        cursor.readString();
        assertThat(cursor.stringEnd()).isEqualTo(cursor.stringStart());
        assertThat(cursor.nextElement()).isFalse();
        assertThat(cursor.hasError()).isFalse();
    }

    @Test
    void shouldReadLongsAndDetectOverflow()
    {
        assertThat(readLong("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(cursor.hasError()).isFalse();
        assertThat(readLong("-9223372036854775807")).isEqualTo(-Long.MAX_VALUE);
        assertThat(readLong("5123107832006")).isEqualTo(5_123_107_832_006L);
        readLong("9223372036854775808");
        assertThat(cursor.error()).isEqualTo(JsonCursor.OVERFLOW);
        readLong("1234567890123456789012345");
        assertThat(cursor.error()).isEqualTo(JsonCursor.OVERFLOW);
        for (final String notAnInteger : new String[]{ "1.5", "1e5", "\"1\"", "-", "true", "12a", "" })
        {
            readLong(notAnInteger);
            assertThat(cursor.error()).as(notAnInteger).isIn(JsonCursor.BAD_NUMBER, JsonCursor.MALFORMED);
        }
    }

    private long readLong(final String json)
    {
        wrap("[" + json + "]").beginArray();
        cursor.nextElement();
        return cursor.readLong();
    }

    @Test
    void shouldSkipAnyValueAndCheckItIsWellFormed()
    {
        wrap("{\"k\":{\"a\":[1,2.5,-3e-7,1E+2,\"x\\\"]}\",{},[],[[[]]],true,false,null],\"b\":{}},\"after\":7}");
        cursor.beginObject();
        cursor.nextKey();
        assertThat(cursor.skipValue()).isTrue();
        assertThat(cursor.nextKey()).isTrue();
        assertThat(key()).isEqualTo("after");
        assertThat(cursor.readLong()).isEqualTo(7);
        assertThat(cursor.nextKey()).isFalse();
        assertThat(cursor.expectEnd()).isTrue();

        for (final String bad : new String[]{ "[1,,2]", "[1 2]", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{\"a\":1]", "[1}", "\"open",
            "\"bad\\q\"", "\"\\u12g4\"", "tru", "nul", "-", "1.", "1e", "01x", "{1:2}", "{\"a\":}", "[" })
        {
            wrap(bad);
            assertThat(cursor.skipValue()).as(bad).isFalse();
            assertThat(cursor.error()).as(bad).isEqualTo(JsonCursor.MALFORMED);
            assertThat(cursor.errorPosition()).as(bad).isBetween(0, bad.length());
        }
    }

    @Test
    void shouldRefuseControlCharactersInStrings()
    {
        wrap("\"a\u0001b\"");
        assertThat(cursor.readString()).isFalse();
        assertThat(cursor.errorPosition()).isEqualTo(2);
    }

    @Test
    void shouldRefuseNestingDeeperThanTheLimit()
    {
        wrap("[".repeat(JsonCursor.MAX_DEPTH) + "]".repeat(JsonCursor.MAX_DEPTH));
        assertThat(cursor.skipValue()).isTrue();
        wrap("[".repeat(JsonCursor.MAX_DEPTH + 1) + "]".repeat(JsonCursor.MAX_DEPTH + 1));
        assertThat(cursor.skipValue()).isFalse();
        assertThat(cursor.error()).isEqualTo(JsonCursor.TOO_DEEP);
        assertThat(cursor.errorPosition()).isEqualTo(JsonCursor.MAX_DEPTH);
    }

    @Test
    void shouldReportWhereAndWhyItStopped()
    {
        wrap("{\"a\":1,\"b\":x}");
        cursor.beginObject();
        cursor.nextKey();
        cursor.readLong();
        cursor.nextKey();
        assertThat(cursor.skipValue()).isFalse();
        assertThat(cursor.error()).isEqualTo(JsonCursor.MALFORMED);
        assertThat(cursor.errorPosition()).isEqualTo(11);

        wrap("[\"abc\"]");
        cursor.beginArray();
        cursor.nextElement();
        cursor.readDecimal(-8);
        assertThat(cursor.error()).isEqualTo(JsonCursor.BAD_NUMBER);
        assertThat(cursor.errorPosition()).isEqualTo(1);

        wrap("[1]");
        assertThat(cursor.beginObject()).isFalse();
        assertThat(cursor.error()).isEqualTo(JsonCursor.WRONG_TYPE);
    }

    @Test
    void shouldNeverReadBeyondTheWrappedRange()
    {
        final byte[] bytes = "xx{\"a\":\"12\"}yy".getBytes(StandardCharsets.US_ASCII);
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        cursor.wrap(buffer, 2, 8); // {"a":"12 : the closing quote lies outside
        cursor.beginObject();
        cursor.nextKey();
        cursor.readDecimal(0);
        assertThat(cursor.error()).isEqualTo(JsonCursor.MALFORMED);
        assertThat(cursor.errorPosition()).isEqualTo(10);

        assertThat(cursor.wrap(buffer, 10, 10)).isFalse();
        assertThat(cursor.beginObject()).isFalse();
        assertThat(cursor.wrap(buffer, -1, 3)).isFalse();
    }

    @Test
    void shouldReadFromOffHeapMemory()
    {
        final byte[] bytes = "{\"p\":\"61737.63000000\",\"t\":3735683259}".getBytes(StandardCharsets.US_ASCII);
        final UnsafeBuffer direct = new UnsafeBuffer(ByteBuffer.allocateDirect(bytes.length + 16), 8, bytes.length);
        direct.putBytes(0, bytes);
        assertThat(cursor.wrap(direct, 0, bytes.length)).isTrue();
        cursor.beginObject();
        cursor.nextKey();
        assertThat(cursor.readDecimal(-8)).isEqualTo(6_173_763_000_000L);
        cursor.nextKey();
        assertThat(cursor.readLong()).isEqualTo(3_735_683_259L);
        assertThat(cursor.nextKey()).isFalse();
        assertThat(cursor.expectEnd()).isTrue();
    }

    @Test
    void shouldComeBackToAMark()
    {
        wrap("{\"b\":[[\"1.5\",\"2\"]],\"s\":\"X\"}");
        cursor.beginObject();
        cursor.nextKey();
        final long levels = cursor.mark();
        cursor.skipValue();
        cursor.nextKey();
        cursor.readString();
        assertThat(cursor.nextKey()).isFalse();
        final long end = cursor.mark();

        cursor.reset(levels);
        cursor.beginArray();
        cursor.nextElement();
        cursor.beginArray();
        cursor.nextElement();
        assertThat(cursor.readDecimal(-1)).isEqualTo(15);
        cursor.nextElement();
        assertThat(cursor.readDecimal(-1)).isEqualTo(20);
        assertThat(cursor.nextElement()).isFalse();
        assertThat(cursor.nextElement()).isFalse();
        cursor.reset(end);
        assertThat(cursor.expectEnd()).isTrue();
        assertThat(cursor.hasError()).isFalse();
    }

    @Test
    void shouldReadQuotedAndBareDecimalsExactlyAsTheFixedPointParser()
    {
        final Random random = new Random(42);
        final String alphabet = "0123456789000.-e \\\"a";
        int exact = 0;
        for (int i = 0; i < 50_000; i++)
        {
            final StringBuilder text = new StringBuilder();
            final int length = random.nextInt(24);
            for (int c = 0; c < length; c++)
            {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char)('0' + random.nextInt(10)));
            }
            if (random.nextBoolean() && length > 2)
            {
                text.insert(random.nextInt(length), '.');
            }
            exact += checkAgainstParser(text.toString(), -random.nextInt(19), random) ? 1 : 0;
        }
        assertThat(exact).as("texts that parse, so the fast paths are exercised").isGreaterThan(5_000);
    }

    @Test
    void shouldReadVenueShapedDecimalsExactlyAsTheFixedPointParser()
    {
        final Random random = new Random(7);
        int exact = 0;
        for (int i = 0; i < 100_000; i++)
        {
            final StringBuilder text = new StringBuilder(random.nextInt(10) == 0 ? "-" : "");
            final int integerDigits = random.nextInt(10);
            for (int c = 0; c < integerDigits; c++)
            {
                text.append((char)('0' + random.nextInt(10)));
            }
            if (random.nextInt(5) > 0)
            {
                text.append('.');
                final int fractionDigits = random.nextInt(11);
                for (int c = 0; c < fractionDigits; c++)
                {
                    text.append(random.nextInt(3) == 0 ? '0' : (char)('0' + random.nextInt(10)));
                }
            }
            exact += checkAgainstParser(text.toString(), -random.nextInt(11), random) ? 1 : 0;
        }
        assertThat(exact).isGreaterThan(30_000);
    }

    /**
     * Reads the text as a quoted decimal and, if it is a JSON number, as a bare one, each followed by an
     * element long enough (or not) for the word-at-a-time path to read ahead.
     */
    private boolean checkAgainstParser(final String text, final int exponent, final Random random)
    {
        final byte[] raw = text.getBytes(StandardCharsets.US_ASCII);
        final FixedPoint.Parser parser = new FixedPoint.Parser();
        final long expected = parser.parse(new UnsafeBuffer(raw), 0, raw.length, exponent);
        final String after = random.nextBoolean() ? ",\"" + "x".repeat(20) + "\"]" : "]";
        if (text.indexOf('"') < 0 && text.indexOf('\\') < 0)
        {
            assertDecimal("[\"" + text + "\"" + after, exponent, expected, parser.error());
        }
        if (text.matches("-?[0-9][0-9.]*") && !text.endsWith("."))
        {
            assertDecimal("[" + text + after, exponent, expected, parser.error());
        }
        return parser.error() == FixedPoint.Parser.OK;
    }

    private void assertDecimal(final String json, final int exponent, final long expected, final int parserError)
    {
        wrap(json).beginArray();
        cursor.nextElement();
        final long value = cursor.readDecimal(exponent);
        final String context = json + " at 1e" + exponent;
        switch (parserError)
        {
            case FixedPoint.Parser.OK:
                assertThat(cursor.hasError()).as(context).isFalse();
                assertThat(value).as(context).isEqualTo(expected);
                if (cursor.nextElement())
                {
                    assertThat(cursor.readString()).as(context).isTrue();
                    assertThat(cursor.nextElement()).as(context).isFalse();
                }
                assertThat(cursor.hasError()).as(context).isFalse();
                assertThat(cursor.expectEnd()).as(context).isTrue();
                break;
            case FixedPoint.Parser.PRECISION_LOSS:
                assertThat(cursor.error()).as(context).isEqualTo(JsonCursor.PRECISION_LOSS);
                break;
            case FixedPoint.Parser.OVERFLOW:
                assertThat(cursor.error()).as(context).isEqualTo(JsonCursor.OVERFLOW);
                break;
            default:
                assertThat(cursor.error()).as(context).isIn(JsonCursor.BAD_NUMBER, JsonCursor.MALFORMED);
        }
    }

    @Test
    void shouldReadDecimalPairsCompactOrNot()
    {
        final String padding = ",\"" + "x".repeat(20) + "\"]";
        for (final String level : new String[]{ "[\"61737.63000000\",\"0.00100000\"]", "[ \"61737.63\" , \"0.001\" ]",
            "[\"61737.63000000\",\"0.00100000\",\"0\",\"4\"]", "[61737.63,0.001]", "[\"61737.63\",0.001,{\"x\":[1]}]" })
        {
            wrap("[" + level + padding).beginArray();
            cursor.nextElement();
            assertThat(cursor.readDecimalPair(-8, -8)).as(level).isTrue();
            assertThat(cursor.firstDecimal()).as(level).isEqualTo(6_173_763_000_000L);
            assertThat(cursor.secondDecimal()).as(level).isEqualTo(100_000L);
            final int token = level.indexOf("\"61737") >= 0 ? level.indexOf("\"61737") : level.indexOf("61737");
            assertThat(cursor.firstDecimalStart()).as("where the value's token starts").isEqualTo(1 + token);
            assertThat(cursor.nextElement()).as(level).isTrue();
            assertThat(cursor.readString()).as(level).isTrue();
            assertThat(cursor.nextElement()).as(level).isFalse();
            assertThat(cursor.expectEnd()).as(level).isTrue();
        }

        wrap("[[\"1.5\"]]").beginArray();
        cursor.nextElement();
        assertThat(cursor.readDecimalPair(-8, -8)).isFalse();
        assertThat(cursor.error()).isEqualTo(JsonCursor.SHORT_ARRAY);

        final String bad = "[[\"61737.63000000\",\"0.001000001\"]" + padding;
        wrap(bad).beginArray();
        cursor.nextElement();
        assertThat(cursor.readDecimalPair(-8, -8)).isFalse();
        assertThat(cursor.error()).isEqualTo(JsonCursor.PRECISION_LOSS);
        assertThat(cursor.errorPosition()).isEqualTo(bad.indexOf("\"0.001000001"));

        wrap("[[\"61737.63000000\",\"0.00100000\"" + "x".repeat(30)).beginArray();
        cursor.nextElement();
        assertThat(cursor.readDecimalPair(-8, -8)).isFalse();
        assertThat(cursor.error()).isEqualTo(JsonCursor.MALFORMED);
    }

    @Test
    void shouldReadTheDecimalsVenuesSend()
    {
        assertThat(decimal("\"61737.63000000\"", -8)).isEqualTo(6_173_763_000_000L);
        assertThat(decimal("\"0.00000000\"", -8)).isZero();
        assertThat(decimal("\"7.6110\"", -4)).isEqualTo(76_110L);
        assertThat(decimal("\"297\"", -8)).isEqualTo(29_700_000_000L);
        assertThat(decimal("0.5", -2)).isEqualTo(50L);
        assertThat(decimal("\"92233720368.54775807\"", -8)).isEqualTo(Long.MAX_VALUE);
        decimal("\"92233720368.54775808\"", -8);
        assertThat(cursor.error()).isEqualTo(JsonCursor.OVERFLOW);
        decimal("\"1.123456789\"", -8);
        assertThat(cursor.error()).isEqualTo(JsonCursor.PRECISION_LOSS);
        decimal("1.5e3", -8);
        assertThat(cursor.error()).isEqualTo(JsonCursor.BAD_NUMBER);
        decimal("null", -8);
        assertThat(cursor.error()).isEqualTo(JsonCursor.BAD_NUMBER);
    }

    private long decimal(final String json, final int exponent)
    {
        wrap("[" + json + "]").beginArray();
        cursor.nextElement();
        return cursor.readDecimal(exponent);
    }
}
