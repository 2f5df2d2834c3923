package io.ringwall.engine.trading;

import io.ringwall.codecs.sbe.AlgoKind;
import io.ringwall.codecs.sbe.AlgoOutcomeCode;
import io.ringwall.codecs.sbe.AlgoStateCode;
import io.ringwall.codecs.sbe.AlgoUpdateEncoder;
import io.ringwall.codecs.sbe.EquitySampleEncoder;
import io.ringwall.codecs.sbe.FillEncoder;
import io.ringwall.codecs.sbe.KillReasonCode;
import io.ringwall.codecs.sbe.Liquidity;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.OrderStateCode;
import io.ringwall.codecs.sbe.OrderUpdateEncoder;
import io.ringwall.codecs.sbe.PositionUpdateEncoder;
import io.ringwall.codecs.sbe.RiskVerdictCode;
import io.ringwall.codecs.sbe.RiskVerdictEncoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SizingModelCode;
import io.ringwall.codecs.sbe.SizingVerdictEncoder;
import io.ringwall.codecs.sbe.TradingStateChangeEncoder;
import io.ringwall.codecs.sbe.TradingStateCode;
import io.ringwall.engine.decision.DecisionSink;
import io.ringwall.engine.decision.InputContext;
import io.ringwall.engine.orders.OrderState;
import io.ringwall.engine.risk.TradingState;
import io.ringwall.engine.sizing.SizingModel;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * Encodes the trading stage's decisions (risk and sizing verdicts, order and algorithm updates, fills, positions,
 * equity samples, trading-state changes) into one reused buffer and hands each to the decision sink, stamped with
 * the input that caused it. Codes are the engine's own int constants ({@code RiskReason}, {@code OrderState},
 * {@code AlgoState}, {@code AlgoOutcome}, {@code KillReason}), journaled under the same numbers; allocates nothing.
 */
public final class TradingDecisions
{
    private final UnsafeBuffer scratch = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final RiskVerdictEncoder risk = new RiskVerdictEncoder();
    private final SizingVerdictEncoder sizing = new SizingVerdictEncoder();
    private final OrderUpdateEncoder order = new OrderUpdateEncoder();
    private final AlgoUpdateEncoder algo = new AlgoUpdateEncoder();
    private final FillEncoder fill = new FillEncoder();
    private final PositionUpdateEncoder position = new PositionUpdateEncoder();
    private final EquitySampleEncoder equity = new EquitySampleEncoder();
    private final TradingStateChangeEncoder tradingState = new TradingStateChangeEncoder();
    private final InputContext input;
    private final DecisionSink sink;

    public TradingDecisions(final InputContext input, final DecisionSink sink)
    {
        this.input = input;
        this.sink = sink;
    }

    /** @return the time of the input being processed: the logic's clock. */
    public long nowNs()
    {
        return input.nowNs();
    }

    /**
     * Journals a pre-trade verdict.
     *
     * @param verdict  a {@code RiskReason} code: ACCEPT or the first check that failed.
     * @param measured what the failing check measured, NaN when accepted.
     * @param limit    the failing check's limit, NaN when accepted.
     */
    public void riskVerdict(
        final int instrumentId,
        final long intentId,
        final Side side,
        final long price,
        final long qty,
        final double notional,
        final int verdict,
        final double measured,
        final double limit,
        final boolean reducing)
    {
        risk.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(risk.header(), instrumentId);
        risk.intentId(intentId).price(price).qty(qty).notional(notional).measured(measured).threshold(limit)
            .side(side).verdict(RiskVerdictCode.get((short)verdict)).reducing(flag(reducing));
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + risk.encodedLength());
    }

    /**
     * Journals how big an intent was made and from what.
     *
     * @param capped true if a cap cut the model's size.
     */
    public void sizingVerdict(
        final int instrumentId,
        final long intentId,
        final SizingModel model,
        final long qty,
        final double winProbability,
        final double payoffRatio,
        final double volatility,
        final double fraction,
        final double equityValue,
        final double notional,
        final boolean capped)
    {
        sizing.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(sizing.header(), instrumentId);
        sizing.intentId(intentId).qty(qty).winProbability(winProbability).payoffRatio(payoffRatio).volatility(volatility)
            .fraction(fraction).equity(equityValue).notional(notional).model(SizingModelCode.get((short)model.ordinal()))
            .capped(flag(capped));
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + sizing.encodedLength());
    }

    /**
     * Journals an order's state change.
     *
     * @param parentId      the algorithm's parent id, 0 when none.
     * @param state         an {@code OrderState} code.
     * @param previousState an {@code OrderState} code, or {@link OrderState#NONE} on the order's first report.
     * @param avgPrice      average fill price in price mantissa units, 0 when nothing filled.
     * @param rejectCode    the venue's {@code RejectCode} when REJECTED, else 0.
     */
    public void orderUpdate(
        final int instrumentId,
        final long clientOrderId,
        final long parentId,
        final Side side,
        final long price,
        final long qty,
        final long filledQty,
        final long leavesQty,
        final double avgPrice,
        final int state,
        final int previousState,
        final int rejectCode)
    {
        order.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(order.header(), instrumentId);
        order.clientOrderId(clientOrderId).parentId(parentId).price(price).qty(qty).filledQty(filledQty)
            .leavesQty(leavesQty).avgPrice(avgPrice).side(side).state(OrderStateCode.get((short)state))
            .previousState(previousState == OrderState.NONE ? OrderStateCode.NULL_VAL : OrderStateCode.get((short)previousState))
            .rejectCode((short)rejectCode);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + order.encodedLength());
    }

    /**
     * Journals an execution algorithm's state change.
     *
     * @param state    an {@code AlgoState} code.
     * @param outcome  an {@code AlgoOutcome} code.
     * @param avgPrice average fill price in price mantissa units, 0 when nothing filled.
     */
    public void algoUpdate(
        final int instrumentId,
        final long parentId,
        final AlgoKind kind,
        final Side side,
        final long qty,
        final long filledQty,
        final double avgPrice,
        final int state,
        final int outcome)
    {
        algo.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(algo.header(), instrumentId);
        algo.parentId(parentId).qty(qty).filledQty(filledQty).avgPrice(avgPrice).algo(kind)
            .state(AlgoStateCode.get((short)state)).outcome(AlgoOutcomeCode.get((short)outcome)).side(side);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + algo.encodedLength());
    }

    /**
     * Journals a fill of one of our orders.
     *
     * @param fee quote currency; negative is a rebate.
     */
    public void fill(
        final int instrumentId,
        final long clientOrderId,
        final Side side,
        final long price,
        final long qty,
        final long leavesQty,
        final boolean maker,
        final double fee)
    {
        fill.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(fill.header(), instrumentId);
        fill.clientOrderId(clientOrderId).price(price).qty(qty).leavesQty(leavesQty).fee(fee).side(side)
            .liquidity(maker ? Liquidity.MAKER : Liquidity.TAKER);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + fill.encodedLength());
    }

    /**
     * Journals a strategy's position in an instrument.
     *
     * @param qty      signed quantity mantissa: negative is short.
     * @param avgPrice average entry price in price mantissa units.
     */
    public void positionUpdate(
        final int instrumentId,
        final int strategyId,
        final long qty,
        final double avgPrice,
        final double realizedPnl,
        final double unrealizedPnl,
        final double fees)
    {
        position.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(position.header(), instrumentId);
        position.qty(qty).avgPrice(avgPrice).realizedPnl(realizedPnl).unrealizedPnl(unrealizedPnl).fees(fees)
            .strategyId(strategyId);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + position.encodedLength());
    }

    /**
     * Journals the portfolio's equity at a grid point (about no one instrument: instrumentId 0). Amounts are in
     * quote currency.
     */
    public void equitySample(
        final double equityValue, final double cash, final double drawdown, final double grossExposure,
        final double netExposure)
    {
        equity.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(equity.header(), 0);
        equity.equity(equityValue).cash(cash).drawdown(drawdown).grossExposure(grossExposure).netExposure(netExposure);
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + equity.encodedLength());
    }

    /**
     * Journals a kill-switch transition (instrumentId 0).
     *
     * @param reason a {@code KillReason} code.
     */
    public void tradingStateChange(
        final TradingState state, final TradingState previous, final int reason, final double equityValue,
        final double dailyPnl, final double drawdown)
    {
        tradingState.wrapAndApplyHeader(scratch, 0, header);
        input.stamp(tradingState.header(), 0);
        tradingState.equity(equityValue).dailyPnl(dailyPnl).drawdown(drawdown)
            .state(TradingStateCode.get((short)state.ordinal()))
            .previousState(TradingStateCode.get((short)previous.ordinal()))
            .reason(KillReasonCode.get((short)reason));
        sink.onDecision(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + tradingState.encodedLength());
    }

    private static short flag(final boolean value)
    {
        return value ? (short)1 : (short)0;
    }
}
