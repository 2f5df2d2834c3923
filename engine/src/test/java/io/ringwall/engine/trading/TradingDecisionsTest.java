package io.ringwall.engine.trading;

import io.ringwall.codecs.sbe.AlgoKind;
import io.ringwall.codecs.sbe.AlgoOutcomeCode;
import io.ringwall.codecs.sbe.AlgoStateCode;
import io.ringwall.codecs.sbe.AlgoUpdateDecoder;
import io.ringwall.codecs.sbe.EquitySampleDecoder;
import io.ringwall.codecs.sbe.FillDecoder;
import io.ringwall.codecs.sbe.KillReasonCode;
import io.ringwall.codecs.sbe.Liquidity;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.OrderStateCode;
import io.ringwall.codecs.sbe.OrderUpdateDecoder;
import io.ringwall.codecs.sbe.PositionUpdateDecoder;
import io.ringwall.codecs.sbe.RiskVerdictCode;
import io.ringwall.codecs.sbe.RiskVerdictDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SizingModelCode;
import io.ringwall.codecs.sbe.SizingVerdictDecoder;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.TradingStateChangeDecoder;
import io.ringwall.codecs.sbe.TradingStateCode;
import io.ringwall.engine.algos.AlgoOutcome;
import io.ringwall.engine.algos.AlgoState;
import io.ringwall.engine.decision.InputContext;
import io.ringwall.engine.orders.OrderState;
import io.ringwall.engine.risk.KillReason;
import io.ringwall.engine.risk.RiskReason;
import io.ringwall.engine.risk.TradingState;
import io.ringwall.engine.sizing.SizingModel;
import io.ringwall.engine.test.Allocations;
import io.ringwall.engine.venue.RejectCode;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TradingDecisionsTest
{
    private static final long NOW = 1_723_161_255_342_000_000L;
    private static final long EXCHANGE = NOW - 5_000_000L;
    private static final long CAUSE = 4_242L;

    private final List<UnsafeBuffer> decisions = new ArrayList<>();
    private final InputContext input = new InputContext();
    private final TradingDecisions trading = new TradingDecisions(input, (buffer, offset, length) ->
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        decisions.add(new UnsafeBuffer(copy));
    });
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();

    TradingDecisionsTest()
    {
        input.set(TradeDecoder.TEMPLATE_ID, CAUSE, NOW, EXCHANGE);
    }

    @Test
    void shouldJournalARiskVerdictWithItsCause()
    {
        trading.riskVerdict(3, 17, Side.ASK, 6_173_763, 2_000, 1234.5, RiskReason.PRICE_BAND, 35.5, 25.0, true);

        final RiskVerdictDecoder risk = new RiskVerdictDecoder().wrapAndApplyHeader(only(), 0, header);
        assertThat(header.templateId()).isEqualTo(RiskVerdictDecoder.TEMPLATE_ID);
        assertThat(risk.header().causeSequence()).isEqualTo(CAUSE);
        assertThat(risk.header().receiveTimeNs()).isEqualTo(NOW);
        assertThat(risk.header().exchangeTimeNs()).isEqualTo(EXCHANGE);
        assertThat(risk.header().instrumentId()).isEqualTo(3);
        assertThat(risk.intentId()).isEqualTo(17);
        assertThat(risk.side()).isEqualTo(Side.ASK);
        assertThat(risk.price()).isEqualTo(6_173_763);
        assertThat(risk.qty()).isEqualTo(2_000);
        assertThat(risk.notional()).isEqualTo(1234.5);
        assertThat(risk.verdict()).isEqualTo(RiskVerdictCode.PRICE_BAND);
        assertThat(risk.measured()).isEqualTo(35.5);
        assertThat(risk.threshold()).isEqualTo(25.0);
        assertThat(risk.reducing()).isEqualTo((short)1);
    }

    @Test
    void shouldJournalEveryRiskReasonUnderItsOwnNumber()
    {
        for (int code = RiskReason.ACCEPT; code <= RiskReason.RATE_LIMIT; code++)
        {
            trading.riskVerdict(1, code, Side.BID, 1, 1, 1.0, code, Double.NaN, Double.NaN, false);
            final RiskVerdictDecoder risk = new RiskVerdictDecoder().wrapAndApplyHeader(decisions.get(code), 0, header);
            assertThat(risk.verdict().name()).isEqualTo(RiskReason.name(code));
            assertThat(risk.reducing()).isZero();
        }
    }

    @Test
    void shouldJournalASizingVerdict()
    {
        trading.sizingVerdict(2, 9, SizingModel.RISK_PARITY, 300, 0.6, 1.5, 0.02, 0.1, 10_000.0, 1_000.0, false);

        final SizingVerdictDecoder sizing = new SizingVerdictDecoder().wrapAndApplyHeader(only(), 0, header);
        assertThat(sizing.header().instrumentId()).isEqualTo(2);
        assertThat(sizing.header().causeSequence()).isEqualTo(CAUSE);
        assertThat(sizing.intentId()).isEqualTo(9);
        assertThat(sizing.model()).isEqualTo(SizingModelCode.RISK_PARITY);
        assertThat(sizing.qty()).isEqualTo(300);
        assertThat(sizing.winProbability()).isEqualTo(0.6);
        assertThat(sizing.payoffRatio()).isEqualTo(1.5);
        assertThat(sizing.volatility()).isEqualTo(0.02);
        assertThat(sizing.fraction()).isEqualTo(0.1);
        assertThat(sizing.equity()).isEqualTo(10_000.0);
        assertThat(sizing.notional()).isEqualTo(1_000.0);
        assertThat(sizing.capped()).isZero();
        for (final SizingModel model : SizingModel.values())
        {
            assertThat(SizingModelCode.get((short)model.ordinal()).name()).isEqualTo(model.name());
        }
    }

    @Test
    void shouldJournalAnOrderUpdateAndItsFirstReportWithoutPreviousState()
    {
        trading.orderUpdate(1, 1001, 7, Side.BID, 100, 50, 0, 50, 0.0, OrderState.PENDING_NEW, OrderState.NONE, 0);
        trading.orderUpdate(1, 1001, 7, Side.BID, 100, 50, 20, 30, 99.5, OrderState.PARTIALLY_FILLED, OrderState.NEW, 0);
        trading.orderUpdate(1, 1002, 0, Side.ASK, 101, 5, 0, 0, 0.0, OrderState.REJECTED, OrderState.PENDING_NEW,
            RejectCode.WOULD_TAKE);

        assertThat(decisions).hasSize(3);
        final OrderUpdateDecoder order = new OrderUpdateDecoder().wrapAndApplyHeader(decisions.get(0), 0, header);
        assertThat(order.state()).isEqualTo(OrderStateCode.PENDING_NEW);
        assertThat(order.previousState()).isEqualTo(OrderStateCode.NULL_VAL);

        order.wrapAndApplyHeader(decisions.get(1), 0, header);
        assertThat(order.header().causeSequence()).isEqualTo(CAUSE);
        assertThat(order.clientOrderId()).isEqualTo(1001);
        assertThat(order.parentId()).isEqualTo(7);
        assertThat(order.side()).isEqualTo(Side.BID);
        assertThat(order.price()).isEqualTo(100);
        assertThat(order.qty()).isEqualTo(50);
        assertThat(order.filledQty()).isEqualTo(20);
        assertThat(order.leavesQty()).isEqualTo(30);
        assertThat(order.avgPrice()).isEqualTo(99.5);
        assertThat(order.state()).isEqualTo(OrderStateCode.PARTIALLY_FILLED);
        assertThat(order.previousState()).isEqualTo(OrderStateCode.NEW);
        assertThat(order.rejectCode()).isZero();

        order.wrapAndApplyHeader(decisions.get(2), 0, header);
        assertThat(order.state()).isEqualTo(OrderStateCode.REJECTED);
        assertThat(order.rejectCode()).isEqualTo((short)RejectCode.WOULD_TAKE);
        for (int state = OrderState.PENDING_NEW; state <= OrderState.EXPIRED; state++)
        {
            assertThat(OrderStateCode.get((short)state).name()).isEqualTo(OrderState.name(state));
        }
    }

    @Test
    void shouldJournalAnAlgoUpdate()
    {
        trading.algoUpdate(1, 7, AlgoKind.ICEBERG, Side.ASK, 500, 400, 101.25, AlgoState.DONE, AlgoOutcome.SHORTFALL);

        final AlgoUpdateDecoder algo = new AlgoUpdateDecoder().wrapAndApplyHeader(only(), 0, header);
        assertThat(algo.header().instrumentId()).isEqualTo(1);
        assertThat(algo.parentId()).isEqualTo(7);
        assertThat(algo.algo()).isEqualTo(AlgoKind.ICEBERG);
        assertThat(algo.side()).isEqualTo(Side.ASK);
        assertThat(algo.qty()).isEqualTo(500);
        assertThat(algo.filledQty()).isEqualTo(400);
        assertThat(algo.avgPrice()).isEqualTo(101.25);
        assertThat(algo.state()).isEqualTo(AlgoStateCode.DONE);
        assertThat(algo.outcome()).isEqualTo(AlgoOutcomeCode.SHORTFALL);
        for (int state = AlgoState.IDLE; state <= AlgoState.CANCELLED; state++)
        {
            assertThat(AlgoStateCode.get((short)state).name()).isEqualTo(AlgoState.name(state));
        }
        for (int outcome = AlgoOutcome.NONE; outcome <= AlgoOutcome.CHILD_FAILED; outcome++)
        {
            assertThat(AlgoOutcomeCode.get((short)outcome).name()).isEqualTo(AlgoOutcome.name(outcome));
        }
    }

    @Test
    void shouldJournalMakerAndTakerFills()
    {
        trading.fill(1, 1001, Side.BID, 100, 20, 30, true, -0.25);
        trading.fill(1, 1002, Side.ASK, 99, 5, 0, false, 0.5);

        final FillDecoder fill = new FillDecoder().wrapAndApplyHeader(decisions.get(0), 0, header);
        assertThat(fill.header().causeSequence()).isEqualTo(CAUSE);
        assertThat(fill.clientOrderId()).isEqualTo(1001);
        assertThat(fill.side()).isEqualTo(Side.BID);
        assertThat(fill.price()).isEqualTo(100);
        assertThat(fill.qty()).isEqualTo(20);
        assertThat(fill.leavesQty()).isEqualTo(30);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(fill.fee()).isEqualTo(-0.25);
        fill.wrapAndApplyHeader(decisions.get(1), 0, header);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(fill.fee()).isEqualTo(0.5);
    }

    @Test
    void shouldJournalAPositionUpdate()
    {
        trading.positionUpdate(2, 3, -40, 100.5, 12.5, -3.25, 0.75);

        final PositionUpdateDecoder position = new PositionUpdateDecoder().wrapAndApplyHeader(only(), 0, header);
        assertThat(position.header().instrumentId()).isEqualTo(2);
        assertThat(position.strategyId()).isEqualTo(3);
        assertThat(position.qty()).isEqualTo(-40);
        assertThat(position.avgPrice()).isEqualTo(100.5);
        assertThat(position.realizedPnl()).isEqualTo(12.5);
        assertThat(position.unrealizedPnl()).isEqualTo(-3.25);
        assertThat(position.fees()).isEqualTo(0.75);
    }

    @Test
    void shouldJournalAnEquitySampleForNoInstrument()
    {
        trading.equitySample(10_050.0, 9_000.0, 25.0, 1_050.0, -1_050.0);

        final EquitySampleDecoder equity = new EquitySampleDecoder().wrapAndApplyHeader(only(), 0, header);
        assertThat(equity.header().instrumentId()).isZero();
        assertThat(equity.header().causeSequence()).isEqualTo(CAUSE);
        assertThat(equity.equity()).isEqualTo(10_050.0);
        assertThat(equity.cash()).isEqualTo(9_000.0);
        assertThat(equity.drawdown()).isEqualTo(25.0);
        assertThat(equity.grossExposure()).isEqualTo(1_050.0);
        assertThat(equity.netExposure()).isEqualTo(-1_050.0);
    }

    @Test
    void shouldJournalATradingStateChange()
    {
        trading.tradingStateChange(TradingState.HALTED, TradingState.REDUCING, KillReason.DAILY_LOSS, 9_500.0, -500.0, 600.0);

        final TradingStateChangeDecoder change = new TradingStateChangeDecoder().wrapAndApplyHeader(only(), 0, header);
        assertThat(change.header().instrumentId()).isZero();
        assertThat(change.state()).isEqualTo(TradingStateCode.HALTED);
        assertThat(change.previousState()).isEqualTo(TradingStateCode.REDUCING);
        assertThat(change.reason()).isEqualTo(KillReasonCode.DAILY_LOSS);
        assertThat(change.equity()).isEqualTo(9_500.0);
        assertThat(change.dailyPnl()).isEqualTo(-500.0);
        assertThat(change.drawdown()).isEqualTo(600.0);
        for (final TradingState state : TradingState.values())
        {
            assertThat(TradingStateCode.get((short)state.ordinal()).name()).isEqualTo(state.name());
        }
        for (int reason = KillReason.NONE; reason <= KillReason.OPERATOR_FLATTEN; reason++)
        {
            assertThat(KillReasonCode.get((short)reason).name()).isEqualTo(KillReason.name(reason));
        }
    }

    @Test
    void shouldNotAllocateAfterWarmUp()
    {
        final long[] journaled = new long[2]; // count, bytes
        final TradingDecisions quiet = new TradingDecisions(input, (buffer, offset, length) ->
        {
            journaled[0]++;
            journaled[1] += length;
        });
        final long allocated = Allocations.steadyState(3, 1_024, () ->
        {
            encodeAll(quiet, 20_000);
            return () -> encodeAll(quiet, 20_000);
        });

        assertThat(journaled[0]).isGreaterThanOrEqualTo(2 * 20_000 * 8);
        // the counter read itself costs a few dozen bytes; anything per decision would be megabytes
        assertThat(allocated).as("bytes allocated over 160k decisions").isLessThan(1_024);
    }

    private void encodeAll(final TradingDecisions decisions, final int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            input.set(TradeDecoder.TEMPLATE_ID, i, NOW + i, EXCHANGE + i);
            final Side side = (i & 1) == 0 ? Side.BID : Side.ASK;
            decisions.riskVerdict(1, i, side, 100 + i, 5, 500.0, i % 13, 1.0, 2.0, (i & 2) == 0);
            decisions.sizingVerdict(1, i, SizingModel.KELLY, 5, 0.55, 1.2, 0.01, 0.05, 10_000.0, 500.0, false);
            decisions.orderUpdate(1, i, 0, side, 100, 5, 0, 5, 0.0, OrderState.NEW,
                (i & 1) == 0 ? OrderState.NONE : OrderState.PENDING_NEW, 0);
            decisions.algoUpdate(1, i, AlgoKind.TWAP, side, 50, 5, 100.0, AlgoState.WORKING, AlgoOutcome.NONE);
            decisions.fill(1, i, side, 100, 5, 0, (i & 1) == 0, 0.01);
            decisions.positionUpdate(1, 0, i, 100.0, 1.0, -1.0, 0.01);
            decisions.equitySample(10_000.0 + i, 9_000.0, 0.0, 500.0, 500.0);
            decisions.tradingStateChange(TradingState.RUNNING, TradingState.REDUCING, i % 8, 10_000.0, 0.0, 0.0);
        }
    }

    private UnsafeBuffer only()
    {
        assertThat(decisions).hasSize(1);
        return decisions.get(0);
    }
}
