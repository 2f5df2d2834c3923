package io.ringwall.gateways.sim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The timeline thread: from the moment playback starts, plays frame i at
 * {@code start + (t_i - t_0) / speed}, advancing the symbol's book and sending the frame to every
 * subscribed client. It never waits on a client, and keeps playing whether or not anyone is connected.
 */
final class Player implements Runnable
{
    private static final Logger LOG = LoggerFactory.getLogger(Player.class);
    private static final long MAX_PARK_NS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final int FLUSH_EVERY = 64;

    private final Timeline timeline;
    private final List<TimelineFrame> frames;
    private final Map<String, SimBook> books;
    private final SimClients clients;
    private final SimulatorFaults faults;
    private final SimulatorStats stats;
    private final double speed;
    private final Thread thread;
    private final Object startLock = new Object();
    private volatile long startNs;
    private volatile boolean started;
    private volatile boolean finished;
    private volatile boolean stopping;

    Player(
        final Timeline timeline,
        final SimClients clients,
        final SimulatorFaults faults,
        final SimulatorStats stats,
        final double speed)
    {
        this.timeline = timeline;
        this.frames = timeline.frames();
        this.books = timeline.books();
        this.clients = clients;
        this.faults = faults;
        this.stats = stats;
        this.speed = speed;
        this.finished = frames.isEmpty();
        this.thread = new Thread(this, "ringwall-sim-timeline");
        this.thread.setDaemon(true);
    }

    void launch()
    {
        thread.start();
    }

    /** Starts playback (the first client subscribed); later calls do nothing. */
    void play()
    {
        synchronized (startLock)
        {
            if (started)
            {
                return;
            }
            startNs = System.nanoTime();
            started = true;
        }
        LOG.info("simulator: playback started, {} frames at {}x", frames.size(), speed);
        LockSupport.unpark(thread);
    }

    boolean started()
    {
        return started;
    }

    boolean finished()
    {
        return finished;
    }

    /**
     * @return the recording's time now: its first frame's time before playback, advancing at the playback
     * speed, and its last frame's time once played out.
     */
    long playTimeNs()
    {
        if (!started)
        {
            return timeline.startTimeNs();
        }
        final long elapsed = (long)((System.nanoTime() - startNs) * speed);
        return Math.min(timeline.startTimeNs() + elapsed, timeline.endTimeNs());
    }

    void stop()
    {
        stopping = true;
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

    @Override
    public void run()
    {
        while (!started && !stopping)
        {
            LockSupport.parkNanos(MAX_PARK_NS);
        }
        final long t0 = timeline.startTimeNs();
        int unflushed = 0;
        for (int i = 0; i < frames.size() && !stopping; )
        {
            final TimelineFrame frame = frames.get(i);
            final long due = startNs + (long)((frame.timeNs - t0) / speed);
            final long wait = due - System.nanoTime();
            if (wait > 0)
            {
                flush();
                unflushed = 0;
                LockSupport.parkNanos(Math.min(wait, MAX_PARK_NS));
                continue;
            }
            play(frame);
            i++;
            if (++unflushed >= FLUSH_EVERY)
            {
                flush();
                unflushed = 0;
            }
        }
        flush();
        if (!stopping)
        {
            finished = true;
            LOG.info("simulator: recording played to its end; {}", stats);
        }
    }

    private void play(final TimelineFrame frame)
    {
        if (frame.depth)
        {
            final SimBook book = books.get(frame.symbol);
            if (book != null)
            {
                book.apply(frame);
            }
        }
        stats.framesPlayed.incrementAndGet();
        if (frame.symbol != null && faults.takeDrop(frame.symbol, frame.type))
        {
            return;
        }
        final long now = System.nanoTime();
        for (final SimClient client : clients)
        {
            client.deliver(frame, now, stats);
        }
    }

    private void flush()
    {
        for (final SimClient client : clients)
        {
            client.flushIfDirty();
        }
    }
}
