/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

@SuppressWarnings("all")
public enum RejectReason
{
    MALFORMED_JSON((short)0),

    UNKNOWN_MESSAGE((short)1),

    MISSING_FIELD((short)2),

    BAD_NUMBER((short)3),

    PRECISION_LOSS((short)4),

    NUMBER_OVERFLOW((short)5),

    NEGATIVE_VALUE((short)6),

    ZERO_PRICE((short)7),

    UNKNOWN_SYMBOL((short)8),

    FRAME_TOO_LARGE((short)9),

    FIELD_ORDER((short)10),

    BAD_UPDATE_IDS((short)11),

    MALFORMED_LINE((short)12),

    VENUE_ERROR((short)13),

    DROPPED_OVERLOAD((short)14),

    /**
     * To be used to represent not present or null.
     */
    NULL_VAL((short)255);

    private final short value;

    RejectReason(final short value)
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
    public static RejectReason get(final short value)
    {
        switch (value)
        {
            case 0: return MALFORMED_JSON;
            case 1: return UNKNOWN_MESSAGE;
            case 2: return MISSING_FIELD;
            case 3: return BAD_NUMBER;
            case 4: return PRECISION_LOSS;
            case 5: return NUMBER_OVERFLOW;
            case 6: return NEGATIVE_VALUE;
            case 7: return ZERO_PRICE;
            case 8: return UNKNOWN_SYMBOL;
            case 9: return FRAME_TOO_LARGE;
            case 10: return FIELD_ORDER;
            case 11: return BAD_UPDATE_IDS;
            case 12: return MALFORMED_LINE;
            case 13: return VENUE_ERROR;
            case 14: return DROPPED_OVERLOAD;
            case 255: return NULL_VAL;
        }

        throw new IllegalArgumentException("Unknown value: " + value);
    }
}
