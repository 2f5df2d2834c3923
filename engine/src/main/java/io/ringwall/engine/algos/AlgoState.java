package io.ringwall.engine.algos;

/**
 * Where an execution algorithm is in its life, as int constants.
 */
public final class AlgoState
{
    /** Not started (or finished and ready to start again). */
    public static final int IDLE = 0;
    /** Working its schedule. */
    public static final int WORKING = 1;
    /** Finishing: waiting for its last child order to be confirmed done. */
    public static final int STOPPING = 2;
    /** Finished by its own schedule (see {@link AlgoOutcome}). */
    public static final int DONE = 3;
    /** Finished because it was cancelled. */
    public static final int CANCELLED = 4;

    private AlgoState()
    {
    }

    /**
     * @param state a state.
     * @return its name, for reports.
     */
    public static String name(final int state)
    {
        switch (state)
        {
            case IDLE: return "IDLE";
            case WORKING: return "WORKING";
            case STOPPING: return "STOPPING";
            case DONE: return "DONE";
            case CANCELLED: return "CANCELLED";
            default: return "UNKNOWN(" + state + ")";
        }
    }
}
