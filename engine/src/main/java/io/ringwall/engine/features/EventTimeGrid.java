package io.ringwall.engine.features;

/**
 * A clock of evenly spaced event-time grid points (epoch multiples of an interval) that says how many points
 * each new event time has crossed, so that the caller samples once per point with the last value it knew.
 * <p>
 * The first call aligns to the grid: the point at or before its time counts as already passed, and it returns
 * 0. After that, a time t has crossed every point g with previous time < g <= t. A time at or before the latest
 * one crosses nothing and changes nothing (event time can step back between sources). The caller samples at
 * {@link #lastPointNs()} - (n - 1 - i) * interval for i in [0, n): one call per point, so after a long silence
 * the count is large; deterministic and allocation-free.
 */
public final class EventTimeGrid
{
    private final long intervalNs;
    private boolean aligned;
    private long lastPointNs = Long.MIN_VALUE;

    /**
     * @param intervalNs the spacing of the grid points, positive.
     * @throws IllegalArgumentException naming intervalNs when it is not positive.
     */
    public EventTimeGrid(final long intervalNs)
    {
        if (intervalNs <= 0)
        {
            throw new IllegalArgumentException("intervalNs must be positive: " + intervalNs);
        }
        this.intervalNs = intervalNs;
    }

    /**
     * @param timeNs the current event time.
     * @return how many grid points it crossed since the previous call, 0 on the first call.
     */
    public long advance(final long timeNs)
    {
        final long point = Math.floorDiv(timeNs, intervalNs) * intervalNs;
        if (!aligned)
        {
            aligned = true;
            lastPointNs = point;
            return 0;
        }
        if (point <= lastPointNs)
        {
            return 0;
        }
        final long crossed = (point - lastPointNs) / intervalNs;
        lastPointNs = point;
        return crossed;
    }

    /**
     * @return the latest grid point at or before the latest time seen, Long.MIN_VALUE before the first call.
     */
    public long lastPointNs()
    {
        return lastPointNs;
    }

    /**
     * @return the spacing of the grid points.
     */
    public long intervalNs()
    {
        return intervalNs;
    }
}
