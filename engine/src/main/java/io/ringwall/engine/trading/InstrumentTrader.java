package io.ringwall.engine.trading;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.AlgoKind;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.algos.AlgoListener;
import io.ringwall.engine.algos.AlgoOutcome;
import io.ringwall.engine.algos.AlgoState;
import io.ringwall.engine.algos.ExecutionAlgo;
import io.ringwall.engine.algos.SlippageProtectedMarket;
import io.ringwall.engine.algos.SmartLimit;
import io.ringwall.engine.analytics.InstrumentAnalytics;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.portfolio.Position;
import io.ringwall.engine.risk.PreTradeRisk;
import io.ringwall.engine.risk.RiskReason;
import io.ringwall.engine.risk.TradingState;
import io.ringwall.engine.sizing.SizingModel;
import io.ringwall.engine.walls.WallTracker;

/**
 * One instrument's strategy state: FLAT, ENTERING (entry algorithm working), IN_POSITION (exits watched) or EXITING
 * (exit algorithm working), with the take-profit and stop fixed at entry. Works for the {@link TradingStage} that owns it.
 */
public final class InstrumentTrader
{
    /** No position and nothing working. */
    public static final int FLAT = 0;
    /** The entry algorithm is working. */
    public static final int ENTERING = 1;
    /** Holding a position, watching the exits. */
    public static final int IN_POSITION = 2;
    /** The exit algorithm is working. */
    public static final int EXITING = 3;

    private final TradingStage stage;
    private final TradingSettings settings;
    private final TradingDecisions decisions;
    private final int instrumentId;
    private final ExecutionAlgo entry;
    private final SmartLimit smartLimit;
    private final SlippageProtectedMarket marketEntry;
    private final SlippageProtectedMarket exit;
    private final AlgoKind entryKind;
    private InstrumentAnalytics analytics;
    private int priceExponent;
    private int qtyExponent;

    private int phase = FLAT;
    private boolean isLong;
    private Side exitSide = Side.ASK;
    private long takeProfit;
    private long stop;
    private long entryNs;
    private long lastBookNs;
    private long exitRetryNs = Long.MIN_VALUE;
    private long entries;
    private long exits;

    InstrumentTrader(final TradingStage stage, final int instrumentId, final InstrumentAnalytics analytics)
    {
        this.stage = stage;
        this.settings = stage.settings();
        this.decisions = stage.decisions();
        this.instrumentId = instrumentId;
        final long tick = Math.max(1, analytics.book().instrument().tickSize());
        final AlgoListener entryDone = this::onEntryFinished;
        final AlgoListener exitDone = this::onExitFinished;
        if (settings.entryAlgo() == EntryAlgo.SMART_LIMIT)
        {
            smartLimit = new SmartLimit(stage.blotter(), tick, entryDone);
            marketEntry = null;
            entry = smartLimit;
        }
        else
        {
            smartLimit = null;
            marketEntry = new SlippageProtectedMarket(stage.blotter(), tick, entryDone);
            entry = marketEntry;
        }
        entryKind = TradingStage.kindOf(settings.entryAlgo());
        exit = new SlippageProtectedMarket(stage.blotter(), tick, exitDone);
        rebind(analytics);
    }

    void rebind(final InstrumentAnalytics analytics)
    {
        this.analytics = analytics;
        this.priceExponent = analytics.book().priceExponent();
        this.qtyExponent = analytics.book().qtyExponent();
    }

    void onTime(final long nowNs)
    {
        entry.onTime(nowNs);
        exit.onTime(nowNs);
        // the time stop, and a halt's flatten (or its retry after a refusal), must not wait for a book message
        if (phase == IN_POSITION &&
            (nowNs - entryNs >= settings.timeStopNs() || stage.killSwitch().state() == TradingState.HALTED ||
            stage.killSwitch().flattening()))
        {
            checkExit(nowNs);
        }
    }

    void afterBookInput(final long nowNs)
    {
        if (!analytics.book().atMessageBoundary())
        {
            return;
        }
        final boolean live = TradingStage.isLive(analytics);
        stage.venue().setLive(instrumentId, live);
        if (!live)
        {
            return;
        }
        lastBookNs = nowNs;
        stage.venue().onBook(instrumentId, nowNs);
        final OrderBook book = analytics.book().book();
        final long bid = book.bestBidPrice();
        final long ask = book.bestAskPrice();
        entry.onBook(bid, ask, nowNs);
        exit.onBook(bid, ask, nowNs);
        if (bid != OrderBook.NULL_PRICE && ask != OrderBook.NULL_PRICE)
        {
            stage.portfolio().onMark(instrumentId, (bid + ask) / 2, nowNs);
        }
        if (phase == IN_POSITION)
        {
            checkExit(nowNs);
        }
    }

    void onSignal(final double confidence, final long nowNs)
    {
        if (phase != FLAT || stage.killSwitch().state() != TradingState.RUNNING || !TradingStage.isLive(analytics))
        {
            return;
        }
        final boolean goLong = confidence >= settings.entryProbability();
        if (!goLong && !(confidence <= 1 - settings.entryProbability()))
        {
            return;
        }
        final OrderBook book = analytics.book().book();
        final long bid = book.bestBidPrice();
        final long ask = book.bestAskPrice();
        if (bid == OrderBook.NULL_PRICE || ask == OrderBook.NULL_PRICE)
        {
            return;
        }
        final double mid = (bid + ask) / 2.0;
        if (!exitsFor(goLong, mid))
        {
            return;
        }
        final double winProbability = goLong ? confidence : 1 - confidence;
        final double equity = stage.portfolio().equity();
        final double takeProfitDistance = Math.abs(takeProfit - mid);
        final double stopDistance = Math.abs(mid - stop);
        final double notional;
        final double fraction;
        final boolean capped;
        final double volatility = analytics.annualisedVolatility();
        if (settings.sizing().model() == SizingModel.KELLY)
        {
            notional = stage.kelly().size(winProbability, takeProfitDistance, stopDistance, equity);
            fraction = stage.kelly().lastAppliedFraction();
            capped = stage.kelly().lastCapped();
        }
        else
        {
            notional = stage.volatilityTarget().size(volatility, equity);
            fraction = stage.volatilityTarget().lastLeverage();
            capped = stage.volatilityTarget().lastCapped();
        }
        final double midPrice = TradingStage.price(mid, priceExponent);
        // quantity mantissa = notional / price / 10^qtyExponent, rounded down to a whole lot
        final long qty = midPrice > 0 ? (long)(notional / midPrice * FixedPoint.powerOfTen(-qtyExponent)) : 0;
        final long intentId = stage.blotter().newId();
        decisions.sizingVerdict(instrumentId, intentId, settings.sizing().model(), qty, winProbability,
            takeProfitDistance / stopDistance, volatility, fraction, equity, notional, capped);
        if (qty <= 0)
        {
            return;
        }
        final Side side = goLong ? Side.BID : Side.ASK;
        final long price = settings.entryAlgo() == EntryAlgo.MARKET ? (goLong ? ask : bid) : (goLong ? bid : ask);
        if (!riskAccepts(intentId, side, price, qty, midPrice, nowNs))
        {
            return;
        }
        isLong = goLong;
        phase = ENTERING;
        entries++;
        decisions.algoUpdate(instrumentId, intentId, entryKind, side, qty, 0, 0, AlgoState.WORKING, AlgoOutcome.NONE);
        if (smartLimit != null)
        {
            smartLimit.start(intentId, instrumentId, side, qty, settings.improveTicks(), settings.repriceTicks(),
                settings.maxReprices(), settings.entryTimeLimitNs(), nowNs);
        }
        else
        {
            marketEntry.start(intentId, instrumentId, side, qty, settings.maxSlippageBps(), settings.maxAttempts(), nowNs);
        }
    }

    /** Fixes the take-profit and stop for an entry at mid: the walls' suggestions when usable, else k ATRs. */
    private boolean exitsFor(final boolean goLong, final double mid)
    {
        if (settings.useWalls())
        {
            final WallTracker walls = analytics.walls();
            final long tp = walls.takeProfitPrice(goLong);
            final long sl = walls.stopPrice(goLong);
            if (tp != WallTracker.ABSENT && sl != WallTracker.ABSENT &&
                (goLong ? tp > mid && sl < mid : tp < mid && sl > mid))
            {
                takeProfit = tp;
                stop = sl;
                return true;
            }
        }
        final double atr = analytics.atr(0) * FixedPoint.powerOfTen(-priceExponent);   // price mantissa units
        if (!(atr > 0) || Double.isInfinite(atr))
        {
            return false;
        }
        final double sign = goLong ? 1 : -1;
        takeProfit = Math.round(mid + sign * settings.takeProfitAtr() * atr);
        stop = Math.round(mid - sign * settings.stopAtr() * atr);
        return takeProfit != stop;
    }

    private void checkExit(final long nowNs)
    {
        final Position position = stage.portfolio().position(TradingStage.STRATEGY, instrumentId);
        final long qty = position.qty();
        if (qty == 0)
        {
            phase = FLAT;
            return;
        }
        if (nowNs < exitRetryNs)
        {
            return;
        }
        final OrderBook book = analytics.book().book();
        final long bid = book.bestBidPrice();
        final long ask = book.bestAskPrice();
        // an operator's flatten closes positions like a halt does, while leaving the stage REDUCING
        final boolean halted = stage.killSwitch().state() == TradingState.HALTED || stage.killSwitch().flattening();
        final boolean timeUp = nowNs - entryNs >= settings.timeStopNs();
        boolean target = false;
        if (bid != OrderBook.NULL_PRICE && ask != OrderBook.NULL_PRICE)
        {
            final double mid = (bid + ask) / 2.0;
            target = isLong ? mid >= takeProfit || mid <= stop : mid <= takeProfit || mid >= stop;
        }
        if (!target && !timeUp && !halted)
        {
            return;
        }
        if (bid == OrderBook.NULL_PRICE || ask == OrderBook.NULL_PRICE || !TradingStage.isLive(analytics))
        {
            return;   // nothing to exit against; the next book or timer tries again
        }
        final Side side = qty > 0 ? Side.ASK : Side.BID;
        final long exitQty = Math.abs(qty);
        final long parentId = stage.blotter().newId();
        final double midPrice = TradingStage.price((bid + ask) / 2.0, priceExponent);
        if (!riskAccepts(parentId, side, side == Side.ASK ? bid : ask, exitQty, midPrice, nowNs))
        {
            exitRetryNs = nowNs + TradingStage.EXIT_RETRY_NS;
            return;
        }
        phase = EXITING;
        exitSide = side;
        exits++;
        decisions.algoUpdate(instrumentId, parentId, AlgoKind.MARKET, side, exitQty, 0, 0, AlgoState.WORKING, AlgoOutcome.NONE);
        exit.start(parentId, instrumentId, side, exitQty, settings.maxSlippageBps(), settings.maxAttempts(), nowNs);
    }

    private boolean riskAccepts(
        final long intentId, final Side side, final long price, final long qty, final double midPrice, final long nowNs)
    {
        final PreTradeRisk risk = stage.risk();
        final int verdict = risk.check(instrumentId, side, price, qty, priceExponent, qtyExponent, midPrice,
            TradingStage.isLive(analytics), nowNs - lastBookNs, stage.portfolio().netQty(instrumentId),
            stage.portfolio().grossExposure(), stage.blotter().openOrders(), PreTradeRisk.NO_ORDER, PreTradeRisk.NO_ORDER, nowNs);
        decisions.riskVerdict(instrumentId, intentId, side, price, qty, risk.lastNotional(), verdict, risk.lastMeasured(),
            risk.lastLimit(), risk.lastReducing());
        return verdict == RiskReason.ACCEPT;
    }

    void onHalt(final long nowNs)
    {
        if (TradingStage.working(entry))
        {
            entry.cancel(nowNs);
        }
        if (phase == IN_POSITION)
        {
            checkExit(nowNs);   // at once: the book may be quiet, and the next timer would be late
        }
    }

    private void onEntryFinished(
        final long parentId, final int state, final int outcome, final long filledQty, final double avgPrice, final long nowNs)
    {
        decisions.algoUpdate(instrumentId, parentId, entryKind, isLong ? Side.BID : Side.ASK, filledQty + entry.remainingQty(), filledQty,
            avgPrice, state, outcome);
        if (filledQty > 0)
        {
            phase = IN_POSITION;
            entryNs = nowNs;
            exitRetryNs = Long.MIN_VALUE;
        }
        else
        {
            phase = FLAT;
        }
    }

    private void onExitFinished(
        final long parentId, final int state, final int outcome, final long filledQty, final double avgPrice, final long nowNs)
    {
        decisions.algoUpdate(instrumentId, parentId, AlgoKind.MARKET, exitSide, filledQty + exit.remainingQty(), filledQty,
            avgPrice, state, outcome);
        phase = stage.portfolio().position(TradingStage.STRATEGY, instrumentId).qty() == 0 ? FLAT : IN_POSITION;
    }

    /** @return FLAT, ENTERING, IN_POSITION or EXITING. */
    public int phase()
    {
        return phase;
    }

    /** @return the take-profit of the current (or last) position, price mantissa. */
    public long takeProfit()
    {
        return takeProfit;
    }

    /** @return the stop of the current (or last) position, price mantissa. */
    public long stop()
    {
        return stop;
    }

    /** @return entries started. */
    public long entries()
    {
        return entries;
    }

    /** @return exits started. */
    public long exits()
    {
        return exits;
    }
}
