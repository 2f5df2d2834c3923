package io.ringwall.engine.portfolio;

/**
 * The portfolio's state sampled on a fixed event-time grid, in preallocated columns: equity, drawdown from the
 * running peak and gross exposure, and per instrument its net position, mid and PnL, and per strategy its PnL
 * and whether it held anything.
 * <p>
 * Grid points are origin + k * interval, the origin being the grid point at or before the first event. A point
 * holds the state after every event at or before it (it is written when the first later event arrives, or by
 * {@link Portfolio#sampleThrough}). The capacity is fixed and the whole session is kept: when the columns fill
 * up, every second sample is dropped and the interval doubles, so a long session ends with coarser samples
 * instead of losing its start; {@link #intervalNs()} is the spacing the kept samples have now (the one to
 * annualise with). Allocation-free after construction.
 */
public final class EquityCurve
{
    private final int capacity;
    private final int instruments;
    private final int strategies;
    private final long[] timeNs;
    private final double[] equity;
    private final double[] drawdown;
    private final double[] grossExposure;
    private final long[] position;
    private final long[] mid;
    private final double[] instrumentPnl;
    private final double[] strategyPnl;
    private final boolean[] strategyInPosition;
    private long intervalNs;
    private long originNs;
    private int size;
    private double peak;

    EquityCurve(final int capacity, final long intervalNs, final int instruments, final int strategies)
    {
        if (capacity < 2)
        {
            throw new IllegalArgumentException("sampleCapacity must be at least 2: " + capacity);
        }
        if (intervalNs <= 0)
        {
            throw new IllegalArgumentException("sampleIntervalNs must be positive: " + intervalNs);
        }
        this.capacity = capacity;
        this.intervalNs = intervalNs;
        this.instruments = instruments;
        this.strategies = strategies;
        timeNs = new long[capacity];
        equity = new double[capacity];
        drawdown = new double[capacity];
        grossExposure = new double[capacity];
        position = new long[capacity * instruments];
        mid = new long[capacity * instruments];
        instrumentPnl = new double[capacity * instruments];
        strategyPnl = new double[capacity * strategies];
        strategyInPosition = new boolean[capacity * strategies];
    }

    /** @return the time of the next sample to write, or Long.MIN_VALUE before the first. */
    long nextPointNs()
    {
        return size == 0 ? Long.MIN_VALUE : originNs + size * intervalNs;
    }

    /** Starts the grid at the point at or before the first event. */
    void align(final long firstEventNs)
    {
        originNs = Math.floorDiv(firstEventNs, intervalNs) * intervalNs;
    }

    /** Makes room for one more sample, coarsening the grid if full. */
    void ensureRoom()
    {
        if (size < capacity)
        {
            return;
        }
        int kept = 0;
        for (int i = 0; i < size; i += 2)
        {
            copy(i, kept++);
        }
        size = kept;
        intervalNs *= 2;
    }

    private void copy(final int from, final int to)
    {
        timeNs[to] = timeNs[from];
        equity[to] = equity[from];
        drawdown[to] = drawdown[from];
        grossExposure[to] = grossExposure[from];
        System.arraycopy(position, from * instruments, position, to * instruments, instruments);
        System.arraycopy(mid, from * instruments, mid, to * instruments, instruments);
        System.arraycopy(instrumentPnl, from * instruments, instrumentPnl, to * instruments, instruments);
        System.arraycopy(strategyPnl, from * strategies, strategyPnl, to * strategies, strategies);
        System.arraycopy(strategyInPosition, from * strategies, strategyInPosition, to * strategies, strategies);
    }

    /** Opens the next sample; the caller fills in the per-instrument and per-strategy columns. */
    int begin(final double equityNow, final double grossNow)
    {
        final int i = size++;
        timeNs[i] = originNs + i * intervalNs;
        equity[i] = equityNow;
        peak = i == 0 ? equityNow : Math.max(peak, equityNow);
        drawdown[i] = peak > 0 ? equityNow / peak - 1.0 : 0.0;
        grossExposure[i] = grossNow;
        for (int s = 0; s < strategies; s++)
        {
            strategyPnl[i * strategies + s] = 0;
            strategyInPosition[i * strategies + s] = false;
        }
        return i;
    }

    void instrument(final int sample, final int instrument, final long netQty, final long midNow, final double pnl)
    {
        final int k = sample * instruments + instrument;
        position[k] = netQty;
        mid[k] = midNow;
        instrumentPnl[k] = pnl;
    }

    void addStrategy(final int sample, final int strategy, final double pnl, final boolean inPosition)
    {
        final int k = sample * strategies + strategy;
        strategyPnl[k] += pnl;
        strategyInPosition[k] |= inPosition;
    }

    /** @return samples kept. */
    public int size()
    {
        return size;
    }

    /** @return the spacing of the kept samples (it doubles each time the curve fills up). */
    public long intervalNs()
    {
        return intervalNs;
    }

    /** @return the number of instrument slots in each sample. */
    public int instrumentSlots()
    {
        return instruments;
    }

    /** @return the number of strategy slots in each sample. */
    public int strategySlots()
    {
        return strategies;
    }

    /** @return the event time of sample i (a grid point). */
    public long timeNs(final int i)
    {
        return timeNs[i];
    }

    /** @return account equity (cash + positions marked to mid) at sample i, quote currency. */
    public double equity(final int i)
    {
        return equity[i];
    }

    /** @return equity / running peak - 1 at sample i (0 at a new high, negative below it). */
    public double drawdown(final int i)
    {
        return drawdown[i];
    }

    /** @return the sum over instruments of |net position * mid| at sample i, quote currency. */
    public double grossExposure(final int i)
    {
        return grossExposure[i];
    }

    /** @return the net position mantissa in an instrument (over all strategies) at sample i. */
    public long position(final int i, final int instrument)
    {
        return position[i * instruments + instrument];
    }

    /** @return the instrument's mid (mark) at sample i, price mantissa; 0 before the first mark or fill. */
    public long mid(final int i, final int instrument)
    {
        return mid[i * instruments + instrument];
    }

    /** @return the instrument's PnL (realized + unrealized - fees, all strategies) at sample i. */
    public double instrumentPnl(final int i, final int instrument)
    {
        return instrumentPnl[i * instruments + instrument];
    }

    /** @return the strategy's PnL (all instruments) at sample i. */
    public double strategyPnl(final int i, final int strategy)
    {
        return strategyPnl[i * strategies + strategy];
    }

    /** @return whether the strategy held any position at sample i. */
    public boolean strategyInPosition(final int i, final int strategy)
    {
        return strategyInPosition[i * strategies + strategy];
    }
}
