package io.ringwall.engine.venue;

/**
 * Why a venue refused an order or a cancel (the paper venue's codes; a live gateway maps the exchange's).
 */
public final class RejectCode
{
    /** A post-only order would have taken liquidity. */
    public static final int WOULD_TAKE = 1;
    /** The instrument's book is not usable (not LIVE). */
    public static final int NO_MARKET = 2;
    /** Quantity or price out of range. */
    public static final int INVALID = 3;
    /** The client order id is in use or unknown. */
    public static final int UNKNOWN_ORDER = 4;
    /** Too many open orders at the venue. */
    public static final int TOO_MANY_ORDERS = 5;

    private RejectCode()
    {
    }

    /**
     * @param code a reject code.
     * @return its name, for reports.
     */
    public static String name(final int code)
    {
        switch (code)
        {
            case WOULD_TAKE: return "WOULD_TAKE";
            case NO_MARKET: return "NO_MARKET";
            case INVALID: return "INVALID";
            case UNKNOWN_ORDER: return "UNKNOWN_ORDER";
            case TOO_MANY_ORDERS: return "TOO_MANY_ORDERS";
            default: return "UNKNOWN(" + code + ")";
        }
    }
}
