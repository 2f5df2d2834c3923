package io.ringwall.engine.portfolio;

import io.ringwall.codecs.sbe.Side;

/**
 * The account: a {@link Position} per (strategy, instrument), cash, equity (cash + positions marked to mid),
 * exposure, the closed-trade {@link TradeLog} and the {@link EquityCurve}. Fed fills and mids on the
 * business-logic thread in event time; allocation-free once instruments are defined.
 * <p>
 * Instruments and strategies are small dense ids (array slots). Every call with a time first samples the
 * equity curve at the grid points that time has passed, so samples see the state before the event.
 */
public final class Portfolio
{
    private final double initialCash;
    private final int strategies;
    private final int instruments;
    private final Position[] positions;
    private final long[] mids;
    private final int[] priceExponents;
    private final int[] qtyExponents;
    private final boolean[] defined;
    private final TradeLog trades;
    private final EquityCurve curve;
    private double cash;
    private boolean started;

    /**
     * @param initialCash       starting cash, quote currency, positive (returns are relative to it).
     * @param strategies        strategy id slots [0, strategies).
     * @param instruments       instrument id slots [0, instruments); define each traded one.
     * @param tradeCapacity     closed trades kept.
     * @param sampleIntervalNs  the equity curve's grid spacing.
     * @param sampleCapacity    equity samples kept (the grid coarsens when full).
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public Portfolio(
        final double initialCash, final int strategies, final int instruments, final int tradeCapacity,
        final long sampleIntervalNs, final int sampleCapacity)
    {
        if (!(initialCash > 0) || Double.isInfinite(initialCash))
        {
            throw new IllegalArgumentException("initialCash must be positive: " + initialCash);
        }
        if (strategies <= 0)
        {
            throw new IllegalArgumentException("strategies must be positive: " + strategies);
        }
        if (instruments <= 0)
        {
            throw new IllegalArgumentException("instruments must be positive: " + instruments);
        }
        this.initialCash = initialCash;
        this.cash = initialCash;
        this.strategies = strategies;
        this.instruments = instruments;
        this.positions = new Position[strategies * instruments];
        this.mids = new long[instruments];
        this.priceExponents = new int[instruments];
        this.qtyExponents = new int[instruments];
        this.defined = new boolean[instruments];
        this.trades = new TradeLog(tradeCapacity);
        this.curve = new EquityCurve(sampleCapacity, sampleIntervalNs, instruments, strategies);
    }

    /**
     * Declares an instrument's fixed-point exponents (before trading it; not on the hot path).
     *
     * @throws IllegalArgumentException naming instrumentId when out of range, or the exponents.
     */
    public void defineInstrument(final int instrumentId, final int priceExponent, final int qtyExponent)
    {
        if (instrumentId < 0 || instrumentId >= instruments)
        {
            throw new IllegalArgumentException("instrumentId out of [0, " + instruments + "): " + instrumentId);
        }
        final QuoteScale scale = new QuoteScale(priceExponent, qtyExponent);
        priceExponents[instrumentId] = priceExponent;
        qtyExponents[instrumentId] = qtyExponent;
        defined[instrumentId] = true;
        for (int s = 0; s < strategies; s++)
        {
            positions[s * instruments + instrumentId] = new Position(s, instrumentId, scale, trades);
        }
    }

    /**
     * Books a fill.
     *
     * @param strategyId   the strategy whose order filled.
     * @param instrumentId a defined instrument.
     * @param side         BID bought, ASK sold.
     * @param price        fill price mantissa.
     * @param qty          filled quantity mantissa, positive.
     * @param fee          fee in quote currency (negative for a rebate).
     * @param nowNs        event time.
     */
    public void onFill(
        final int strategyId, final int instrumentId, final Side side, final long price, final long qty,
        final double fee, final long nowNs)
    {
        sampleBefore(nowNs);
        final Position position = position(strategyId, instrumentId);
        if (position == null)
        {
            throw new IllegalStateException("instrument not defined: " + instrumentId);
        }
        if (qty <= 0)
        {
            throw new IllegalArgumentException("qty must be positive: " + qty);
        }
        position.onFill(side, price, qty, fee, nowNs);
        final double notional = position.tradedNotionalOf(price, qty);
        cash += (side == Side.BID ? -notional : notional) - fee;
        if (mids[instrumentId] == 0)
        {
            mids[instrumentId] = price;
        }
    }

    /**
     * Marks an instrument's positions to a new mid.
     *
     * @param mid   mid price mantissa (may be x.5 of a tick; pass the rounded mantissa).
     * @param nowNs event time.
     */
    public void onMark(final int instrumentId, final long mid, final long nowNs)
    {
        sampleBefore(nowNs);
        mids[instrumentId] = mid;
        for (int s = 0; s < strategies; s++)
        {
            final Position position = positions[s * instruments + instrumentId];
            if (position != null)
            {
                position.onMark(mid);
            }
        }
    }

    /** Samples the grid points before nowNs (a timer tick with no fill or mark). */
    public void onTime(final long nowNs)
    {
        sampleBefore(nowNs);
    }

    /** Samples every grid point up to and including nowNs: call once at the end of a session. */
    public void sampleThrough(final long nowNs)
    {
        sampleBefore(nowNs == Long.MAX_VALUE ? nowNs : nowNs + 1);
    }

    private void sampleBefore(final long nowNs)
    {
        if (!started)
        {
            started = true;
            curve.align(nowNs);
            sample();
        }
        while (curve.nextPointNs() < nowNs)
        {
            curve.ensureRoom();
            if (curve.nextPointNs() >= nowNs)
            {
                break;
            }
            sample();
        }
    }

    private void sample()
    {
        final int i = curve.begin(equity(), grossExposure());
        for (int instrument = 0; instrument < instruments; instrument++)
        {
            long qty = 0;
            double pnl = 0;
            for (int s = 0; s < strategies; s++)
            {
                final Position position = positions[s * instruments + instrument];
                if (position != null)
                {
                    qty += position.qty();
                    pnl += position.totalPnl();
                    curve.addStrategy(i, s, position.totalPnl(), position.qty() != 0);
                }
            }
            curve.instrument(i, instrument, qty, mids[instrument], pnl);
        }
    }

    /** @return cash + every position marked to its mid, quote currency. */
    public double equity()
    {
        double value = cash;
        for (final Position position : positions)
        {
            if (position != null)
            {
                value += position.marketValue();
            }
        }
        return value;
    }

    /** @return sum over instruments of |net position value|, quote currency. */
    public double grossExposure()
    {
        double gross = 0;
        for (int instrument = 0; instrument < instruments; instrument++)
        {
            gross += Math.abs(instrumentValue(instrument));
        }
        return gross;
    }

    /** @return sum over instruments of the signed net position value (long minus short), quote currency. */
    public double netExposure()
    {
        double net = 0;
        for (int instrument = 0; instrument < instruments; instrument++)
        {
            net += instrumentValue(instrument);
        }
        return net;
    }

    private double instrumentValue(final int instrument)
    {
        double value = 0;
        for (int s = 0; s < strategies; s++)
        {
            final Position position = positions[s * instruments + instrument];
            if (position != null)
            {
                value += position.marketValue();
            }
        }
        return value;
    }

    /** @return the position of a strategy in an instrument, null if the instrument is not defined. */
    public Position position(final int strategyId, final int instrumentId)
    {
        return positions[strategyId * instruments + instrumentId];
    }

    /** @return the net position mantissa in an instrument over all strategies. */
    public long netQty(final int instrumentId)
    {
        long qty = 0;
        for (int s = 0; s < strategies; s++)
        {
            final Position position = positions[s * instruments + instrumentId];
            if (position != null)
            {
                qty += position.qty();
            }
        }
        return qty;
    }

    /** @return whether the instrument slot was defined. */
    public boolean isDefined(final int instrumentId)
    {
        return defined[instrumentId];
    }

    /** @return the instrument's price exponent (price = mantissa * 10^exponent). */
    public int priceExponent(final int instrumentId)
    {
        return priceExponents[instrumentId];
    }

    /** @return the instrument's quantity exponent. */
    public int qtyExponent(final int instrumentId)
    {
        return qtyExponents[instrumentId];
    }

    /** @return the instrument's latest mid (or first fill price before any mid), price mantissa. */
    public long mid(final int instrumentId)
    {
        return mids[instrumentId];
    }

    /** @return cash, quote currency. */
    public double cash()
    {
        return cash;
    }

    /** @return the starting cash. */
    public double initialCash()
    {
        return initialCash;
    }

    /** @return strategy id slots. */
    public int strategies()
    {
        return strategies;
    }

    /** @return instrument id slots. */
    public int instruments()
    {
        return instruments;
    }

    /** @return the closed trades. */
    public TradeLog trades()
    {
        return trades;
    }

    /** @return the sampled equity curve. */
    public EquityCurve equityCurve()
    {
        return curve;
    }
}
