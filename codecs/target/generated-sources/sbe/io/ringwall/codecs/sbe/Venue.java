/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

@SuppressWarnings("all")
public enum Venue
{
    BINANCE((short)1),

    BINANCE_USDM((short)2),

    BINANCE_COINM((short)3),

    COINBASE((short)4),

    KRAKEN((short)5),

    OKX((short)6),

    /**
     * To be used to represent not present or null.
     */
    NULL_VAL((short)255);

    private final short value;

    Venue(final short value)
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
    public static Venue get(final short value)
    {
        switch (value)
        {
            case 1: return BINANCE;
            case 2: return BINANCE_USDM;
            case 3: return BINANCE_COINM;
            case 4: return COINBASE;
            case 5: return KRAKEN;
            case 6: return OKX;
            case 255: return NULL_VAL;
        }

        throw new IllegalArgumentException("Unknown value: " + value);
    }
}
