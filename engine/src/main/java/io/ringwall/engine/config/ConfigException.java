package io.ringwall.engine.config;

/**
 * A configuration error, naming the file, the key and the reason, so start-up fails with something an
 * operator can fix at 3 a.m.
 */
public final class ConfigException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public ConfigException(final String message)
    {
        super(message);
    }
}
