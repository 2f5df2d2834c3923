package io.ringwall.engine.orders;

/**
 * The life cycle of one of our orders, as int constants so listeners take primitive arguments.
 * <p>
 * PENDING_NEW -&gt; NEW -&gt; PARTIALLY_FILLED -&gt; FILLED, with PENDING_CANCEL reachable from any working
 * state and CANCELLED, REJECTED, EXPIRED and FILLED terminal. {@link #NONE} is the "from" state of an
 * order's first report.
 */
public final class OrderState
{
    /** No state: the order did not exist before this report. */
    public static final int NONE = -1;
    /** Sent, not yet acknowledged by the venue. */
    public static final int PENDING_NEW = 0;
    /** Working at the venue, nothing filled. */
    public static final int NEW = 1;
    /** Working at the venue, part filled. */
    public static final int PARTIALLY_FILLED = 2;
    /** Fully filled (terminal). */
    public static final int FILLED = 3;
    /** We asked to cancel; fills may still arrive. */
    public static final int PENDING_CANCEL = 4;
    /** Cancelled, at our request or the venue's (terminal). */
    public static final int CANCELLED = 5;
    /** Refused by the venue (terminal). */
    public static final int REJECTED = 6;
    /** An immediate-or-cancel remainder that the venue dropped without our asking (terminal). */
    public static final int EXPIRED = 7;

    private OrderState()
    {
    }

    /**
     * @param state a state.
     * @return true once nothing more can happen to the order.
     */
    public static boolean isTerminal(final int state)
    {
        return state == FILLED || state == CANCELLED || state == REJECTED || state == EXPIRED;
    }

    /**
     * @param state a state.
     * @return its name, for reports.
     */
    public static String name(final int state)
    {
        switch (state)
        {
            case NONE: return "NONE";
            case PENDING_NEW: return "PENDING_NEW";
            case NEW: return "NEW";
            case PARTIALLY_FILLED: return "PARTIALLY_FILLED";
            case FILLED: return "FILLED";
            case PENDING_CANCEL: return "PENDING_CANCEL";
            case CANCELLED: return "CANCELLED";
            case REJECTED: return "REJECTED";
            case EXPIRED: return "EXPIRED";
            default: return "UNKNOWN(" + state + ")";
        }
    }
}
