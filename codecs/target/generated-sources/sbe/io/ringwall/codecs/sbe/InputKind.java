/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

@SuppressWarnings("all")
public enum InputKind
{
    UNKNOWN((short)0),

    DEPTH((short)1),

    SNAPSHOT((short)2),

    TRADE((short)3),

    BOOK_TICKER((short)4),

    CONTROL((short)5),

    CAPTURE_LINE((short)6),

    /**
     * To be used to represent not present or null.
     */
    NULL_VAL((short)255);

    private final short value;

    InputKind(final short value)
    {
        this.value = value;
    }

    /**
     * The raw encoded value in the Java type representation.
     *
     * @return the raw value encoded.
     */
    public short value()
    {
        return value;
    }

    /**
     * Lookup the enum value representing the value.
     *
     * @param value encoded to be looked up.
     * @return the enum value representing the value.
     */
    public static InputKind get(final short value)
    {
        switch (value)
        {
            case 0: return UNKNOWN;
            case 1: return DEPTH;
            case 2: return SNAPSHOT;
            case 3: return TRADE;
            case 4: return BOOK_TICKER;
            case 5: return CONTROL;
            case 6: return CAPTURE_LINE;
            case 255: return NULL_VAL;
        }

        throw new IllegalArgumentException("Unknown value: " + value);
    }
}
