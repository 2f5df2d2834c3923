package io.ringwall.engine.risk;

/**
 * The verdict of a pre-trade check: {@link #ACCEPT}, or why the order was refused. Codes are stable (they are
 * journaled); {@link PreTradeRisk} evaluates the checks in the order of the codes below and returns the first that
 * fails.
 */
public final class RiskReason
{
    /** Every check passed. */
    public static final int ACCEPT = 0;
    /** The kill switch is HALTED (only a reducing order while a flatten is under way passes). */
    public static final int HALTED = 1;
    /** The kill switch is REDUCING and the order would not reduce the position. */
    public static final int REDUCE_ONLY = 2;
    /** The instrument's book is not LIVE (resyncing, or never synced): its prices cannot be trusted. */
    public static final int BOOK_NOT_LIVE = 3;
    /** The book's last update is older than the configured age. */
    public static final int BOOK_STALE = 4;
    /** Quantity above the instrument's maximum (or not positive). */
    public static final int ORDER_QTY = 5;
    /** Price times quantity above the instrument's maximum notional. */
    public static final int ORDER_NOTIONAL = 6;
    /** Price further from mid than the band (or no usable mid). */
    public static final int PRICE_BAND = 7;
    /** The order would trade against one of our own resting orders. */
    public static final int SELF_CROSS = 8;
    /** The position after a full fill would exceed the instrument's maximum. */
    public static final int POSITION_LIMIT = 9;
    /** Gross exposure plus the order's notional would exceed the maximum. */
    public static final int GROSS_EXPOSURE = 10;
    /** Already at the maximum number of open orders. */
    public static final int OPEN_ORDERS = 11;
    /** No order token left in the rate limiter's bucket. */
    public static final int RATE_LIMIT = 12;

    private RiskReason()
    {
    }

    /**
     * @param code a verdict code.
     * @return its name, for reports (a constant; no allocation for known codes).
     */
    public static String name(final int code)
    {
        switch (code)
        {
            case ACCEPT: return "ACCEPT";
            case HALTED: return "HALTED";
            case REDUCE_ONLY: return "REDUCE_ONLY";
            case BOOK_NOT_LIVE: return "BOOK_NOT_LIVE";
            case BOOK_STALE: return "BOOK_STALE";
            case ORDER_QTY: return "ORDER_QTY";
            case ORDER_NOTIONAL: return "ORDER_NOTIONAL";
            case PRICE_BAND: return "PRICE_BAND";
            case SELF_CROSS: return "SELF_CROSS";
            case POSITION_LIMIT: return "POSITION_LIMIT";
            case GROSS_EXPOSURE: return "GROSS_EXPOSURE";
            case OPEN_ORDERS: return "OPEN_ORDERS";
            case RATE_LIMIT: return "RATE_LIMIT";
            default: return "UNKNOWN(" + code + ")";
        }
    }
}
