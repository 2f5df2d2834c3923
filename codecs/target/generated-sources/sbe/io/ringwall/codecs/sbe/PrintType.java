/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;


/**
 * Futures X field: only REGULAR prints are public market trades
 */
@SuppressWarnings("all")
public enum PrintType
{
    REGULAR((short)0),

    INSURANCE_FUND((short)1),

    ADL((short)2),

    OTHER((short)3),

    /**
     * To be used to represent not present or null.
     */
    NULL_VAL((short)255);

    private final short value;

    PrintType(final short value)
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
    public static PrintType get(final short value)
    {
        switch (value)
        {
            case 0: return REGULAR;
            case 1: return INSURANCE_FUND;
            case 2: return ADL;
            case 3: return OTHER;
            case 255: return NULL_VAL;
        }

        throw new IllegalArgumentException("Unknown value: " + value);
    }
}
