package io.ringwall.engine.algos;

/**
 * Why an execution algorithm finished, the reason code journaled with its report.
 */
public final class AlgoOutcome
{
    /** Still running. */
    public static final int NONE = 0;
    /** The whole parent quantity filled. */
    public static final int FILLED = 1;
    /** The schedule ended (attempts used up, horizon reached) with quantity unfilled. */
    public static final int SHORTFALL = 2;
    /** A smart limit hit its reprice or time limit. */
    public static final int GAVE_UP = 3;
    /** Cancelled by its owner. */
    public static final int CANCELLED = 4;
    /** The venue refused or dropped a child the algorithm cannot do without. */
    public static final int CHILD_FAILED = 5;

    private AlgoOutcome()
    {
    }

    /**
     * @param outcome an outcome.
     * @return its name, for reports.
     */
    public static String name(final int outcome)
    {
        switch (outcome)
        {
            case NONE: return "NONE";
            case FILLED: return "FILLED";
            case SHORTFALL: return "SHORTFALL";
            case GAVE_UP: return "GAVE_UP";
            case CANCELLED: return "CANCELLED";
            case CHILD_FAILED: return "CHILD_FAILED";
            default: return "UNKNOWN(" + outcome + ")";
        }
    }
}
