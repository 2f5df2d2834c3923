package io.ringwall.gateways.json;

import io.ringwall.codecs.FixedPoint;
import org.agrona.DirectBuffer;
import org.agrona.UnsafeApi;

import java.nio.ByteOrder;

/**
 * A forward-only, allocation-free JSON scanner over a range of a {@link DirectBuffer}, heap or off-heap,
 * for venue decoders that pull the fields they need and skip the rest. Errors are reported through
 * {@link #error()} and {@link #errorPosition()} instead of exceptions, because malformed frames are an
 * expected input on a market-data path.
 * <p>
 * Usage: {@link #wrap} a frame, {@link #beginObject()}, then loop on {@link #nextKey()} and read or
 * {@link #skipValue()} each value; arrays likewise with {@link #beginArray()} and {@link #nextElement()}.
 * Every method that returns {@code false} (or a zero value with {@link #hasError()}) has recorded the first
 * error; callers stop there. {@link #mark()} and {@link #reset(long)} let a decoder come back to a value it
 * skipped, for the rare frame whose keys arrive in an unusual order.
 * <p>
 * Every read is bounded by the wrapped range, checked once at {@link #wrap}, so the scanner reads memory
 * without per-byte bounds checks but never outside the frame. Owned by one thread.
 */
public final class JsonCursor
{
    /** No error. */
    public static final int OK = 0;
    /** Not JSON: a stray or missing character, an unterminated string, a truncated document. */
    public static final int MALFORMED = 1;
    /** A number, or a decimal string, that is not a number, or a value of another type where a number was expected. */
    public static final int BAD_NUMBER = 2;
    /** A decimal with non-zero digits below the requested exponent. */
    public static final int PRECISION_LOSS = 3;
    /** A number too large for a 64-bit mantissa. */
    public static final int OVERFLOW = 4;
    /** Objects and arrays nested deeper than {@link #MAX_DEPTH}. */
    public static final int TOO_DEEP = 5;
    /** A value of another type than the one asked for (an array where an object was expected, and so on). */
    public static final int WRONG_TYPE = 6;
    /** An array with fewer elements than asked for. */
    public static final int SHORT_ARRAY = 7;

    /** Value type reported by {@link #peek()}: nothing (end of input or a byte no value starts with). */
    public static final int NONE = 0;
    /** Value type: object. */
    public static final int OBJECT = 1;
    /** Value type: array. */
    public static final int ARRAY = 2;
    /** Value type: string. */
    public static final int STRING = 3;
    /** Value type: number. */
    public static final int NUMBER = 4;
    /** Value type: true or false. */
    public static final int BOOLEAN = 5;
    /** Value type: null. */
    public static final int NULL = 6;

    /** The deepest nesting {@link #skipValue()} follows; venue messages nest three or four levels. */
    public static final int MAX_DEPTH = 64;

    /** Returned by the fast decimal path when the slow, exact path must decide. */
    private static final long FALLBACK = Long.MIN_VALUE;
    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private final FixedPoint.Parser decimalParser = new FixedPoint.Parser();

    private DirectBuffer buffer;
    private byte[] array;
    private long address;
    private int start;
    private int limit;
    private int position;
    private boolean first;

    private int error;
    private int errorPosition;

    private int keyStart;
    private int keyEnd;
    private int stringStart;
    private int stringEnd;
    private boolean stringEscaped;
    private boolean scanEscaped;
    private int valueStart;
    private long firstDecimal;
    private long secondDecimal;
    private int firstDecimalStart;
    private int secondDecimalStart;

    /**
     * Points the cursor at a JSON text.
     *
     * @param buffer holding the text.
     * @param offset where it starts.
     * @param length its length in bytes.
     * @return false, with {@link #MALFORMED} recorded and nothing readable, if the range lies outside the buffer.
     */
    public boolean wrap(final DirectBuffer buffer, final int offset, final int length)
    {
        this.buffer = buffer;
        this.array = buffer.byteArray();
        this.address = buffer.addressOffset();
        this.first = false;
        this.error = OK;
        this.errorPosition = 0;
        this.keyStart = this.keyEnd = this.stringStart = this.stringEnd = this.valueStart = offset;
        this.stringEscaped = false;
        if (offset < 0 || length < 0 || offset > buffer.capacity() - length)
        {
            start = limit = position = 0;
            return fail(MALFORMED, 0);
        }
        start = offset;
        limit = offset + length;
        position = offset;
        return true;
    }

    /**
     * @return the wrapped buffer.
     */
    public DirectBuffer buffer()
    {
        return buffer;
    }

    /**
     * @return where the wrapped text starts in the buffer.
     */
    public int start()
    {
        return start;
    }

    /**
     * @return one past the wrapped text's last byte.
     */
    public int limit()
    {
        return limit;
    }

    /**
     * @return the index in the buffer of the next byte to read.
     */
    public int position()
    {
        return position;
    }

    /**
     * @return {@link #OK} or the first error met since {@link #wrap}.
     */
    public int error()
    {
        return error;
    }

    /**
     * @return true once an error has been recorded.
     */
    public boolean hasError()
    {
        return error != OK;
    }

    /**
     * @return the index in the buffer where the first error was met.
     */
    public int errorPosition()
    {
        return errorPosition;
    }

    /**
     * @return the index in the buffer where the last value read (or attempted) starts, for error reports.
     */
    public int valueStart()
    {
        return valueStart;
    }

    /**
     * Remembers where the cursor is, to come back with {@link #reset(long)}.
     *
     * @return an opaque mark.
     */
    public long mark()
    {
        return ((long)position << 1) | (first ? 1 : 0);
    }

    /**
     * Returns to a {@link #mark()} of the same text and clears any error.
     *
     * @param mark from {@link #mark()}.
     */
    public void reset(final long mark)
    {
        final int p = (int)(mark >>> 1);
        position = p >= start && p <= limit ? p : limit;
        first = (mark & 1) != 0;
        error = OK;
    }

    /**
     * Records an error found by the caller (a value of the right type but the wrong content), unless one
     * is already recorded.
     *
     * @param code     the error code.
     * @param position where, as an index in the buffer.
     * @return false, always, so that callers can {@code return cursor.fail(...)}.
     */
    public boolean fail(final int code, final int position)
    {
        if (error == OK)
        {
            error = code;
            errorPosition = position;
        }
        return false;
    }

    /**
     * The type of the next value, without consuming it.
     *
     * @return one of {@link #OBJECT}, {@link #ARRAY}, {@link #STRING}, {@link #NUMBER}, {@link #BOOLEAN},
     * {@link #NULL} or {@link #NONE}.
     */
    public int peek()
    {
        final int p = skipWhitespace(position);
        if (p >= limit)
        {
            return NONE;
        }
        switch (byteAt(p))
        {
            case '{': return OBJECT;
            case '[': return ARRAY;
            case '"': return STRING;
            case 't':
            case 'f': return BOOLEAN;
            case 'n': return NULL;
            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9': return NUMBER;
            default: return NONE;
        }
    }

    /**
     * Consumes the {@code {} that opens an object.
     *
     * @return false if the next value is not an object.
     */
    public boolean beginObject()
    {
        return begin('{');
    }

    /**
     * Consumes the {@code [} that opens an array.
     *
     * @return false if the next value is not an array.
     */
    public boolean beginArray()
    {
        return begin('[');
    }

    /**
     * Moves to the next member of the current object, reading its key and the colon after it.
     *
     * @return true when positioned at the member's value; false at the object's end (consumed) or on error.
     */
    public boolean nextKey()
    {
        final int p = skipWhitespace(position);
        if (p >= limit)
        {
            return fail(MALFORMED, limit);
        }
        final byte b = byteAt(p);
        if (b == '}')
        {
            // A '}' straight after a comma never gets here: readKeyAfter insists on a quote after a comma.
            position = p + 1;
            first = false;
            return false;
        }
        return readKeyAfter(p, b);
    }

    /**
     * Moves to the next element of the current array.
     *
     * @return true when positioned at the element; false at the array's end (consumed) or on error.
     */
    public boolean nextElement()
    {
        int p = skipWhitespace(position);
        if (p >= limit)
        {
            return fail(MALFORMED, limit);
        }
        final byte b = byteAt(p);
        if (b == ']')
        {
            position = p + 1;
            first = false;
            return false;
        }
        if (first)
        {
            first = false;
            position = p;
            return true;
        }
        if (b != ',')
        {
            return fail(MALFORMED, p);
        }
        p = skipWhitespace(p + 1);
        if (p >= limit)
        {
            return fail(MALFORMED, limit);
        }
        if (byteAt(p) == ']')
        {
            return fail(MALFORMED, p);
        }
        position = p;
        return true;
    }

    /**
     * @return the length in bytes of the last key read, as it is on the wire (escapes not decoded).
     */
    public int keyLength()
    {
        return keyEnd - keyStart;
    }

    /**
     * @return the index in the buffer of the last key's first byte.
     */
    public int keyStart()
    {
        return keyStart;
    }

    /**
     * The last key's only byte, the fast way to dispatch on the one-letter keys venues favour.
     *
     * @return the byte, or -1 if the key is not one byte long.
     */
    public int singleByteKey()
    {
        return keyEnd - keyStart == 1 ? byteAt(keyStart) : -1;
    }

    /**
     * @param constant the key's expected bytes.
     * @return true if the last key is exactly these bytes.
     */
    public boolean keyEquals(final byte[] constant)
    {
        return rangeEquals(keyStart, keyEnd, constant);
    }

    /**
     * Reads a string value; its contents are then {@code [stringStart(), stringEnd())}, escapes left as they are.
     *
     * @return false if the next value is not a well-formed string.
     */
    public boolean readString()
    {
        final int p = skipWhitespace(position);
        valueStart = p;
        if (p >= limit)
        {
            return fail(MALFORMED, limit);
        }
        if (byteAt(p) != '"')
        {
            return fail(WRONG_TYPE, p);
        }
        final int end = scanString(p + 1);
        if (end < 0)
        {
            return false;
        }
        stringStart = p + 1;
        stringEnd = end;
        stringEscaped = scanEscaped;
        position = end + 1;
        return true;
    }

    /**
     * @return index in the buffer of the last string's first content byte.
     */
    public int stringStart()
    {
        return stringStart;
    }

    /**
     * @return index in the buffer one past the last string's content (its closing quote).
     */
    public int stringEnd()
    {
        return stringEnd;
    }

    /**
     * @return true if the last string holds escape sequences, so its raw bytes are not its text.
     */
    public boolean stringEscaped()
    {
        return stringEscaped;
    }

    /**
     * @param constant the expected bytes.
     * @return true if the last string's raw contents are exactly these bytes.
     */
    public boolean stringEquals(final byte[] constant)
    {
        return rangeEquals(stringStart, stringEnd, constant);
    }

    /**
     * Reads an integer number.
     *
     * @return its value, or 0 with {@link #BAD_NUMBER} (not an integer) or {@link #OVERFLOW} recorded.
     */
    public long readLong()
    {
        int p = skipWhitespace(position);
        valueStart = p;
        if (p >= limit)
        {
            fail(MALFORMED, limit);
            return 0;
        }
        final boolean negative = byteAt(p) == '-';
        if (negative)
        {
            p++;
        }
        final int digitsStart = p;
        long value = 0;
        if (p <= limit - 16)
        {
            // Venue ids and epoch milliseconds have 10 to 15 digits: two words instead of a digit at a time.
            final long high = word(p);
            final int highDigits = Swar.leadingDigits(high);
            if (highDigits < 8)
            {
                value = highDigits == 0 ? 0 : Swar.digitsValue(high, highDigits);
                p += highDigits;
            }
            else
            {
                final long low = word(p + 8);
                final int lowDigits = Swar.leadingDigits(low);
                if (lowDigits < 8)
                {
                    value = Swar.digitsValue(high, 8);
                    if (lowDigits > 0)
                    {
                        value = value * FixedPoint.powerOfTen(lowDigits) + Swar.digitsValue(low, lowDigits);
                    }
                    p += 8 + lowDigits;
                }
                else
                {
                    p = digitsStart;
                }
            }
        }
        if (p == digitsStart)
        {
            while (p < limit)
            {
                final int d = byteAt(p) - '0';
                if (d < 0 || d > 9)
                {
                    break;
                }
                value = value * 10 + d;
                p++;
            }
        }
        final int digits = p - digitsStart;
        if (digits == 0 || (p < limit && !isDelimiter(byteAt(p))))
        {
            fail(BAD_NUMBER, valueStart);
            return 0;
        }
        if (digits > 18 && !fitsLong(digitsStart, p))
        {
            fail(OVERFLOW, valueStart);
            return 0;
        }
        position = p;
        return negative ? -value : value;
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @return the value, or false with {@link #WRONG_TYPE} recorded.
     */
    public boolean readBoolean()
    {
        final int p = skipWhitespace(position);
        valueStart = p;
        if (matchLiteral(p, TRUE_LITERAL))
        {
            position = p + 4;
            return true;
        }
        if (matchLiteral(p, FALSE_LITERAL))
        {
            position = p + 5;
            return false;
        }
        fail(p >= limit ? MALFORMED : WRONG_TYPE, Math.min(p, limit));
        return false;
    }

    /**
     * Consumes a {@code null} if that is the next value.
     *
     * @return true if a null was consumed; false, with nothing consumed and no error, otherwise.
     */
    public boolean readNull()
    {
        final int p = skipWhitespace(position);
        if (matchLiteral(p, NULL_LITERAL))
        {
            valueStart = p;
            position = p + 4;
            return true;
        }
        return false;
    }

    /**
     * Reads a decimal, quoted as venues send prices and sizes ({@code "61737.63000000"}) or bare
     * ({@code 61737.63}), as a fixed-point mantissa at the given exponent, with exactly the rules of
     * {@link FixedPoint.Parser}: no exponent notation, no rounding.
     *
     * @param exponent the exponent to express the value at, in [-18, 0].
     * @return the mantissa, or 0 with {@link #BAD_NUMBER}, {@link #PRECISION_LOSS}, {@link #OVERFLOW} or
     * {@link #MALFORMED} recorded at the value's start.
     */
    public long readDecimal(final int exponent)
    {
        final int p = skipWhitespace(position);
        valueStart = p;
        if (p >= limit)
        {
            fail(MALFORMED, limit);
            return 0;
        }
        final byte b = byteAt(p);
        if (b == '"')
        {
            final long value = fastDecimal(p + 1, -exponent, true);
            if (value != FALLBACK)
            {
                return value;
            }
            return slowQuotedDecimal(p, exponent);
        }
        if (b == '-' || (b >= '0' && b <= '9'))
        {
            final long value = fastDecimal(p, -exponent, false);
            if (value != FALLBACK)
            {
                return value;
            }
            return slowBareDecimal(p, exponent);
        }
        fail(BAD_NUMBER, p);
        return 0;
    }

    /**
     * Reads an array that starts with two decimals and skips the rest of it: the shape of a book level on most
     * venues ({@code ["61737.63000000","0.00000000"]}, {@code ["px","sz","0","4"]}). Compact text takes a fused
     * fast path; whitespace, extra elements and every error take the general one, with the same result.
     *
     * @param firstExponent  the exponent of the first decimal.
     * @param secondExponent the exponent of the second decimal.
     * @return true with {@link #firstDecimal()} and {@link #secondDecimal()} set; false with the error recorded
     * ({@link #SHORT_ARRAY} for fewer than two elements).
     */
    public boolean readDecimalPair(final int firstExponent, final int secondExponent)
    {
        final int p = skipWhitespace(position);
        if (p <= limit - 2 && byteAt(p) == '[' && byteAt(p + 1) == '"' && compactDecimalPair(p, firstExponent, secondExponent))
        {
            return true;
        }
        position = p;
        return readDecimalPairInGeneral(firstExponent, secondExponent);
    }

    /**
     * {@link #nextElement()} and {@link #readDecimalPair} fused, for the loop over a book side's levels.
     *
     * @param firstExponent  the exponent of the first decimal.
     * @param secondExponent the exponent of the second decimal.
     * @return true with the next element read as a pair; false at the array's end (consumed) or on error.
     */
    public boolean nextDecimalPair(final int firstExponent, final int secondExponent)
    {
        final int p = position;
        final int at = first ? p : p + 1;
        if (at <= limit - 2 && (first || byteAt(p) == ',') && byteAt(at) == '[' && byteAt(at + 1) == '"' &&
            compactDecimalPair(at, firstExponent, secondExponent))
        {
            first = false;
            return true;
        }
        position = p;
        return nextElement() && readDecimalPair(firstExponent, secondExponent);
    }

    /**
     * The fast path of a pair: {@code ["a","b"]} with nothing between the tokens.
     *
     * @return true with the pair read and the cursor after it; false, position undefined, to take the general path.
     */
    private boolean compactDecimalPair(final int at, final int firstExponent, final int secondExponent)
    {
        final long a = fastDecimal(at + 2, -firstExponent, true);
        final int q = position;
        if (a == FALLBACK || q > limit - 2 || byteAt(q) != ',' || byteAt(q + 1) != '"')
        {
            return false;
        }
        final long b = fastDecimal(q + 2, -secondExponent, true);
        final int end = position;
        if (b == FALLBACK || end >= limit || byteAt(end) != ']')
        {
            return false;
        }
        firstDecimal = a;
        secondDecimal = b;
        firstDecimalStart = at + 1;
        secondDecimalStart = q + 1;
        valueStart = at;
        position = end + 1;
        return true;
    }

    /**
     * @return the first decimal of the last {@link #readDecimalPair}.
     */
    public long firstDecimal()
    {
        return firstDecimal;
    }

    /**
     * @return the second decimal of the last {@link #readDecimalPair}.
     */
    public long secondDecimal()
    {
        return secondDecimal;
    }

    /**
     * @return the index in the buffer where the first decimal of the last {@link #readDecimalPair} starts.
     */
    public int firstDecimalStart()
    {
        return firstDecimalStart;
    }

    /**
     * @return the index in the buffer where the second decimal of the last {@link #readDecimalPair} starts.
     */
    public int secondDecimalStart()
    {
        return secondDecimalStart;
    }

    /**
     * Skips the next value, whatever it is, checking that it is well-formed JSON; {@link #valueStart()} is then
     * where it started, and {@link #position()} one past its end. The last key is forgotten.
     *
     * @return false on malformed input or nesting deeper than {@link #MAX_DEPTH}.
     */
    public boolean skipValue()
    {
        final int begin = skipWhitespace(position);
        if (!skipNested())
        {
            return false;
        }
        valueStart = begin;
        return true;
    }

    private boolean skipNested()
    {
        int depth = 0;
        long objects = 0;
        while (true)
        {
            final int p = skipWhitespace(position);
            if (p >= limit)
            {
                return fail(MALFORMED, limit);
            }
            final byte b = byteAt(p);
            if (b == '{' || b == '[')
            {
                if (depth == MAX_DEPTH)
                {
                    return fail(TOO_DEEP, p);
                }
                depth++;
                objects = (objects << 1) | (b == '{' ? 1 : 0);
                position = p + 1;
                first = true;
            }
            else
            {
                if (!skipScalar(p, b))
                {
                    return false;
                }
                if (depth == 0)
                {
                    return true;
                }
            }

            // Move to the next value inside the innermost open container, closing every finished one.
            while (!((objects & 1) != 0 ? nextKey() : nextElement()))
            {
                if (error != OK)
                {
                    return false;
                }
                depth--;
                objects >>>= 1;
                if (depth == 0)
                {
                    return true;
                }
            }
        }
    }

    /**
     * Checks that nothing but whitespace follows.
     *
     * @return false, with {@link #MALFORMED} recorded, if anything does.
     */
    public boolean expectEnd()
    {
        final int p = skipWhitespace(position);
        if (p != limit)
        {
            return fail(MALFORMED, p);
        }
        position = p;
        return true;
    }

    private boolean readDecimalPairInGeneral(final int firstExponent, final int secondExponent)
    {
        if (!beginArray())
        {
            return false;
        }
        final int arrayStart = valueStart;
        if (!nextElement())
        {
            return error == OK ? fail(SHORT_ARRAY, position - 1) : false;
        }
        firstDecimal = readDecimal(firstExponent);
        firstDecimalStart = valueStart;
        if (error != OK)
        {
            return false;
        }
        if (!nextElement())
        {
            return error == OK ? fail(SHORT_ARRAY, position - 1) : false;
        }
        secondDecimal = readDecimal(secondExponent);
        secondDecimalStart = valueStart;
        if (error != OK)
        {
            return false;
        }
        while (nextElement())
        {
            if (!skipValue())
            {
                return false;
            }
        }
        valueStart = arrayStart;
        return error == OK;
    }

    private static final byte[] TRUE_LITERAL = { 't', 'r', 'u', 'e' };
    private static final byte[] FALSE_LITERAL = { 'f', 'a', 'l', 's', 'e' };
    private static final byte[] NULL_LITERAL = { 'n', 'u', 'l', 'l' };

    private byte byteAt(final int index)
    {
        // Callers only pass indices in [start, limit), and wrap() checked that range against the buffer.
        return UnsafeApi.getByte(array, address + index);
    }

    private int skipWhitespace(final int from)
    {
        int p = from;
        while (p < limit)
        {
            final byte b = byteAt(p);
            // Venue JSON is compact: one compare settles the common case, a printable byte.
            if (b > ' ' || (b != ' ' && b != '\n' && b != '\r' && b != '\t'))
            {
                break;
            }
            p++;
        }
        return p;
    }

    private boolean begin(final char open)
    {
        final int p = skipWhitespace(position);
        valueStart = p;
        if (p >= limit)
        {
            return fail(MALFORMED, limit);
        }
        if (byteAt(p) != open)
        {
            return fail(WRONG_TYPE, p);
        }
        position = p + 1;
        first = true;
        return true;
    }

    private boolean readKeyAfter(final int at, final byte atByte)
    {
        int p = at;
        byte b = atByte;
        if (first)
        {
            first = false;
        }
        else
        {
            if (b != ',')
            {
                return fail(MALFORMED, p);
            }
            p = skipWhitespace(p + 1);
            if (p >= limit)
            {
                return fail(MALFORMED, limit);
            }
            b = byteAt(p);
        }
        if (b != '"')
        {
            return fail(MALFORMED, p);
        }
        final int end = scanString(p + 1);
        if (end < 0)
        {
            return false;
        }
        keyStart = p + 1;
        keyEnd = end;
        p = skipWhitespace(end + 1);
        if (p >= limit)
        {
            return fail(MALFORMED, limit);
        }
        if (byteAt(p) != ':')
        {
            return fail(MALFORMED, p);
        }
        position = p + 1;
        return true;
    }

    /**
     * Finds the closing quote of a string whose contents start at {@code from}.
     *
     * @return the closing quote's index, or -1 with {@link #MALFORMED} recorded.
     */
    private int scanString(final int from)
    {
        int p = from;
        boolean escaped = false;
        while (p < limit)
        {
            // Eight plain bytes at a time; the byte loop below deals with whatever stops the word loop.
            while (p <= limit - 8)
            {
                final long special = Swar.specialStringBytes(word(p));
                if (special != 0)
                {
                    p += Long.numberOfTrailingZeros(special) >>> 3;
                    break;
                }
                p += 8;
            }
            if (p >= limit)
            {
                break;
            }
            final byte b = byteAt(p);
            if (b == '"')
            {
                scanEscaped = escaped;
                return p;
            }
            if (b == '\\')
            {
                escaped = true;
                p = skipEscape(p + 1);
                if (p < 0)
                {
                    return -1;
                }
            }
            else if (b >= 0 && b < 0x20)
            {
                fail(MALFORMED, p);
                return -1;
            }
            else
            {
                p++;
            }
        }
        fail(MALFORMED, limit);
        return -1;
    }

    private int skipEscape(final int at)
    {
        if (at >= limit)
        {
            fail(MALFORMED, limit);
            return -1;
        }
        switch (byteAt(at))
        {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                return at + 1;
            case 'u':
                if (at + 4 >= limit)
                {
                    fail(MALFORMED, limit);
                    return -1;
                }
                for (int i = at + 1; i <= at + 4; i++)
                {
                    final byte h = byteAt(i);
                    if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                    {
                        fail(MALFORMED, i);
                        return -1;
                    }
                }
                return at + 5;
            default:
                fail(MALFORMED, at);
                return -1;
        }
    }

    private boolean skipScalar(final int p, final byte b)
    {
        valueStart = p;
        switch (b)
        {
            case '"':
            {
                final int end = scanString(p + 1);
                if (end < 0)
                {
                    return false;
                }
                position = end + 1;
                return true;
            }
            case 't':
                return skipLiteral(p, TRUE_LITERAL);
            case 'f':
                return skipLiteral(p, FALSE_LITERAL);
            case 'n':
                return skipLiteral(p, NULL_LITERAL);
            default:
                if (b == '-' || (b >= '0' && b <= '9'))
                {
                    return skipNumber(p);
                }
                return fail(MALFORMED, p);
        }
    }

    private boolean skipLiteral(final int p, final byte[] literal)
    {
        if (!matchLiteral(p, literal))
        {
            return fail(MALFORMED, p);
        }
        position = p + literal.length;
        return true;
    }

    private boolean matchLiteral(final int p, final byte[] literal)
    {
        if (p > limit - literal.length)
        {
            return false;
        }
        for (int i = 0; i < literal.length; i++)
        {
            if (byteAt(p + i) != literal[i])
            {
                return false;
            }
        }
        return p + literal.length == limit || isDelimiter(byteAt(p + literal.length));
    }

    /**
     * Skips a JSON number: {@code -? digits (. digits)? ([eE] [+-]? digits)?}.
     */
    private boolean skipNumber(final int from)
    {
        int p = from;
        if (byteAt(p) == '-')
        {
            p++;
        }
        final int intStart = p;
        p = skipDigits(p);
        if (p == intStart)
        {
            return fail(MALFORMED, from);
        }
        if (p < limit && byteAt(p) == '.')
        {
            final int fractionStart = ++p;
            p = skipDigits(p);
            if (p == fractionStart)
            {
                return fail(MALFORMED, from);
            }
        }
        if (p < limit && (byteAt(p) == 'e' || byteAt(p) == 'E'))
        {
            p++;
            if (p < limit && (byteAt(p) == '+' || byteAt(p) == '-'))
            {
                p++;
            }
            final int exponentStart = p;
            p = skipDigits(p);
            if (p == exponentStart)
            {
                return fail(MALFORMED, from);
            }
        }
        if (p < limit && !isDelimiter(byteAt(p)))
        {
            return fail(MALFORMED, p);
        }
        position = p;
        return true;
    }

    private int skipDigits(final int from)
    {
        int p = from;
        while (p < limit)
        {
            final byte b = byteAt(p);
            if (b < '0' || b > '9')
            {
                break;
            }
            p++;
        }
        return p;
    }

    private static boolean isDelimiter(final byte b)
    {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private boolean rangeEquals(final int from, final int to, final byte[] constant)
    {
        if (to - from != constant.length)
        {
            return false;
        }
        for (int i = 0; i < constant.length; i++)
        {
            if (byteAt(from + i) != constant[i])
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the 19 or more digits in [from, to) fit a long (Long.MIN_VALUE excepted, as no venue sends it).
     */
    private boolean fitsLong(final int from, final int to)
    {
        long value = 0;
        for (int p = from; p < to; p++)
        {
            final int d = byteAt(p) - '0';
            if (value > (Long.MAX_VALUE - d) / 10)
            {
                return false;
            }
            value = value * 10 + d;
        }
        return true;
    }

    /**
     * The common case in one pass: {@code -?digits(.digits)?} ending at a closing quote (quoted) or a
     * delimiter (bare), whose mantissa cannot overflow and loses no digits. Anything else goes to the
     * slow path, which gives {@link FixedPoint.Parser}'s exact verdict, so both paths agree by construction.
     * With room to read ahead, up to eight integer and eight fraction digits are each converted as one
     * 64-bit word (SWAR): two short independent chains instead of one multiply-add per digit.
     */
    private long fastDecimal(final int from, final int decimals, final boolean quoted)
    {
        int p = from;
        final boolean negative = p < limit && byteAt(p) == '-';
        if (negative)
        {
            p++;
        }
        // Room for an integer word (at most 7 digits used), a dot, a fraction word and the byte after it.
        if (p > limit - 17 || decimals > FixedPoint.MAX_DECIMALS)
        {
            return digitByDigitDecimal(from, decimals, quoted);
        }
        final long integerWord = word(p);
        final int integerDigits = Swar.leadingDigits(integerWord);
        if (integerDigits == 8 || integerDigits + decimals > FixedPoint.MAX_DECIMALS)
        {
            return digitByDigitDecimal(from, decimals, quoted);
        }
        long value = integerDigits == 0 ? 0 : Swar.digitsValue(integerWord, integerDigits) * FixedPoint.powerOfTen(decimals);
        p += predicted(integerDigits);
        if (byteAt(p) == '.')
        {
            p++;
            final long fractionWord = word(p);
            final int fractionDigits = Swar.leadingDigits(fractionWord);
            if (fractionDigits > decimals || (fractionDigits == 8 && isDigit(byteAt(p + 8))))
            {
                return digitByDigitDecimal(from, decimals, quoted); // trailing zeros to drop, or nine digits and more
            }
            if (fractionDigits == 0)
            {
                if (integerDigits == 0)
                {
                    return FALLBACK;
                }
            }
            else
            {
                value += Swar.digitsValue(fractionWord, fractionDigits) * FixedPoint.powerOfTen(decimals - fractionDigits);
                p += predicted(fractionDigits);
            }
        }
        else if (integerDigits == 0)
        {
            return FALLBACK;
        }
        if (quoted)
        {
            if (byteAt(p) != '"')
            {
                return FALLBACK;
            }
            position = p + 1;
        }
        else
        {
            if (!isDelimiter(byteAt(p)))
            {
                return FALLBACK;
            }
            position = p;
        }
        return negative ? -value : value;
    }

    /**
     * The fast path's digit-at-a-time form, for values near the end of the input or with long digit runs.
     */
    private long digitByDigitDecimal(final int from, final int decimals, final boolean quoted)
    {
        final int limit = this.limit;
        int p = from;
        boolean negative = false;
        if (p < limit && byteAt(p) == '-')
        {
            negative = true;
            p++;
        }
        final int integerStart = p;
        long value = 0;
        int d = 0;
        while (p < limit && (d = byteAt(p) - '0') >= 0 && d <= 9)
        {
            value = value * 10 + d;
            p++;
        }
        final int integerDigits = p - integerStart;
        int fractionDigits = 0;
        if (p < limit && byteAt(p) == '.')
        {
            p++;
            final int fractionStart = p;
            while (p < limit && (d = byteAt(p) - '0') >= 0 && d <= 9)
            {
                if (fractionDigits < decimals)
                {
                    value = value * 10 + d;
                    fractionDigits++;
                }
                else if (d != 0)
                {
                    return FALLBACK;
                }
                p++;
            }
            if (integerDigits == 0 && p == fractionStart)
            {
                return FALLBACK;
            }
        }
        else if (integerDigits == 0)
        {
            return FALLBACK;
        }
        // At most 18 significant places once scaled: below 10^18, so no overflow was possible.
        if (integerDigits + decimals > FixedPoint.MAX_DECIMALS)
        {
            return FALLBACK;
        }
        if (quoted)
        {
            if (p >= limit || byteAt(p) != '"')
            {
                return FALLBACK;
            }
            position = p + 1;
        }
        else
        {
            if (p < limit && !isDelimiter(byteAt(p)))
            {
                return FALLBACK;
            }
            position = p;
        }
        value *= FixedPoint.powerOfTen(decimals - fractionDigits);
        return negative ? -value : value;
    }

    /**
     * Eight bytes from {@code index}, the first in the lowest byte; callers ensure {@code index + 8 <= limit}.
     */
    private long word(final int index)
    {
        final long word = UnsafeApi.getLong(array, address + index);
        return LITTLE_ENDIAN ? word : Long.reverseBytes(word);
    }

    /**
     * Returns its argument, through a branch per value. A venue prints the decimals of one field with the same
     * shape message after message ("61737.63000000"), so the branch is predicted and the CPU reads the next
     * token at once instead of waiting for the digit count computed from this one's bytes: the chain of
     * position dependencies through a level, otherwise the parser's bottleneck, is cut.
     */
    private static int predicted(final int digits)
    {
        switch (digits)
        {
            case 0: return 0;
            case 1: return 1;
            case 2: return 2;
            case 3: return 3;
            case 4: return 4;
            case 5: return 5;
            case 6: return 6;
            case 7: return 7;
            default: return 8;
        }
    }

    private static boolean isDigit(final byte b)
    {
        return b >= '0' && b <= '9';
    }

    private long slowQuotedDecimal(final int quote, final int exponent)
    {
        final int end = scanString(quote + 1);
        if (end < 0)
        {
            return 0;
        }
        final long value = decimalParser.parse(buffer, quote + 1, end, exponent);
        if (decimalParser.error() != FixedPoint.Parser.OK)
        {
            fail(decimalError(decimalParser.error()), quote);
            return 0;
        }
        position = end + 1;
        return value;
    }

    private long slowBareDecimal(final int from, final int exponent)
    {
        int p = from;
        while (p < limit && !isDelimiter(byteAt(p)))
        {
            p++;
        }
        final long value = decimalParser.parse(buffer, from, p, exponent);
        if (decimalParser.error() != FixedPoint.Parser.OK)
        {
            fail(decimalError(decimalParser.error()), from);
            return 0;
        }
        position = p;
        return value;
    }

    private static int decimalError(final int parserError)
    {
        switch (parserError)
        {
            case FixedPoint.Parser.PRECISION_LOSS: return PRECISION_LOSS;
            case FixedPoint.Parser.OVERFLOW: return OVERFLOW;
            default: return BAD_NUMBER;
        }
    }
}
