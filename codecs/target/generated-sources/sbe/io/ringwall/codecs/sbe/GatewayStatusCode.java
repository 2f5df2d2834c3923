/* Generated SBE (Simple Binary Encoding) message codec. */
package io.ringwall.codecs.sbe;

@SuppressWarnings("all")
public enum GatewayStatusCode
{
    CONNECTING((short)0),

    CONNECTED((short)1),

    DISCONNECTED((short)2),

    SNAPSHOT_REQUESTED((short)3),

    SNAPSHOT_FAILED((short)4),

    SERVER_SHUTDOWN((short)5),

    RECONNECT_SCHEDULED((short)6),

    /**
     * To be used to represent not present or null.
     */
    NULL_VAL((short)255);

    private final short value;

    GatewayStatusCode(final short value)
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
    public static GatewayStatusCode get(final short value)
    {
        switch (value)
        {
            case 0: return CONNECTING;
            case 1: return CONNECTED;
            case 2: return DISCONNECTED;
            case 3: return SNAPSHOT_REQUESTED;
            case 4: return SNAPSHOT_FAILED;
            case 5: return SERVER_SHUTDOWN;
            case 6: return RECONNECT_SCHEDULED;
            case 255: return NULL_VAL;
        }

        throw new IllegalArgumentException("Unknown value: " + value);
    }
}
