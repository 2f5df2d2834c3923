package io.ringwall.engine.trading;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.AlgoKind;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.algos.AlgoState;
import io.ringwall.engine.algos.ExecutionAlgo;
import io.ringwall.engine.analytics.InstrumentAnalytics;
import io.ringwall.engine.analytics.SignalListener;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.decision.DecisionSink;
import io.ringwall.engine.decision.InputContext;
import io.ringwall.engine.features.EventTimeGrid;
import io.ringwall.engine.orders.ClientOrderIds;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.orders.OrderListener;
import io.ringwall.engine.paper.PaperVenue;
import io.ringwall.engine.portfolio.Portfolio;
import io.ringwall.engine.portfolio.Position;
import io.ringwall.engine.risk.KillSwitch;
import io.ringwall.engine.risk.KillSwitchListener;
import io.ringwall.engine.risk.PreTradeRisk;
import io.ringwall.engine.risk.RiskReason;
import io.ringwall.engine.risk.TradingState;
import io.ringwall.engine.sizing.FractionalKelly;
import io.ringwall.engine.sizing.SizingModel;
import io.ringwall.engine.sizing.VolatilityTarget;

/**
 * The trading stage: turns the analytics' signals into positions on the paper venue and journals every step. One
 * account (one {@link Portfolio}, {@link PreTradeRisk}, {@link KillSwitch}, {@link OrderBlotter} and
 * {@link PaperVenue}) and, per instrument, an {@link InstrumentTrader} with one entry and one exit algorithm and at
 * most one position. Flat with p(up) at least {@code entryProbability}: long (short at most 1 - it), sized by the
 * configured model, checked by pre-trade risk, worked by the entry algorithm; in a position: out by a
 * slippage-protected market order when mid reaches the take-profit or the stop, at the time stop, or when the kill
 * switch halts. Driven by the business logic in event time; allocation-free once instruments are defined.
 */
public final class TradingStage implements SignalListener, OrderListener, KillSwitchListener
{
    /** The one strategy this step runs. */
    static final int STRATEGY = 0;
    /** Instrument id slots (ids are small dense numbers from the config). */
    static final int MAX_INSTRUMENTS = 256;
    private static final int MAX_ORDERS = 1024;
    private static final int BLOTTER_CAPACITY = 4096;
    private static final int TRADES_KEPT = 100_000;
    private static final int EQUITY_SAMPLES_KEPT = 1 << 16;
    /** After a refused exit, wait this long before asking risk again (a refused exit is retried, not spammed). */
    static final long EXIT_RETRY_NS = 1_000_000_000L;

    private final TradingSettings settings;
    private final TradingDecisions decisions;
    private final KillSwitch killSwitch;
    private final PreTradeRisk risk;
    private final OrderBlotter blotter;
    private final PaperVenue venue;
    private final Portfolio portfolio;
    private final FractionalKelly kelly;
    private final VolatilityTarget volatilityTarget;
    private final EventTimeGrid equityGrid;
    private final InstrumentTrader[] traders = new InstrumentTrader[MAX_INSTRUMENTS];
    private final int[] definedIds = new int[MAX_INSTRUMENTS];
    private int definedCount;
    private long undefinedSignals;

    /**
     * @param settings the trading parameters (enabled).
     * @param input    the input being processed (decisions are stamped with it).
     * @param sink     where decisions go.
     */
    public TradingStage(final TradingSettings settings, final InputContext input, final DecisionSink sink)
    {
        this.settings = settings;
        this.decisions = new TradingDecisions(input, sink);
        this.killSwitch = new KillSwitch(settings.risk(), this);
        this.risk = new PreTradeRisk(settings.risk(), killSwitch);
        this.blotter = new OrderBlotter(BLOTTER_CAPACITY, new ClientOrderIds(1), this);
        this.venue = new PaperVenue(blotter, MAX_INSTRUMENTS, MAX_ORDERS, settings.orderLatencyNs(),
            settings.cancelLatencyNs(), settings.makerFeeBps(), settings.takerFeeBps());
        blotter.connect(venue);
        this.portfolio = new Portfolio(settings.initialEquity(), 1, MAX_INSTRUMENTS, TRADES_KEPT,
            settings.equityIntervalNs(), EQUITY_SAMPLES_KEPT);
        this.kelly = settings.sizing().kelly();
        this.volatilityTarget = settings.sizing().volatilityTarget();
        this.equityGrid = new EventTimeGrid(settings.equityIntervalNs());
        if (settings.sizing().model() != SizingModel.KELLY && settings.sizing().model() != SizingModel.VOL_TARGET)
        {
            throw new IllegalArgumentException("sizing.model " + settings.sizing().model().configName() + " is not wired yet");
        }
    }

    /**
     * Starts trading an instrument whose analytics have been (re)defined. Allocates: definitions precede data. A
     * redefinition of an instrument already traded keeps its trader (and position) and only rebinds the book.
     *
     * @param analytics the instrument's analytics (features, walls, ATR, book).
     */
    public void define(final InstrumentAnalytics analytics)
    {
        final int id = analytics.book().instrumentId();
        if (id <= 0 || id >= MAX_INSTRUMENTS)
        {
            throw new IllegalArgumentException("instrumentId must be in [1, " + MAX_INSTRUMENTS + "): " + id);
        }
        venue.defineInstrument(id, analytics.book().book(), analytics.book().priceExponent(), analytics.book().qtyExponent());
        if (traders[id] == null)
        {
            portfolio.defineInstrument(id, analytics.book().priceExponent(), analytics.book().qtyExponent());
            risk.defineInstrument(id, analytics.book().symbol());
            definedIds[definedCount++] = id;
            traders[id] = new InstrumentTrader(this, id, analytics);
        }
        else
        {
            traders[id].rebind(analytics);
        }
    }

    /**
     * Event time has moved (before the input is applied): venue latencies, algorithm timers, time stops, and the
     * equity grid (journaled and fed to the kill switch).
     *
     * @param nowNs event time.
     */
    public void onTime(final long nowNs)
    {
        venue.onTime(nowNs);
        for (int i = 0; i < definedCount; i++)
        {
            traders[definedIds[i]].onTime(nowNs);
        }
        if (equityGrid.advance(nowNs) > 0)
        {
            portfolio.onTime(nowNs);
            final double equity = portfolio.equity();
            killSwitch.onEquity(nowNs, equity);
            decisions.equitySample(equity, portfolio.cash(), killSwitch.drawdown(), portfolio.grossExposure(),
                portfolio.netExposure());
        }
    }

    /**
     * After an input that may have changed the instrument's book: the venue and algorithms see the new top of book,
     * positions are marked to mid, exits are checked.
     *
     * @param instrumentId the instrument.
     * @param nowNs        event time.
     */
    public void afterBookInput(final int instrumentId, final long nowNs)
    {
        final InstrumentTrader trader = trader(instrumentId);
        if (trader != null)
        {
            trader.afterBookInput(nowNs);
        }
    }

    /**
     * A public trade (regular print): the paper venue's queues move and our resting orders may fill.
     */
    public void onTrade(final int instrumentId, final long price, final long qty, final AggressorSide aggressor, final long nowNs)
    {
        if (trader(instrumentId) != null)
        {
            venue.onTrade(instrumentId, price, qty, aggressor, nowNs);
        }
    }

    @Override
    public void onSignal(final int instrumentId, final double score, final double confidence, final long nowNs)
    {
        final InstrumentTrader trader = trader(instrumentId);
        if (trader == null)
        {
            undefinedSignals++;
            return;
        }
        trader.onSignal(confidence, nowNs);
    }

    @Override
    public void onOrderState(final long clientOrderId, final int fromState, final int toState, final long nowNs)
    {
        final OrderListener owner = blotter.owner(clientOrderId);
        final long parentId = owner instanceof ExecutionAlgo ? ((ExecutionAlgo)owner).parentId() : 0;
        decisions.orderUpdate(blotter.instrumentId(clientOrderId), clientOrderId, parentId, blotter.side(clientOrderId),
            blotter.price(clientOrderId), blotter.qty(clientOrderId), blotter.filledQty(clientOrderId),
            blotter.leavesQty(clientOrderId), blotter.avgPrice(clientOrderId), toState, fromState,
            blotter.rejectCode(clientOrderId));
    }

    @Override
    public void onOrderFill(
        final long clientOrderId, final long price, final long qty, final long leavesQty, final boolean maker,
        final double fee, final long nowNs)
    {
        final int instrumentId = blotter.instrumentId(clientOrderId);
        final Side side = blotter.side(clientOrderId);
        portfolio.onFill(STRATEGY, instrumentId, side, price, qty, fee, nowNs);
        decisions.fill(instrumentId, clientOrderId, side, price, qty, leavesQty, maker, fee);
        final Position position = portfolio.position(STRATEGY, instrumentId);
        decisions.positionUpdate(instrumentId, STRATEGY, position.qty(), position.averagePrice(), position.realizedPnl(),
            position.unrealizedPnl(), position.fees());
    }

    @Override
    public void onStateChange(final long nowNs, final TradingState from, final TradingState to, final int reason)
    {
        decisions.tradingStateChange(to, from, reason, killSwitch.equity(), killSwitch.dailyPnl(), killSwitch.drawdown());
        if (to == TradingState.HALTED)
        {
            for (int i = 0; i < definedCount; i++)
            {
                traders[definedIds[i]].onHalt(nowNs);
            }
        }
    }

    /**
     * An operator's command (a journaled input, so a replay applies it too): halt, resume or flatten through the
     * kill switch, whose state changes are journaled. A flatten cancels working entries and closes positions at once.
     *
     * @param code  the command; a code this version does not know is ignored.
     * @param nowNs the command's event time.
     * @return whether the command was applied.
     */
    public boolean onOperatorCommand(final OperatorCommandCode code, final long nowNs)
    {
        switch (code)
        {
            case HALT:
                killSwitch.halt(nowNs);
                return true;
            case RESUME:
                killSwitch.resume(nowNs);
                return true;
            case FLATTEN:
                killSwitch.flatten(nowNs);
                if (killSwitch.consumeFlattenRequest())
                {
                    for (int i = 0; i < definedCount; i++)
                    {
                        traders[definedIds[i]].onHalt(nowNs);
                    }
                }
                return true;
            default:
                return false;
        }
    }

    private InstrumentTrader trader(final int instrumentId)
    {
        return instrumentId > 0 && instrumentId < MAX_INSTRUMENTS ? traders[instrumentId] : null;
    }

    /** Price mantissa as a price: mantissa * 10^exponent. */
    static double price(final double mantissa, final int exponent)
    {
        return mantissa / FixedPoint.powerOfTen(-exponent);
    }

    /** @return the account. */
    public Portfolio portfolio()
    {
        return portfolio;
    }

    /** @return the kill switch. */
    public KillSwitch killSwitch()
    {
        return killSwitch;
    }

    /** @return the pre-trade risk gate. */
    public PreTradeRisk risk()
    {
        return risk;
    }

    /** @return the order blotter. */
    public OrderBlotter blotter()
    {
        return blotter;
    }

    /** @return the paper venue. */
    public PaperVenue venue()
    {
        return venue;
    }

    /** @return the trader of an instrument, null if it is not defined. */
    public InstrumentTrader traderOf(final int instrumentId)
    {
        return trader(instrumentId);
    }

    /** @return signals for instruments the stage does not trade. */
    public long undefinedSignals()
    {
        return undefinedSignals;
    }

    TradingSettings settings()
    {
        return settings;
    }

    TradingDecisions decisions()
    {
        return decisions;
    }

    FractionalKelly kelly()
    {
        return kelly;
    }

    VolatilityTarget volatilityTarget()
    {
        return volatilityTarget;
    }

    static boolean isLive(final InstrumentAnalytics analytics)
    {
        return analytics.book().state() == BookState.LIVE;
    }

    static boolean working(final ExecutionAlgo algo)
    {
        return algo.state() == AlgoState.WORKING || algo.state() == AlgoState.STOPPING;
    }

    static AlgoKind kindOf(final EntryAlgo algo)
    {
        return algo == EntryAlgo.SMART_LIMIT ? AlgoKind.SMART_LIMIT : AlgoKind.MARKET;
    }

    static boolean accepted(final int verdict)
    {
        return verdict == RiskReason.ACCEPT;
    }

    static long noOrder()
    {
        return OrderBook.NULL_PRICE;
    }
}
