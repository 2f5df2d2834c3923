package io.ringwall.gateways;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Snapshot requests from the business logic to the gateways: one flag per instrument, set by the logic
 * thread with an ordered store (no lock, no allocation, no system call) and collected by the gateway's
 * event loop when it polls.
 */
public final class SnapshotRequests
{
    private final AtomicIntegerArray flags;
    private volatile int pending;

    /**
     * @param maxInstruments instrument ids must be below this.
     */
    public SnapshotRequests(final int maxInstruments)
    {
        flags = new AtomicIntegerArray(maxInstruments);
    }

    /**
     * Asks for a snapshot of an instrument (idempotent until taken).
     *
     * @param instrumentId the instrument.
     */
    public void request(final int instrumentId)
    {
        if (instrumentId > 0 && instrumentId < flags.length())
        {
            flags.lazySet(instrumentId, 1);
            pending = 1;
        }
    }

    /**
     * Takes an instrument's request if there is one.
     *
     * @param instrumentId the instrument.
     * @return true if a snapshot was requested since the last take.
     */
    public boolean take(final int instrumentId)
    {
        return instrumentId > 0 && instrumentId < flags.length() && flags.getAndSet(instrumentId, 0) == 1;
    }

    /**
     * @return true if any request may be waiting (a cheap check before scanning).
     */
    public boolean mayHaveRequests()
    {
        if (pending == 0)
        {
            return false;
        }
        pending = 0;
        return true;
    }

    /**
     * @return the number of instrument ids this can hold.
     */
    public int capacity()
    {
        return flags.length();
    }
}
