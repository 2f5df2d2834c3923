package io.ringwall.codecs;

import io.ringwall.codecs.sbe.AlgoKind;
import io.ringwall.codecs.sbe.AlgoOutcomeCode;
import io.ringwall.codecs.sbe.AlgoStateCode;
import io.ringwall.codecs.sbe.AlgoUpdateDecoder;
import io.ringwall.codecs.sbe.AlgoUpdateEncoder;
import io.ringwall.codecs.sbe.EquitySampleDecoder;
import io.ringwall.codecs.sbe.EquitySampleEncoder;
import io.ringwall.codecs.sbe.FillDecoder;
import io.ringwall.codecs.sbe.FillEncoder;
import io.ringwall.codecs.sbe.KillReasonCode;
import io.ringwall.codecs.sbe.Liquidity;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.codecs.sbe.OrderStateCode;
import io.ringwall.codecs.sbe.OrderUpdateDecoder;
import io.ringwall.codecs.sbe.OrderUpdateEncoder;
import io.ringwall.codecs.sbe.PositionUpdateDecoder;
import io.ringwall.codecs.sbe.PositionUpdateEncoder;
import io.ringwall.codecs.sbe.RiskVerdictCode;
import io.ringwall.codecs.sbe.RiskVerdictDecoder;
import io.ringwall.codecs.sbe.RiskVerdictEncoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SizingModelCode;
import io.ringwall.codecs.sbe.SizingVerdictDecoder;
import io.ringwall.codecs.sbe.SizingVerdictEncoder;
import io.ringwall.codecs.sbe.TradingStateChangeDecoder;
import io.ringwall.codecs.sbe.TradingStateChangeEncoder;
import io.ringwall.codecs.sbe.TradingStateCode;
import io.ringwall.codecs.test.CapturingEventSink;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trading decisions and the operator command survive an encode and decode with every field intact, keep their
 * template ids in the reserved ranges, and lay their 8-byte fields out aligned.
 */
class TradingSchemaTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();

    @Test
    void shouldPublishAnOperatorCommandAsAnInput()
    {
        final CapturingEventSink sink = new CapturingEventSink();
        final InputWriter writer = new InputWriter(sink);

        assertThat(writer.operatorCommand(OperatorCommandCode.FLATTEN, "desk: flatten before the print", 42L)).isTrue();
        assertThat(writer.operatorCommand(OperatorCommandCode.HALT, null, 43L)).isTrue();

        final DirectBuffer first = sink.event(0);
        assertThat(sink.templateId(0)).isEqualTo(OperatorCommandDecoder.TEMPLATE_ID);
        assertThat(Events.isDecision(OperatorCommandDecoder.TEMPLATE_ID)).isFalse();
        final OperatorCommandDecoder command = new OperatorCommandDecoder();
        command.wrapAndApplyHeader(first, 0, header);
        assertThat(header.version()).isEqualTo(1);
        assertThat(command.header().receiveTimeNs()).isEqualTo(42L);
        assertThat(command.header().instrumentId()).isZero();
        assertThat(command.command()).isEqualTo(OperatorCommandCode.FLATTEN);
        assertThat(command.note()).isEqualTo("desk: flatten before the print");

        command.wrapAndApplyHeader(sink.event(1), 0, header);
        assertThat(command.command()).isEqualTo(OperatorCommandCode.HALT);
        assertThat(command.note()).isEmpty();
    }

    @Test
    void shouldCutALongOperatorNote()
    {
        final CapturingEventSink sink = new CapturingEventSink();
        new InputWriter(sink).operatorCommand(OperatorCommandCode.RESUME, "x".repeat(1000), 1L);
        final OperatorCommandDecoder command = new OperatorCommandDecoder();
        command.wrapAndApplyHeader(sink.event(0), 0, header);
        assertThat(command.note()).hasSize(InputWriter.MAX_EXCERPT);
    }

    @Test
    void shouldRoundTripARiskVerdict()
    {
        final RiskVerdictEncoder encoder = new RiskVerdictEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.header().receiveTimeNs(1).exchangeTimeNs(2).causeSequence(3).instrumentId(4).reserved(0);
        encoder.intentId(77).price(6_173_763_000_000L).qty(2_000_000L).notional(1234.5).measured(35.5).threshold(25.0)
            .side(Side.ASK).verdict(RiskVerdictCode.PRICE_BAND).reducing((short)1);

        final RiskVerdictDecoder decoder = new RiskVerdictDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.header().causeSequence()).isEqualTo(3);
        assertThat(decoder.header().instrumentId()).isEqualTo(4);
        assertThat(decoder.intentId()).isEqualTo(77);
        assertThat(decoder.price()).isEqualTo(6_173_763_000_000L);
        assertThat(decoder.qty()).isEqualTo(2_000_000L);
        assertThat(decoder.notional()).isEqualTo(1234.5);
        assertThat(decoder.measured()).isEqualTo(35.5);
        assertThat(decoder.threshold()).isEqualTo(25.0);
        assertThat(decoder.side()).isEqualTo(Side.ASK);
        assertThat(decoder.verdict()).isEqualTo(RiskVerdictCode.PRICE_BAND);
        assertThat(decoder.reducing()).isEqualTo((short)1);
    }

    @Test
    void shouldRoundTripASizingVerdict()
    {
        final SizingVerdictEncoder encoder = new SizingVerdictEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.intentId(5).qty(300).winProbability(0.6).payoffRatio(1.5).volatility(0.02).fraction(0.1)
            .equity(10_000.0).notional(1_000.0).model(SizingModelCode.OPTIMAL_F).capped((short)1);

        final SizingVerdictDecoder decoder = new SizingVerdictDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.intentId()).isEqualTo(5);
        assertThat(decoder.qty()).isEqualTo(300);
        assertThat(decoder.winProbability()).isEqualTo(0.6);
        assertThat(decoder.payoffRatio()).isEqualTo(1.5);
        assertThat(decoder.volatility()).isEqualTo(0.02);
        assertThat(decoder.fraction()).isEqualTo(0.1);
        assertThat(decoder.equity()).isEqualTo(10_000.0);
        assertThat(decoder.notional()).isEqualTo(1_000.0);
        assertThat(decoder.model()).isEqualTo(SizingModelCode.OPTIMAL_F);
        assertThat(decoder.capped()).isEqualTo((short)1);
    }

    @Test
    void shouldRoundTripAnOrderUpdateWithNoPreviousState()
    {
        final OrderUpdateEncoder encoder = new OrderUpdateEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.clientOrderId(1001).parentId(9).price(100).qty(50).filledQty(20).leavesQty(30).avgPrice(99.5)
            .side(Side.BID).state(OrderStateCode.PARTIALLY_FILLED).previousState(OrderStateCode.NULL_VAL)
            .rejectCode((short)0);

        final OrderUpdateDecoder decoder = new OrderUpdateDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.clientOrderId()).isEqualTo(1001);
        assertThat(decoder.parentId()).isEqualTo(9);
        assertThat(decoder.price()).isEqualTo(100);
        assertThat(decoder.qty()).isEqualTo(50);
        assertThat(decoder.filledQty()).isEqualTo(20);
        assertThat(decoder.leavesQty()).isEqualTo(30);
        assertThat(decoder.avgPrice()).isEqualTo(99.5);
        assertThat(decoder.side()).isEqualTo(Side.BID);
        assertThat(decoder.state()).isEqualTo(OrderStateCode.PARTIALLY_FILLED);
        assertThat(decoder.previousState()).isEqualTo(OrderStateCode.NULL_VAL);
        assertThat(decoder.rejectCode()).isEqualTo((short)0);
    }

    @Test
    void shouldRoundTripAnAlgoUpdate()
    {
        final AlgoUpdateEncoder encoder = new AlgoUpdateEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.parentId(9).qty(500).filledQty(400).avgPrice(101.25).algo(AlgoKind.TWAP).state(AlgoStateCode.DONE)
            .outcome(AlgoOutcomeCode.SHORTFALL).side(Side.ASK);

        final AlgoUpdateDecoder decoder = new AlgoUpdateDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.parentId()).isEqualTo(9);
        assertThat(decoder.qty()).isEqualTo(500);
        assertThat(decoder.filledQty()).isEqualTo(400);
        assertThat(decoder.avgPrice()).isEqualTo(101.25);
        assertThat(decoder.algo()).isEqualTo(AlgoKind.TWAP);
        assertThat(decoder.state()).isEqualTo(AlgoStateCode.DONE);
        assertThat(decoder.outcome()).isEqualTo(AlgoOutcomeCode.SHORTFALL);
        assertThat(decoder.side()).isEqualTo(Side.ASK);
    }

    @Test
    void shouldRoundTripAFill()
    {
        final FillEncoder encoder = new FillEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.clientOrderId(1001).price(100).qty(20).leavesQty(30).fee(-0.25).side(Side.BID).liquidity(Liquidity.MAKER);

        final FillDecoder decoder = new FillDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.clientOrderId()).isEqualTo(1001);
        assertThat(decoder.price()).isEqualTo(100);
        assertThat(decoder.qty()).isEqualTo(20);
        assertThat(decoder.leavesQty()).isEqualTo(30);
        assertThat(decoder.fee()).isEqualTo(-0.25);
        assertThat(decoder.side()).isEqualTo(Side.BID);
        assertThat(decoder.liquidity()).isEqualTo(Liquidity.MAKER);
    }

    @Test
    void shouldRoundTripAPositionUpdate()
    {
        final PositionUpdateEncoder encoder = new PositionUpdateEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.qty(-40).avgPrice(100.5).realizedPnl(12.5).unrealizedPnl(-3.25).fees(0.75).strategyId(65_535);

        final PositionUpdateDecoder decoder = new PositionUpdateDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.qty()).isEqualTo(-40);
        assertThat(decoder.avgPrice()).isEqualTo(100.5);
        assertThat(decoder.realizedPnl()).isEqualTo(12.5);
        assertThat(decoder.unrealizedPnl()).isEqualTo(-3.25);
        assertThat(decoder.fees()).isEqualTo(0.75);
        assertThat(decoder.strategyId()).isEqualTo(65_535);
    }

    @Test
    void shouldRoundTripAnEquitySample()
    {
        final EquitySampleEncoder encoder = new EquitySampleEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.equity(10_050.0).cash(9_000.0).drawdown(25.0).grossExposure(1_050.0).netExposure(-1_050.0);

        final EquitySampleDecoder decoder = new EquitySampleDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.equity()).isEqualTo(10_050.0);
        assertThat(decoder.cash()).isEqualTo(9_000.0);
        assertThat(decoder.drawdown()).isEqualTo(25.0);
        assertThat(decoder.grossExposure()).isEqualTo(1_050.0);
        assertThat(decoder.netExposure()).isEqualTo(-1_050.0);
    }

    @Test
    void shouldRoundTripATradingStateChange()
    {
        final TradingStateChangeEncoder encoder = new TradingStateChangeEncoder().wrapAndApplyHeader(buffer, 0, headerEncoder);
        encoder.equity(9_500.0).dailyPnl(-500.0).drawdown(600.0).state(TradingStateCode.HALTED)
            .previousState(TradingStateCode.REDUCING).reason(KillReasonCode.DAILY_LOSS);

        final TradingStateChangeDecoder decoder = new TradingStateChangeDecoder().wrapAndApplyHeader(buffer, 0, header);
        assertThat(decoder.equity()).isEqualTo(9_500.0);
        assertThat(decoder.dailyPnl()).isEqualTo(-500.0);
        assertThat(decoder.drawdown()).isEqualTo(600.0);
        assertThat(decoder.state()).isEqualTo(TradingStateCode.HALTED);
        assertThat(decoder.previousState()).isEqualTo(TradingStateCode.REDUCING);
        assertThat(decoder.reason()).isEqualTo(KillReasonCode.DAILY_LOSS);
    }

    @Test
    void shouldKeepTradingTemplatesInTheirReservedRanges()
    {
        assertThat(OperatorCommandDecoder.TEMPLATE_ID).isBetween(10, 19);
        assertThat(RiskVerdictDecoder.TEMPLATE_ID).isBetween(140, 149);
        assertThat(SizingVerdictDecoder.TEMPLATE_ID).isBetween(140, 149);
        assertThat(OrderUpdateDecoder.TEMPLATE_ID).isBetween(150, 159);
        assertThat(AlgoUpdateDecoder.TEMPLATE_ID).isBetween(150, 159);
        assertThat(FillDecoder.TEMPLATE_ID).isBetween(160, 169);
        assertThat(PositionUpdateDecoder.TEMPLATE_ID).isBetween(170, 179);
        assertThat(EquitySampleDecoder.TEMPLATE_ID).isBetween(170, 179);
        assertThat(TradingStateChangeDecoder.TEMPLATE_ID).isBetween(180, 189);
        // 8-byte fields right after the 32-byte event header stay 8-byte aligned
        assertThat(RiskVerdictEncoder.thresholdEncodingOffset() % 8).isZero();
        assertThat(SizingVerdictEncoder.notionalEncodingOffset() % 8).isZero();
        assertThat(OrderUpdateEncoder.avgPriceEncodingOffset() % 8).isZero();
        assertThat(AlgoUpdateEncoder.avgPriceEncodingOffset() % 8).isZero();
        assertThat(FillEncoder.feeEncodingOffset() % 8).isZero();
        assertThat(PositionUpdateEncoder.feesEncodingOffset() % 8).isZero();
        assertThat(TradingStateChangeEncoder.drawdownEncodingOffset() % 8).isZero();
    }

    @Test
    void shouldMatchTheEnginesCodeNumbers()
    {
        // journaled codes are the engine's int constants; the engine maps them with get(code)
        assertThat(RiskVerdictCode.RATE_LIMIT.value()).isEqualTo((short)12);
        assertThat(OrderStateCode.EXPIRED.value()).isEqualTo((short)7);
        assertThat(AlgoOutcomeCode.CHILD_FAILED.value()).isEqualTo((short)5);
        assertThat(KillReasonCode.OPERATOR_FLATTEN.value()).isEqualTo((short)7);
        assertThat(TradingStateCode.HALTED.value()).isEqualTo((short)2);
    }
}
