package io.ringwall.engine.risk;

/**
 * Stops trading when the account loses too much, and carries the operator's {@code halt}, {@code resume} and
 * {@code flatten}. Fed the account equity (quote) in event time; the rules:
 * <ul>
 *   <li>The day is the UTC day of the event time. Its starting equity is the first equity ever seen, then at each
 *       rollover the last equity seen before the boundary (the best known value at midnight), so no PnL falls
 *       between two days. The daily loss is {@code dayStart - equity}.</li>
 *   <li>The drawdown is {@code peak - equity}, the peak taken over the whole session: a new day does not reset it,
 *       so after a drawdown halt {@link #resume} trips again until equity is back within the limit of the session's
 *       peak (while flat: until the session restarts).</li>
 *   <li>HALTED when the daily loss reaches {@code dailyLossLimit} or the drawdown reaches {@code maxDrawdown}
 *       (daily loss first); REDUCING, from RUNNING, when either reaches {@code reducingFraction} of its limit.</li>
 *   <li>States are latched: the figures only ever move the state up (RUNNING, REDUCING, HALTED). Only
 *       {@link #resume} moves it down, to RUNNING, and it then re-checks the last figures at once, so a limit that
 *       is still breached trips again immediately (two transitions, both reported). A new day therefore clears a
 *       daily-loss halt only when the operator resumes.</li>
 *   <li>{@link #flatten} asks for every position to be closed: it raises {@link #flattenRequested()} (for the order
 *       code to act on once, see {@link #consumeFlattenRequest()}) and {@link #flattening()} (reducing orders pass
 *       even when HALTED) and moves RUNNING to REDUCING so the strategies cannot reopen. A halt with
 *       {@code flattenOnHalt} does the same. {@link #resume} ends the flatten.</li>
 * </ul>
 * Transitions go to the listener and can be polled ({@link #state()}, {@link #reason()}, {@link #transitions()}).
 * Allocation-free after construction; a NaN equity is ignored.
 */
public final class KillSwitch
{
    /** Nanoseconds in a UTC day (event time is ns since the epoch, which has no leap seconds). */
    public static final long NS_PER_DAY = 86_400_000_000_000L;

    private final double dailyLossLimit;
    private final double maxDrawdown;
    private final double reducingFraction;
    private final boolean flattenOnHalt;
    private final KillSwitchListener listener;

    private TradingState state = TradingState.RUNNING;
    private int reason = KillReason.NONE;
    private long changedAtNs;
    private long transitions;
    private boolean flattenRequested;
    private boolean flattening;

    private boolean started;
    private long day;
    private double dayStartEquity = Double.NaN;
    private double peakEquity = Double.NaN;
    private double equity = Double.NaN;

    /**
     * @param dailyLossLimit   the daily loss that halts, above 0.
     * @param maxDrawdown      the fall from peak that halts, above 0.
     * @param reducingFraction the fraction of either limit that moves RUNNING to REDUCING, in (0, 1] (1: never).
     * @param flattenOnHalt    whether every halt also requests a flatten.
     * @param listener         told of every transition; {@link KillSwitchListener#NONE} to poll instead.
     */
    public KillSwitch(
        final double dailyLossLimit,
        final double maxDrawdown,
        final double reducingFraction,
        final boolean flattenOnHalt,
        final KillSwitchListener listener)
    {
        RiskSettings.requirePositive("dailyLossLimit", dailyLossLimit);
        RiskSettings.requirePositive("maxDrawdown", maxDrawdown);
        if (!(reducingFraction > 0 && reducingFraction <= 1))
        {
            throw new IllegalArgumentException("reducingFraction must be in (0, 1], was " + reducingFraction);
        }
        if (listener == null)
        {
            throw new IllegalArgumentException("listener must not be null");
        }
        this.dailyLossLimit = dailyLossLimit;
        this.maxDrawdown = maxDrawdown;
        this.reducingFraction = reducingFraction;
        this.flattenOnHalt = flattenOnHalt;
        this.listener = listener;
    }

    /**
     * @param settings the risk settings.
     * @param listener told of every transition.
     */
    public KillSwitch(final RiskSettings settings, final KillSwitchListener listener)
    {
        this(settings.dailyLossLimit(), settings.maxDrawdown(), settings.reducingFraction(), settings.flattenOnHalt(),
            listener);
    }

    /**
     * Takes a new equity sample and trips if a limit is reached.
     *
     * @param nowNs  the event time, ns since the epoch.
     * @param equity the account equity, quote (cash plus positions marked to mid).
     */
    public void onEquity(final long nowNs, final double equity)
    {
        if (Double.isNaN(equity))
        {
            return;
        }
        final long today = Math.floorDiv(nowNs, NS_PER_DAY);
        if (!started)
        {
            started = true;
            day = today;
            dayStartEquity = equity;
            peakEquity = equity;
        }
        else if (today > day)
        {
            day = today;
            dayStartEquity = this.equity;
        }
        this.equity = equity;
        if (equity > peakEquity)
        {
            peakEquity = equity;
        }
        evaluate(nowNs);
    }

    /**
     * The operator's halt: HALTED (flattening too with {@code flattenOnHalt}); nothing if already HALTED.
     *
     * @param nowNs the event time of the command.
     */
    public void halt(final long nowNs)
    {
        if (state != TradingState.HALTED)
        {
            haltFor(nowNs, KillReason.OPERATOR_HALT);
        }
    }

    /**
     * The operator's resume: ends any flatten, goes RUNNING, then re-checks the last figures (so a breached limit
     * trips again at once).
     *
     * @param nowNs the event time of the command.
     */
    public void resume(final long nowNs)
    {
        flattenRequested = false;
        flattening = false;
        if (state != TradingState.RUNNING)
        {
            change(nowNs, TradingState.RUNNING, KillReason.OPERATOR_RESUME);
        }
        if (started)
        {
            evaluate(nowNs);
        }
    }

    /**
     * The operator's flatten: requests closing every position, lets reducing orders through even when HALTED, and
     * moves RUNNING to REDUCING.
     *
     * @param nowNs the event time of the command.
     */
    public void flatten(final long nowNs)
    {
        flattenRequested = true;
        flattening = true;
        if (state == TradingState.RUNNING)
        {
            change(nowNs, TradingState.REDUCING, KillReason.OPERATOR_FLATTEN);
        }
    }

    /**
     * Takes the flatten request, for the order code to act on once.
     *
     * @return whether a flatten was requested since the last call.
     */
    public boolean consumeFlattenRequest()
    {
        final boolean requested = flattenRequested;
        flattenRequested = false;
        return requested;
    }

    /** @return whether a flatten was requested and not yet consumed. */
    public boolean flattenRequested()
    {
        return flattenRequested;
    }

    /** @return whether a flatten is under way (until {@link #resume}): reducing orders pass even when HALTED. */
    public boolean flattening()
    {
        return flattening;
    }

    /** @return the current state. */
    public TradingState state()
    {
        return state;
    }

    /** @return the {@link KillReason} of the last transition. */
    public int reason()
    {
        return reason;
    }

    /** @return the event time of the last transition (0 before any). */
    public long changedAtNs()
    {
        return changedAtNs;
    }

    /** @return the number of transitions so far, for a caller that polls. */
    public long transitions()
    {
        return transitions;
    }

    /** @return the last equity seen (NaN before any). */
    public double equity()
    {
        return equity;
    }

    /** @return the equity at the start of the current UTC day (NaN before any). */
    public double dayStartEquity()
    {
        return dayStartEquity;
    }

    /** @return the current day's PnL, {@code equity - dayStartEquity} (NaN before any). */
    public double dailyPnl()
    {
        return equity - dayStartEquity;
    }

    /** @return the highest equity of the session (NaN before any). */
    public double peakEquity()
    {
        return peakEquity;
    }

    /** @return the fall from the peak, {@code peak - equity}, not negative (NaN before any). */
    public double drawdown()
    {
        return peakEquity - equity;
    }

    /** @return the current UTC day, days since the epoch. */
    public long day()
    {
        return day;
    }

    private void evaluate(final long nowNs)
    {
        if (state == TradingState.HALTED)
        {
            return;
        }
        final double dailyLoss = dayStartEquity - equity;
        final double drawdown = peakEquity - equity;
        if (dailyLoss >= dailyLossLimit)
        {
            haltFor(nowNs, KillReason.DAILY_LOSS);
        }
        else if (drawdown >= maxDrawdown)
        {
            haltFor(nowNs, KillReason.DRAWDOWN);
        }
        else if (state == TradingState.RUNNING)
        {
            if (dailyLoss >= reducingFraction * dailyLossLimit)
            {
                change(nowNs, TradingState.REDUCING, KillReason.DAILY_LOSS_WARNING);
            }
            else if (drawdown >= reducingFraction * maxDrawdown)
            {
                change(nowNs, TradingState.REDUCING, KillReason.DRAWDOWN_WARNING);
            }
        }
    }

    private void haltFor(final long nowNs, final int why)
    {
        if (flattenOnHalt)
        {
            flattenRequested = true;
            flattening = true;
        }
        change(nowNs, TradingState.HALTED, why);
    }

    private void change(final long nowNs, final TradingState to, final int why)
    {
        final TradingState from = state;
        state = to;
        reason = why;
        changedAtNs = nowNs;
        transitions++;
        listener.onStateChange(nowNs, from, to, why);
    }
}
