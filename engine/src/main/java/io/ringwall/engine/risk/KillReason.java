package io.ringwall.engine.risk;

/**
 * Why the {@link KillSwitch} changed state. Codes are stable (they are journaled with the transition).
 */
public final class KillReason
{
    /** No transition yet. */
    public static final int NONE = 0;
    /** The day's loss reached the daily loss limit. */
    public static final int DAILY_LOSS = 1;
    /** The fall from peak equity reached the maximum drawdown. */
    public static final int DRAWDOWN = 2;
    /** The day's loss reached the reducing fraction of the daily loss limit. */
    public static final int DAILY_LOSS_WARNING = 3;
    /** The drawdown reached the reducing fraction of the maximum drawdown. */
    public static final int DRAWDOWN_WARNING = 4;
    /** The operator's {@code halt}. */
    public static final int OPERATOR_HALT = 5;
    /** The operator's {@code resume}. */
    public static final int OPERATOR_RESUME = 6;
    /** The operator's {@code flatten}. */
    public static final int OPERATOR_FLATTEN = 7;

    private KillReason()
    {
    }

    /**
     * @param code a kill reason code.
     * @return its name, for reports.
     */
    public static String name(final int code)
    {
        switch (code)
        {
            case NONE: return "NONE";
            case DAILY_LOSS: return "DAILY_LOSS";
            case DRAWDOWN: return "DRAWDOWN";
            case DAILY_LOSS_WARNING: return "DAILY_LOSS_WARNING";
            case DRAWDOWN_WARNING: return "DRAWDOWN_WARNING";
            case OPERATOR_HALT: return "OPERATOR_HALT";
            case OPERATOR_RESUME: return "OPERATOR_RESUME";
            case OPERATOR_FLATTEN: return "OPERATOR_FLATTEN";
            default: return "UNKNOWN(" + code + ")";
        }
    }
}
