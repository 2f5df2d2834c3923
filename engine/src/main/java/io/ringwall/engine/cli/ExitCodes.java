package io.ringwall.engine.cli;

/**
 * The command line's exit codes, for scripts.
 */
public final class ExitCodes
{
    /** Done as asked. */
    public static final int OK = 0;
    /** Failed while running: I/O, an unreadable journal, an engine error. */
    public static final int FAILURE = 1;
    /** Bad command line: unknown option, missing argument, a journal directory that already holds data. */
    public static final int USAGE = 2;
    /** Bad configuration: the message names the key and the reason. */
    public static final int CONFIG = 3;
    /** Replay produced decisions that differ from the recorded ones. */
    public static final int MISMATCH = 4;

    private ExitCodes()
    {
    }
}
