package io.ringwall.engine.ring;

import com.lmax.disruptor.ExceptionHandler;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts and reports an exception escaping the business logic, and carries on with the next event:
 * a bug must not stop the journal, and the count (which must stay 0) makes it visible.
 */
final class CountingExceptionHandler implements ExceptionHandler<RingSlot>
{
    private final AtomicLong errors;

    CountingExceptionHandler(final AtomicLong errors)
    {
        this.errors = errors;
    }

    @Override
    public void handleEventException(final Throwable ex, final long sequence, final RingSlot event)
    {
        errors.incrementAndGet();
        System.err.println("ringwall: business logic failed on ring sequence " + sequence + ": " + ex);
        ex.printStackTrace();
    }

    @Override
    public void handleOnStartException(final Throwable ex)
    {
        errors.incrementAndGet();
        ex.printStackTrace();
    }

    @Override
    public void handleOnShutdownException(final Throwable ex)
    {
        errors.incrementAndGet();
        ex.printStackTrace();
    }
}
