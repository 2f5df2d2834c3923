/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

@SuppressWarnings("all")
public enum BookHealthReason
{
    SNAPSHOT_APPLIED((short)0),

    GAP((short)1),

    CROSSED((short)2),

    TICKER_MISMATCH((short)3),

    MALFORMED_INPUT((short)4),

    CONNECTED((short)5),

    DISCONNECTED((short)6),

    SNAPSHOT_STALE((short)7),

    SYNC_BUFFER_OVERFLOW((short)8),

    SNAPSHOT_REQUESTED((short)9),

    SNAPSHOT_FAILED((short)10),

    BATCH_BROKEN((short)11),

    INPUT_DROPPED((short)12),

    INSTRUMENT_ADDED((short)13),

    /**
     * To be used to represent not present or null.
     */
    NULL_VAL((short)255);

    private final short value;

    BookHealthReason(final short value)
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
    public static BookHealthReason get(final short value)
    {
        switch (value)
        {
            case 0: return SNAPSHOT_APPLIED;
            case 1: return GAP;
            case 2: return CROSSED;
            case 3: return TICKER_MISMATCH;
            case 4: return MALFORMED_INPUT;
            case 5: return CONNECTED;
            case 6: return DISCONNECTED;
            case 7: return SNAPSHOT_STALE;
            case 8: return SYNC_BUFFER_OVERFLOW;
            case 9: return SNAPSHOT_REQUESTED;
            case 10: return SNAPSHOT_FAILED;
            case 11: return BATCH_BROKEN;
            case 12: return INPUT_DROPPED;
            case 13: return INSTRUMENT_ADDED;
            case 255: return NULL_VAL;
        }

        throw new IllegalArgumentException("Unknown value: " + value);
    }
}
