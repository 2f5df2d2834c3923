package io.ringwall.journal;

import net.openhft.chronicle.core.io.AbstractCloseable;
import net.openhft.chronicle.core.io.AbstractReferenceCounted;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a Chronicle queue, appender, tailer or mapped file open, the way Chronicle's own
 * tests do: tracing on before the test, and after it every traced resource must be closed and released.
 */
public final class ChronicleLeakCheck implements BeforeEachCallback, AfterEachCallback
{
    @Override
    public void beforeEach(final ExtensionContext context)
    {
        AbstractCloseable.enableCloseableTracing();
        AbstractReferenceCounted.enableReferenceTracing();
    }

    @Override
    public void afterEach(final ExtensionContext context)
    {
        try
        {
            AbstractCloseable.waitForCloseablesToClose(1_000);
            AbstractCloseable.assertCloseablesClosed();
            AbstractReferenceCounted.assertReferencesReleased();
        }
        finally
        {
            AbstractCloseable.disableCloseableTracing();
            AbstractReferenceCounted.disableReferenceTracing();
        }
    }
}
