package io.ringwall.engine.trading;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.FillDecoder;
import io.ringwall.codecs.sbe.KillReasonCode;
import io.ringwall.codecs.sbe.Liquidity;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OrderStateCode;
import io.ringwall.codecs.sbe.OrderUpdateDecoder;
import io.ringwall.codecs.sbe.PositionUpdateDecoder;
import io.ringwall.codecs.sbe.RiskVerdictCode;
import io.ringwall.codecs.sbe.RiskVerdictDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SignalDecoder;
import io.ringwall.codecs.sbe.SizingModelCode;
import io.ringwall.codecs.sbe.SizingVerdictDecoder;
import io.ringwall.codecs.sbe.TradingStateChangeDecoder;
import io.ringwall.codecs.sbe.TradingStateCode;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.risk.InstrumentRiskLimits;
import io.ringwall.engine.risk.RiskSettings;
import io.ringwall.engine.risk.TradingState;
import io.ringwall.engine.sizing.SizingModel;
import io.ringwall.engine.sizing.SizingSettings;
import io.ringwall.engine.test.Inputs;
import io.ringwall.engine.test.RecordedDecisions;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The trading stage inside the business logic, with hand-built inputs and exact expected values: a signal from a
 * bid-heavy book and a fresh buy print enters long (sizing, risk, orders, fill, position), and the position leaves
 * by its take-profit, its stop, its time stop, or the kill switch.
 *
 * <p>The set-up every scenario shares: BTCUSDT at price exponent -2, quantity exponent -8, tick 1. The book is
 * bids 100.00 x 20 and 99.90 x 28, ask 100.10 x 12: imbalance (48 - 12) / 60 = 0.6, mid 100.05. One-second bars
 * with a one-bar ATR: a sell at 99.90 (T0 + 3.5 s) and a buy at 100.10 (T0 + 6.7 s) close two bars, the second's
 * true range is |100.10 - 99.90| = 20 ticks, so the ATR is 20 ticks. The 10 s signal grid first fires at T0 + 7 s
 * with score 2 x 0.6 + 1.5 x 1 (the buy is the only print in the last second) + 0 (no walls) = 2.7.
 */
class TradingStageTest
{
    private static final int BTC = 1;
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_723_161_253_000_000_000L;   // Inputs' clock starts here, on a whole second
    private static final long BTC_UNIT = 100_000_000L;           // quantity mantissa of 1 BTC
    private static final double EQUITY = 1_000.0;
    private static final double KELLY_FRACTION = 0.5;
    private static final double TAKER_BPS = 5.0;
    private static final long SIGNAL_AT = T0 + 7 * SECOND;

    /** The signal at T0 + 7 s: the default rule's score and its logistic probability. */
    private static final double SCORE = 2.0 * 0.6 + 1.5 * 1.0;
    private static final double P = 1.0 / (1.0 + StrictMath.exp(-SCORE));
    /** Entry at mid 10005, ATR 20 ticks: take-profit 2 ATR above, stop 1 ATR below. */
    private static final long MID = 10_005;
    private static final long ATR = 20;
    private static final long TAKE_PROFIT = MID + 2 * ATR;
    private static final long STOP = MID - ATR;
    /** Kelly: p - (1 - p) / b with b = 40 / 20, halved; notional on 1,000 of equity; qty rounded down to a lot. */
    private static final double PAYOFF = 2.0;
    private static final double KELLY_APPLIED = KELLY_FRACTION * (P - (1 - P) / PAYOFF);
    private static final double NOTIONAL = KELLY_APPLIED * EQUITY;
    private static final long QTY = (long)(NOTIONAL / 100.05 * 1e8);
    private static final long ASK = 10_010;

    private final Inputs in = new Inputs();
    private final RecordedDecisions decisions = new RecordedDecisions();
    private BusinessLogic logic;

    private static AnalyticsSettings analytics()
    {
        final AnalyticsSettings d = AnalyticsSettings.DEFAULTS.withCadences(SECOND, SECOND, 10 * SECOND);
        return new AnalyticsSettings(d.enabled(), d.sampleIntervalNs(), d.snapshotIntervalNs(), d.signalIntervalNs(),
            d.signalHorizonNs(), d.depthBandsBps(), d.imbalanceLevels(), d.impactNotionals(), d.flowWindowsNs(),
            d.ewmaHalfLifeNs(), d.realizedWindowsNs(), new long[]{ SECOND }, 1, d.journalBars(), d.waveletLevels(),
            d.model(), d.walls());
    }

    /**
     * Market entries, no latency, 5 bps taker fee, half Kelly uncapped, p at least 0.9 to enter (so that a signal
     * without the buy print, score 1.2 and p 0.77, does not re-enter), a book fresh enough for a minute.
     */
    private static TradingSettings trading(final double dailyLossLimit, final long timeStopNs)
    {
        final RiskSettings risk = new RiskSettings(InstrumentRiskLimits.DEFAULTS, Map.of(), 50_000.0, 100.0, 10, 5.0, 20,
            60 * SECOND, dailyLossLimit, 1e9, 1.0, true);
        final SizingSettings s = SizingSettings.DEFAULTS;
        final SizingSettings sizing = new SizingSettings(SizingModel.KELLY, KELLY_FRACTION, 1.0, s.targetVolatility(),
            s.maxLeverage(), s.optimalFTrades(), s.optimalFMinTrades(), s.optimalFFraction(), s.covarianceHalfLifeNs(),
            s.riskParityMaxIterations(), s.riskParityTolerance());
        return new TradingSettings(true, EQUITY, SECOND, risk, sizing, 0, 0, 1.0, TAKER_BPS, 0.9, false, 2.0, 1.0,
            timeStopNs, EntryAlgo.MARKET, 10, 3, 0, 2, 5, 10 * SECOND);
    }

    private void start(final double dailyLossLimit, final long timeStopNs)
    {
        logic = new BusinessLogic(new LogicSettings(64, 4096, analytics(), trading(dailyLossLimit, timeStopNs)), decisions,
            id -> {});
        feed(in.definition(BTC, Venue.BINANCE, "BTCUSDT", -2, -8, 1));
        feed(in.delta(BTC, 995, 1001, 0, 10_000, 20 * BTC_UNIT));
        feed(in.snapshot(BTC, 1000, 0, 10_000, 20 * BTC_UNIT, 0, 9_990, 28 * BTC_UNIT, 1, ASK, 12 * BTC_UNIT));
        feed(in.at(T0 + 3_500_000_000L).trade(BTC, 1, 9_990, BTC_UNIT / 10, AggressorSide.SELL));
        feed(in.at(T0 + 6_700_000_000L).trade(BTC, 2, ASK, BTC_UNIT / 10, AggressorSide.BUY));
        decisions.clear();
        feed(in.at(SIGNAL_AT).timerTick(1));
    }

    @Test
    void shouldEnterLongWithExactSizingRiskOrdersFillAndPosition()
    {
        start(1e9, 600 * SECOND);

        final List<Signal> signals = signals();
        assertThat(signals).hasSize(1);
        assertThat(signals.get(0).score).isCloseTo(SCORE, within(1e-12));
        assertThat(signals.get(0).confidence).isEqualTo(1.0 / (1.0 + StrictMath.exp(-signals.get(0).score)));
        assertThat(logic.trading().traderOf(BTC).takeProfit()).isEqualTo(TAKE_PROFIT);
        assertThat(logic.trading().traderOf(BTC).stop()).isEqualTo(STOP);

        final List<Sizing> sizing = sizings();
        assertThat(sizing).hasSize(1);
        final Sizing s = sizing.get(0);
        assertThat(s.model).isEqualTo(SizingModelCode.KELLY);
        assertThat(s.winProbability).isCloseTo(P, within(1e-12));
        assertThat(s.payoffRatio).isEqualTo(PAYOFF);
        assertThat(s.fraction).isCloseTo(KELLY_APPLIED, within(1e-12));
        assertThat(s.equity).isEqualTo(EQUITY);
        assertThat(s.notional).isCloseTo(NOTIONAL, within(1e-9));
        assertThat(s.capped).isFalse();
        assertThat(s.qty).isEqualTo(QTY).isPositive();

        final List<Risk> risk = risks();
        assertThat(risk).hasSize(1);
        assertThat(risk.get(0).verdict).isEqualTo(RiskVerdictCode.ACCEPT);
        assertThat(risk.get(0).intentId).isEqualTo(s.intentId);
        assertThat(risk.get(0).side).isEqualTo(Side.BID);
        assertThat(risk.get(0).price).isEqualTo(ASK);   // a market entry is checked at the far touch
        assertThat(risk.get(0).qty).isEqualTo(QTY);
        assertThat(risk.get(0).notional).isCloseTo(100.10 * QTY / 1e8, within(1e-9));
        assertThat(risk.get(0).reducing).isFalse();

        // one IOC child, limit 10 bps past the ask (100.10 + 0.1001, floored to the tick: 100.20), filled at 100.10
        final List<Order> orders = orders();
        assertThat(orders).extracting(o -> o.state)
            .containsExactly(OrderStateCode.PENDING_NEW, OrderStateCode.NEW, OrderStateCode.FILLED);
        assertThat(orders).extracting(o -> o.clientOrderId).containsOnly(orders.get(0).clientOrderId);
        assertThat(orders).extracting(o -> o.parentId).containsOnly(s.intentId);
        assertThat(orders).extracting(o -> o.price).containsOnly(10_020L);
        assertThat(orders).extracting(o -> o.qty).containsOnly(QTY);
        assertThat(orders.get(0).previousState).isEqualTo(OrderStateCode.NULL_VAL);
        assertThat(orders.get(2).previousState).isEqualTo(OrderStateCode.NEW);
        assertThat(orders.get(2).filledQty).isEqualTo(QTY);
        assertThat(orders.get(2).leavesQty).isZero();
        assertThat(orders.get(2).avgPrice).isEqualTo(ASK);
        assertThat(orders).extracting(o -> o.rejectCode).containsOnly((short)0);

        final List<FillRow> fills = fills();
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).side).isEqualTo(Side.BID);
        assertThat(fills.get(0).price).isEqualTo(ASK);
        assertThat(fills.get(0).qty).isEqualTo(QTY);
        assertThat(fills.get(0).leavesQty).isZero();
        assertThat(fills.get(0).liquidity).isEqualTo(Liquidity.TAKER);
        assertThat(fills.get(0).fee).isCloseTo(entryFee(), within(1e-12));

        final List<Position> positions = positions();
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).qty).isEqualTo(QTY);
        assertThat(positions.get(0).avgPrice).isEqualTo(ASK);
        assertThat(positions.get(0).realizedPnl).isZero();
        assertThat(positions.get(0).fees).isCloseTo(entryFee(), within(1e-12));
        assertThat(logic.trading().traderOf(BTC).phase()).isEqualTo(InstrumentTrader.IN_POSITION);
    }

    @Test
    void shouldExitAtTheTakeProfitWithExactRealizedPnl()
    {
        start(1e9, 600 * SECOND);
        decisions.clear();

        // mid 100.40 is below the take-profit 100.45: nothing
        feed(in.at(SIGNAL_AT + SECOND).delta(BTC, 1002, 1002, 0, 10_030, 20 * BTC_UNIT, 1, 10_050, 12 * BTC_UNIT,
            1, ASK, 0));
        assertThat(orders()).isEmpty();
        // bid 100.40 and ask 100.50: mid 100.45 reaches the take-profit, sell at the bid
        feed(in.delta(BTC, 1003, 1003, 0, 10_040, 20 * BTC_UNIT));
        assertExitedAt(10_040);
    }

    @Test
    void shouldExitAtTheStop()
    {
        start(1e9, 600 * SECOND);
        decisions.clear();

        // the bids pulled down to 99.80, ask 99.90: mid 99.85 is the stop
        feed(in.at(SIGNAL_AT + SECOND).delta(BTC, 1002, 1002, 0, 10_000, 0, 0, 9_990, 0, 0, 9_980, 30 * BTC_UNIT,
            1, ASK, 0, 1, 9_990, 12 * BTC_UNIT));
        assertExitedAt(9_980);
    }

    @Test
    void shouldExitAtTheTimeStop()
    {
        start(1e9, 30 * SECOND);
        decisions.clear();

        feed(in.at(SIGNAL_AT + 29 * SECOND).timerTick(2));
        assertThat(orders()).isEmpty();
        // 30 s after the entry fill (stamped at the signal time): out at the bid, 100.00
        feed(in.at(SIGNAL_AT + 30 * SECOND).timerTick(3));
        assertExitedAt(10_000);
    }

    @Test
    void shouldHaltOnTheDailyLossLimitFlattenAndRefuseNewEntries()
    {
        start(0.5, 600 * SECOND);
        decisions.clear();

        // bid 99.90 and ask 100.00 (mid 99.95, above the stop): the position is 0.15 x qty down plus the entry fee
        feed(in.at(SIGNAL_AT + 100_000_000L).delta(BTC, 1002, 1002, 0, 10_000, 0, 1, ASK, 0, 1, 10_000, 12 * BTC_UNIT));
        assertThat(stateChanges()).isEmpty();
        // the next equity sample (T0 + 8 s) trips the kill switch
        feed(in.at(SIGNAL_AT + SECOND).timerTick(2));
        final List<StateChange> changes = stateChanges();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).state).isEqualTo(TradingStateCode.HALTED);
        assertThat(changes.get(0).previousState).isEqualTo(TradingStateCode.RUNNING);
        assertThat(changes.get(0).reason).isEqualTo(KillReasonCode.DAILY_LOSS);
        final double equity = EQUITY - entryFee() + (99.95 - 100.10) * QTY / 1e8;
        assertThat(changes.get(0).equity).isCloseTo(equity, within(1e-9));
        assertThat(changes.get(0).dailyPnl).isCloseTo(equity - EQUITY, within(1e-9));
        assertExitedAt(9_990);

        // halted: a signal as strong as the first (a fresh buy print) opens nothing
        decisions.clear();
        feed(in.at(SIGNAL_AT + 9_700_000_000L).trade(BTC, 3, 10_000, BTC_UNIT / 10, AggressorSide.BUY));
        feed(in.at(SIGNAL_AT + 10 * SECOND).timerTick(3));
        assertThat(signals()).hasSize(1);
        assertThat(signals().get(0).confidence).isGreaterThan(0.9);
        assertThat(sizings()).isEmpty();
        assertThat(orders()).isEmpty();
        assertThat(logic.trading().traderOf(BTC).phase()).isEqualTo(InstrumentTrader.FLAT);
    }

    @Test
    void shouldHaltAndFlattenOnAnOperatorHaltAndRunAgainOnResume()
    {
        start(1e9, 600 * SECOND);
        decisions.clear();

        feed(in.at(SIGNAL_AT + 100_000_000L).operatorCommand(OperatorCommandCode.HALT, "desk says stop"));
        final List<StateChange> halted = stateChanges();
        assertThat(halted).hasSize(1);
        assertThat(halted.get(0).state).isEqualTo(TradingStateCode.HALTED);
        assertThat(halted.get(0).previousState).isEqualTo(TradingStateCode.RUNNING);
        assertThat(halted.get(0).reason).isEqualTo(KillReasonCode.OPERATOR_HALT);
        assertExitedAt(10_000);   // flattenOnHalt: out at the untouched best bid, 100.00
        assertThat(logic.counters().operatorCommands()).isEqualTo(1);
        assertThat(logic.counters().ignoredOperatorCommands()).isZero();

        decisions.clear();
        feed(in.at(SIGNAL_AT + 200_000_000L).operatorCommand(OperatorCommandCode.RESUME, ""));
        final List<StateChange> resumed = stateChanges();
        assertThat(resumed).hasSize(1);
        assertThat(resumed.get(0).state).isEqualTo(TradingStateCode.RUNNING);
        assertThat(resumed.get(0).previousState).isEqualTo(TradingStateCode.HALTED);
        assertThat(resumed.get(0).reason).isEqualTo(KillReasonCode.OPERATOR_RESUME);
        assertThat(logic.trading().killSwitch().state()).isEqualTo(TradingState.RUNNING);
    }

    @Test
    void shouldCloseThePositionAndGoReducingOnAnOperatorFlatten()
    {
        start(1e9, 600 * SECOND);
        decisions.clear();

        feed(in.at(SIGNAL_AT + 100_000_000L).operatorCommand(OperatorCommandCode.FLATTEN, ""));
        final List<StateChange> changes = stateChanges();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).state).isEqualTo(TradingStateCode.REDUCING);
        assertThat(changes.get(0).previousState).isEqualTo(TradingStateCode.RUNNING);
        assertThat(changes.get(0).reason).isEqualTo(KillReasonCode.OPERATOR_FLATTEN);
        assertExitedAt(10_000);
    }

    @Test
    void shouldOnlyCountAnOperatorCommandWhenTradingIsDisabled()
    {
        logic = new BusinessLogic(new LogicSettings(64, 4096), decisions, id -> {});
        feed(in.definition(BTC, Venue.BINANCE, "BTCUSDT", -2, -8, 1));
        decisions.clear();

        feed(in.operatorCommand(OperatorCommandCode.HALT, "nothing to halt"));

        assertThat(decisions.all()).isEmpty();
        assertThat(logic.trading()).isNull();
        assertThat(logic.counters().operatorCommands()).isEqualTo(1);
        assertThat(logic.counters().ignoredOperatorCommands()).isEqualTo(1);
        assertThat(logic.counters().unknownTemplates()).isZero();
    }

    /** A reducing market sell of the whole position at {@code bid}: ACCEPT, one IOC child filled, flat, PnL exact. */
    private void assertExitedAt(final long bid)
    {
        final List<Risk> risk = risks();
        assertThat(risk).hasSize(1);
        assertThat(risk.get(0).verdict).isEqualTo(RiskVerdictCode.ACCEPT);
        assertThat(risk.get(0).side).isEqualTo(Side.ASK);
        assertThat(risk.get(0).price).isEqualTo(bid);
        assertThat(risk.get(0).qty).isEqualTo(QTY);
        assertThat(risk.get(0).reducing).isTrue();

        final List<Order> orders = orders();
        assertThat(orders).extracting(o -> o.state)
            .containsExactly(OrderStateCode.PENDING_NEW, OrderStateCode.NEW, OrderStateCode.FILLED);
        assertThat(orders).extracting(o -> o.side).containsOnly(Side.ASK);
        assertThat(orders).extracting(o -> o.parentId).containsOnly(risk.get(0).intentId);

        final double exitFee = bid * QTY / 1e10 * TAKER_BPS / 10_000.0;
        final List<FillRow> fills = fills();
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).side).isEqualTo(Side.ASK);
        assertThat(fills.get(0).price).isEqualTo(bid);
        assertThat(fills.get(0).qty).isEqualTo(QTY);
        assertThat(fills.get(0).liquidity).isEqualTo(Liquidity.TAKER);
        assertThat(fills.get(0).fee).isCloseTo(exitFee, within(1e-12));

        final List<Position> positions = positions();
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).qty).isZero();
        assertThat(positions.get(0).realizedPnl).isCloseTo((bid - ASK) / 100.0 * QTY / 1e8, within(1e-9));
        assertThat(positions.get(0).fees).isCloseTo(entryFee() + exitFee, within(1e-12));
        assertThat(logic.trading().portfolio().position(TradingStage.STRATEGY, BTC).qty()).isZero();
        assertThat(logic.trading().traderOf(BTC).phase()).isEqualTo(InstrumentTrader.FLAT);
    }

    private static double entryFee()
    {
        return 100.10 * QTY / 1e8 * TAKER_BPS / 10_000.0;
    }

    private void feed(final byte[] event)
    {
        logic.onEvent(new UnsafeBuffer(event), 0, event.length);
    }

    private List<UnsafeBuffer> ofTemplate(final int templateId)
    {
        final List<UnsafeBuffer> out = new ArrayList<>();
        for (final byte[] d : decisions.all())
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(d);
            if (new MessageHeaderDecoder().wrap(buffer, 0).templateId() == templateId)
            {
                out.add(buffer);
            }
        }
        return out;
    }

    private static int blockLength(final UnsafeBuffer b)
    {
        return new MessageHeaderDecoder().wrap(b, 0).blockLength();
    }

    private static int version(final UnsafeBuffer b)
    {
        return new MessageHeaderDecoder().wrap(b, 0).version();
    }

    private List<Signal> signals()
    {
        final List<Signal> out = new ArrayList<>();
        for (final UnsafeBuffer b : ofTemplate(SignalDecoder.TEMPLATE_ID))
        {
            final SignalDecoder d = new SignalDecoder().wrap(b, MessageHeaderDecoder.ENCODED_LENGTH, blockLength(b), version(b));
            out.add(new Signal(d.score(), d.confidence()));
        }
        return out;
    }

    private List<Sizing> sizings()
    {
        final List<Sizing> out = new ArrayList<>();
        for (final UnsafeBuffer b : ofTemplate(SizingVerdictDecoder.TEMPLATE_ID))
        {
            final SizingVerdictDecoder d =
                new SizingVerdictDecoder().wrap(b, MessageHeaderDecoder.ENCODED_LENGTH, blockLength(b), version(b));
            out.add(new Sizing(d.intentId(), d.model(), d.qty(), d.winProbability(), d.payoffRatio(), d.fraction(), d.equity(),
                d.notional(), d.capped() != 0));
        }
        return out;
    }

    private List<Risk> risks()
    {
        final List<Risk> out = new ArrayList<>();
        for (final UnsafeBuffer b : ofTemplate(RiskVerdictDecoder.TEMPLATE_ID))
        {
            final RiskVerdictDecoder d =
                new RiskVerdictDecoder().wrap(b, MessageHeaderDecoder.ENCODED_LENGTH, blockLength(b), version(b));
            out.add(new Risk(d.intentId(), d.side(), d.price(), d.qty(), d.notional(), d.verdict(), d.reducing() != 0));
        }
        return out;
    }

    private List<Order> orders()
    {
        final List<Order> out = new ArrayList<>();
        for (final UnsafeBuffer b : ofTemplate(OrderUpdateDecoder.TEMPLATE_ID))
        {
            final OrderUpdateDecoder d =
                new OrderUpdateDecoder().wrap(b, MessageHeaderDecoder.ENCODED_LENGTH, blockLength(b), version(b));
            out.add(new Order(d.clientOrderId(), d.parentId(), d.side(), d.price(), d.qty(), d.filledQty(), d.leavesQty(),
                d.avgPrice(), d.state(), d.previousState(), d.rejectCode()));
        }
        return out;
    }

    private List<FillRow> fills()
    {
        final List<FillRow> out = new ArrayList<>();
        for (final UnsafeBuffer b : ofTemplate(FillDecoder.TEMPLATE_ID))
        {
            final FillDecoder d = new FillDecoder().wrap(b, MessageHeaderDecoder.ENCODED_LENGTH, blockLength(b), version(b));
            out.add(new FillRow(d.clientOrderId(), d.side(), d.price(), d.qty(), d.leavesQty(), d.fee(), d.liquidity()));
        }
        return out;
    }

    private List<Position> positions()
    {
        final List<Position> out = new ArrayList<>();
        for (final UnsafeBuffer b : ofTemplate(PositionUpdateDecoder.TEMPLATE_ID))
        {
            final PositionUpdateDecoder d =
                new PositionUpdateDecoder().wrap(b, MessageHeaderDecoder.ENCODED_LENGTH, blockLength(b), version(b));
            out.add(new Position(d.qty(), d.avgPrice(), d.realizedPnl(), d.unrealizedPnl(), d.fees()));
        }
        return out;
    }

    private List<StateChange> stateChanges()
    {
        final List<StateChange> out = new ArrayList<>();
        for (final UnsafeBuffer b : ofTemplate(TradingStateChangeDecoder.TEMPLATE_ID))
        {
            final TradingStateChangeDecoder d =
                new TradingStateChangeDecoder().wrap(b, MessageHeaderDecoder.ENCODED_LENGTH, blockLength(b), version(b));
            out.add(new StateChange(d.state(), d.previousState(), d.reason(), d.equity(), d.dailyPnl(), d.drawdown()));
        }
        return out;
    }

    private record Signal(double score, double confidence)
    {
    }

    private record Sizing(long intentId, SizingModelCode model, long qty, double winProbability, double payoffRatio,
        double fraction, double equity, double notional, boolean capped)
    {
    }

    private record Risk(long intentId, Side side, long price, long qty, double notional, RiskVerdictCode verdict,
        boolean reducing)
    {
    }

    private record Order(long clientOrderId, long parentId, Side side, long price, long qty, long filledQty, long leavesQty,
        double avgPrice, OrderStateCode state, OrderStateCode previousState, short rejectCode)
    {
    }

    private record FillRow(long clientOrderId, Side side, long price, long qty, long leavesQty, double fee, Liquidity liquidity)
    {
    }

    private record Position(long qty, double avgPrice, double realizedPnl, double unrealizedPnl, double fees)
    {
    }

    private record StateChange(TradingStateCode state, TradingStateCode previousState, KillReasonCode reason, double equity,
        double dailyPnl, double drawdown)
    {
    }
}
