package io.ringwall.engine.ring;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import io.ringwall.engine.control.ControlPoller;
import org.agrona.concurrent.EpochNanoClock;

import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes a TimerTick input at a fixed interval: the logic never reads a clock, so time passing
 * without market data reaches it as an event like any other (and is journaled, so replay sees it too).
 * At each tick it also forwards the operator's commands from the journal's control queue, if given one.
 */
public final class TimerTicker implements Runnable, AutoCloseable
{
    private final InputWriter writer;
    private final EpochNanoClock clock;
    private final long intervalNs;
    private final Thread thread;
    private final EventSink sink;
    private final Path journalDir;
    private volatile boolean running = true;
    private volatile long commandsForwarded;
    private long ticks;

    /**
     * @param sink       the inbound ring.
     * @param clock      wall clock.
     * @param intervalMs tick interval.
     */
    public TimerTicker(final EventSink sink, final EpochNanoClock clock, final long intervalMs)
    {
        this(sink, clock, intervalMs, null);
    }

    /**
     * @param sink       the inbound ring.
     * @param clock      wall clock.
     * @param intervalMs tick interval.
     * @param journalDir the journal directory whose control queue to follow, or null for none.
     */
    public TimerTicker(final EventSink sink, final EpochNanoClock clock, final long intervalMs, final Path journalDir)
    {
        this.sink = sink;
        this.journalDir = journalDir;
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

    /** @return operator commands forwarded into the ring so far. */
    public long commandsForwarded()
    {
        return commandsForwarded;
    }

    @Override
    public void run()
    {
        // opened, polled and closed on this thread only: a Chronicle tailer belongs to one thread
        final ControlPoller control = openControl();
        try
        {
            tick(control);
        }
        finally
        {
            if (control != null)
            {
                control.close();
            }
        }
    }

    private ControlPoller openControl()
    {
        if (journalDir == null)
        {
            return null;
        }
        try
        {
            return new ControlPoller(journalDir, sink, clock);
        }
        catch (final RuntimeException ex)
        {
            // the engine runs on without operator commands rather than not at all
            System.err.println("ringwall: cannot open the control queue in " + journalDir + ", ctl commands will not arrive: " + ex);
            return null;
        }
    }

    private void tick(final ControlPoller control)
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
            if (control != null && control.poll() > 0)
            {
                commandsForwarded = control.forwarded();
            }
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
