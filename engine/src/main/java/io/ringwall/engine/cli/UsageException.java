package io.ringwall.engine.cli;

/**
 * A command used wrongly; printed as one line, exit code {@link ExitCodes#USAGE}.
 */
final class UsageException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    UsageException(final String message)
    {
        super(message);
    }
}
