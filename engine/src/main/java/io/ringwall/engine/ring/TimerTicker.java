package io.ringwall.engine.ring;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import org.agrona.concurrent.EpochNanoClock;

import java.util.concurrent.locks.LockSupport;

/**
 * Publishes a TimerTick input at a fixed interval: the logic never reads a clock, so time passing
 * without market data reaches it as an event like any other (and is journaled, so replay sees it too).
 */
public final class TimerTicker implements Runnable, AutoCloseable
{
    private final InputWriter writer;
    private final EpochNanoClock clock;
    private final long intervalNs;
    private final Thread thread;
    private volatile boolean running = true;
    private long ticks;

    /**
     * @param sink       the inbound ring.
     * @param clock      wall clock.
     * @param intervalMs tick interval.
     */
    public TimerTicker(final EventSink sink, final EpochNanoClock clock, final long intervalMs)
    {
        this.writer = new InputWriter(sink);
        this.clock = clock;
        this.intervalNs = intervalMs * 1_000_000L;
        this.thread = new Thread(this, "ringwall-timer");
        this.thread.setDaemon(true);
    }

    public void start()
    {
        thread.start();
    }

    @Override
    public void run()
    {
        long next = System.nanoTime() + intervalNs;
        while (running)
        {
            final long wait = next - System.nanoTime();
            if (wait > 0)
            {
                LockSupport.parkNanos(wait);
                continue;
            }
            writer.timerTick(++ticks, clock.nanoTime());
            next += intervalNs;
            if (System.nanoTime() - next > intervalNs)
            {
                next = System.nanoTime() + intervalNs; // fell behind (a stall): do not burst to catch up
            }
        }
    }

    @Override
    public void close()
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(5_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
