package io.ringwall.journal;

import io.ringwall.codecs.sbe.AlgoKind;
import io.ringwall.codecs.sbe.AlgoOutcomeCode;
import io.ringwall.codecs.sbe.AlgoStateCode;
import io.ringwall.codecs.sbe.AlgoUpdateDecoder;
import io.ringwall.codecs.sbe.AlgoUpdateEncoder;
import io.ringwall.codecs.sbe.EquitySampleDecoder;
import io.ringwall.codecs.sbe.EquitySampleEncoder;
import io.ringwall.codecs.sbe.EventHeaderEncoder;
import io.ringwall.codecs.sbe.FillDecoder;
import io.ringwall.codecs.sbe.FillEncoder;
import io.ringwall.codecs.sbe.KillReasonCode;
import io.ringwall.codecs.sbe.Liquidity;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.codecs.sbe.OperatorCommandEncoder;
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
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's view of the trading decisions and commands: prices and quantities in the instrument's decimals,
 * codes by name, every field in JSON, and the short names {@code tail --type} takes.
 */
class TradingEventPrinterTest
{
    private static final String TIME = "2024-08-08T10:15:30.123456789Z";
    private static final String BTC = "\"recvTimeNs\":1723112130123456789,\"exchTimeNs\":0,\"instrument\":1," +
        "\"venue\":\"BINANCE\",\"symbol\":\"BTCUSDT\",";
    private static final String NONE = "\"recvTimeNs\":1723112130123456789,\"exchTimeNs\":0,\"instrument\":0," +
        "\"venue\":null,\"symbol\":null,";

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final EventPrinter printer = new EventPrinter();

    private void define()
    {
        final byte[] definition = new TestEvents().instrumentDefinition(0); // BTCUSDT: prices -2, quantities -8
        printer.text(new UnsafeBuffer(definition), 0, definition.length);
    }

    @Test
    void shouldPrintAnOperatorCommand() throws IOException
    {
        final byte[] command = operatorCommand();
        assertThat(text(command))
            .isEqualTo("10 " + TIME + " OperatorCommand - command=FLATTEN note=\"before the \\\"print\\\"\"");
        assertThat(json(command))
            .isEqualTo("{\"type\":\"OperatorCommand\",\"seq\":10,\"recvTime\":\"" + TIME + "\"," + NONE +
                "\"command\":\"FLATTEN\",\"note\":\"before the \\\"print\\\"\"}");
    }

    @Test
    void shouldPrintARiskVerdictWithDecimalPrices() throws IOException
    {
        define();
        final byte[] refused = riskVerdict(RiskVerdictCode.PRICE_BAND, 35.5, 25.0);
        assertThat(text(refused))
            .isEqualTo("11 " + TIME + " RiskVerdict binance:BTCUSDT intentId=17 verdict=PRICE_BAND side=ASK " +
                "price=61737.63 qty=0.001 notional=61.73763 measured=35.5 threshold=25.0 reducing=true");
        assertThat(json(refused))
            .isEqualTo("{\"type\":\"RiskVerdict\",\"seq\":11,\"recvTime\":\"" + TIME + "\"," + BTC +
                "\"intentId\":17,\"verdict\":\"PRICE_BAND\",\"side\":\"ASK\",\"price\":\"61737.63\",\"qty\":\"0.001\"," +
                "\"notional\":61.73763,\"measured\":35.5,\"threshold\":25.0,\"reducing\":true}");

        final byte[] accepted = riskVerdict(RiskVerdictCode.ACCEPT, Double.NaN, Double.NaN);
        assertThat(text(accepted)).contains(" verdict=ACCEPT ").contains(" measured=NaN threshold=NaN ");
        assertThat(json(accepted)).contains("\"verdict\":\"ACCEPT\"").contains("\"measured\":null,\"threshold\":null");
    }

    @Test
    void shouldPrintASizingVerdict() throws IOException
    {
        define();
        final SizingVerdictEncoder e = new SizingVerdictEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 12, 1);
        e.intentId(17).qty(250_000).winProbability(0.6).payoffRatio(1.5).volatility(0.02).fraction(0.1).equity(10_000.0)
            .notional(154.344075).model(SizingModelCode.KELLY).capped((short)0);
        final byte[] sizing = copy(e.encodedLength());

        assertThat(text(sizing))
            .isEqualTo("12 " + TIME + " SizingVerdict binance:BTCUSDT intentId=17 model=KELLY qty=0.0025 " +
                "winProbability=0.6 payoffRatio=1.5 volatility=0.02 fraction=0.1 equity=10000.0 notional=154.344075 " +
                "capped=false");
        assertThat(json(sizing))
            .isEqualTo("{\"type\":\"SizingVerdict\",\"seq\":12,\"recvTime\":\"" + TIME + "\"," + BTC +
                "\"intentId\":17,\"model\":\"KELLY\",\"qty\":\"0.0025\",\"winProbability\":0.6,\"payoffRatio\":1.5," +
                "\"volatility\":0.02,\"fraction\":0.1,\"equity\":10000.0,\"notional\":154.344075,\"capped\":false}");
    }

    @Test
    void shouldPrintAnOrderUpdateWithItsAveragePriceInDecimals() throws IOException
    {
        define();
        final byte[] partial = orderUpdate(OrderStateCode.NEW);
        assertThat(text(partial))
            .isEqualTo("13 " + TIME + " OrderUpdate binance:BTCUSDT clientOrderId=1001 parentId=7 side=BID " +
                "state=PARTIALLY_FILLED previousState=NEW price=61737.63 qty=0.003 filledQty=0.001 leavesQty=0.002 " +
                "avgPrice=61737.625 rejectCode=0");
        assertThat(json(partial))
            .isEqualTo("{\"type\":\"OrderUpdate\",\"seq\":13,\"recvTime\":\"" + TIME + "\"," + BTC +
                "\"clientOrderId\":1001,\"parentId\":7,\"side\":\"BID\",\"state\":\"PARTIALLY_FILLED\"," +
                "\"previousState\":\"NEW\",\"price\":\"61737.63\",\"qty\":\"0.003\",\"filledQty\":\"0.001\"," +
                "\"leavesQty\":\"0.002\",\"avgPrice\":61737.625,\"rejectCode\":0}");

        // an order's first report has no previous state
        final byte[] first = orderUpdate(OrderStateCode.NULL_VAL);
        assertThat(text(first)).contains(" previousState=null ");
        assertThat(json(first)).contains("\"previousState\":null");
    }

    @Test
    void shouldPrintAnAlgoUpdate() throws IOException
    {
        define();
        final AlgoUpdateEncoder e = new AlgoUpdateEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 14, 1);
        e.parentId(7).qty(1_000_000).filledQty(400_000).avgPrice(6_173_760.0).algo(AlgoKind.TWAP)
            .state(AlgoStateCode.DONE).outcome(AlgoOutcomeCode.SHORTFALL).side(Side.BID);
        final byte[] algo = copy(e.encodedLength());

        assertThat(text(algo))
            .isEqualTo("14 " + TIME + " AlgoUpdate binance:BTCUSDT parentId=7 algo=TWAP side=BID state=DONE " +
                "outcome=SHORTFALL qty=0.01 filledQty=0.004 avgPrice=61737.6");
        assertThat(json(algo))
            .isEqualTo("{\"type\":\"AlgoUpdate\",\"seq\":14,\"recvTime\":\"" + TIME + "\"," + BTC +
                "\"parentId\":7,\"algo\":\"TWAP\",\"side\":\"BID\",\"state\":\"DONE\",\"outcome\":\"SHORTFALL\"," +
                "\"qty\":\"0.01\",\"filledQty\":\"0.004\",\"avgPrice\":61737.6}");
    }

    @Test
    void shouldPrintAFill() throws IOException
    {
        define();
        final byte[] fill = fill();
        assertThat(text(fill))
            .isEqualTo("15 " + TIME + " Fill binance:BTCUSDT clientOrderId=1001 side=BID liquidity=MAKER " +
                "price=61737.63 qty=0.001 leavesQty=0.002 fee=-0.0123");
        assertThat(json(fill))
            .isEqualTo("{\"type\":\"Fill\",\"seq\":15,\"recvTime\":\"" + TIME + "\"," + BTC +
                "\"clientOrderId\":1001,\"side\":\"BID\",\"liquidity\":\"MAKER\",\"price\":\"61737.63\",\"qty\":\"0.001\"," +
                "\"leavesQty\":\"0.002\",\"fee\":-0.0123}");
    }

    @Test
    void shouldPrintAShortPosition() throws IOException
    {
        define();
        final PositionUpdateEncoder e = new PositionUpdateEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 16, 1);
        e.qty(-300_000).avgPrice(6_173_763.0).realizedPnl(1.25).unrealizedPnl(-0.5).fees(0.03).strategyId(2);
        final byte[] position = copy(e.encodedLength());

        assertThat(text(position))
            .isEqualTo("16 " + TIME + " PositionUpdate binance:BTCUSDT strategyId=2 qty=-0.003 avgPrice=61737.63 " +
                "realizedPnl=1.25 unrealizedPnl=-0.5 fees=0.03");
        assertThat(json(position))
            .isEqualTo("{\"type\":\"PositionUpdate\",\"seq\":16,\"recvTime\":\"" + TIME + "\"," + BTC +
                "\"strategyId\":2,\"qty\":\"-0.003\",\"avgPrice\":61737.63,\"realizedPnl\":1.25,\"unrealizedPnl\":-0.5," +
                "\"fees\":0.03}");
    }

    @Test
    void shouldPrintAnEquitySample() throws IOException
    {
        final EquitySampleEncoder e = new EquitySampleEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 17, 0);
        e.equity(10_001.25).cash(9_815.5).drawdown(3.75).grossExposure(185.21).netExposure(-185.21);
        final byte[] equity = copy(e.encodedLength());

        assertThat(text(equity))
            .isEqualTo("17 " + TIME + " EquitySample - equity=10001.25 cash=9815.5 drawdown=3.75 grossExposure=185.21 " +
                "netExposure=-185.21");
        assertThat(json(equity))
            .isEqualTo("{\"type\":\"EquitySample\",\"seq\":17,\"recvTime\":\"" + TIME + "\"," + NONE +
                "\"equity\":10001.25,\"cash\":9815.5,\"drawdown\":3.75,\"grossExposure\":185.21,\"netExposure\":-185.21}");
    }

    @Test
    void shouldPrintATradingStateChange() throws IOException
    {
        final TradingStateChangeEncoder e = new TradingStateChangeEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 18, 0);
        e.equity(9_500.0).dailyPnl(-500.0).drawdown(600.0).state(TradingStateCode.HALTED)
            .previousState(TradingStateCode.REDUCING).reason(KillReasonCode.DAILY_LOSS);
        final byte[] change = copy(e.encodedLength());

        assertThat(text(change))
            .isEqualTo("18 " + TIME + " TradingStateChange - state=HALTED previousState=REDUCING reason=DAILY_LOSS " +
                "equity=9500.0 dailyPnl=-500.0 drawdown=600.0");
        assertThat(json(change))
            .isEqualTo("{\"type\":\"TradingStateChange\",\"seq\":18,\"recvTime\":\"" + TIME + "\"," + NONE +
                "\"state\":\"HALTED\",\"previousState\":\"REDUCING\",\"reason\":\"DAILY_LOSS\",\"equity\":9500.0," +
                "\"dailyPnl\":-500.0,\"drawdown\":600.0}");
    }

    @Test
    void shouldPrintRawMantissasBeforeTheInstrumentIsDefined() throws IOException
    {
        assertThat(text(orderUpdate(OrderStateCode.NEW)))
            .isEqualTo("13 " + TIME + " OrderUpdate #1 clientOrderId=1001 parentId=7 side=BID " +
                "state=PARTIALLY_FILLED previousState=NEW price=6173763 qty=300000 filledQty=100000 leavesQty=200000 " +
                "avgPrice=6173762.5 rejectCode=0");
        assertThat(json(fill())).contains("\"price\":6173763,\"qty\":100000,\"leavesQty\":200000");
    }

    @Test
    void shouldNameEveryTradingTemplateAndTakeTheShortNames()
    {
        assertThat(EventTypes.names()).contains("OperatorCommand", "RiskVerdict", "SizingVerdict", "OrderUpdate",
            "AlgoUpdate", "Fill", "PositionUpdate", "EquitySample", "TradingStateChange");
        assertThat(EventTypes.templateId("orders")).isEqualTo(OrderUpdateDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("fills")).isEqualTo(FillDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("risk")).isEqualTo(RiskVerdictDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("positions")).isEqualTo(PositionUpdateDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("equity")).isEqualTo(EquitySampleDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("algos")).isEqualTo(AlgoUpdateDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("sizing")).isEqualTo(SizingVerdictDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("halts")).isEqualTo(TradingStateChangeDecoder.TEMPLATE_ID);
        assertThat(EventTypes.templateId("commands")).isEqualTo(OperatorCommandDecoder.TEMPLATE_ID);
        assertThat(EventTypes.aliases()).contains("orders", "fills", "risk", "positions", "equity", "algos", "sizing",
            "halts", "commands");
    }

    @Test
    void shouldFilterTradingDecisionsByShortName()
    {
        final EventFilter filter = EventFilter.of("fills,commands", null, new InstrumentCatalog());
        final List<byte[]> events = List.of(operatorCommand(), fill(), orderUpdate(OrderStateCode.NEW),
            riskVerdict(RiskVerdictCode.ACCEPT, Double.NaN, Double.NaN));
        assertThat(events.stream().filter(e -> filter.accept(new UnsafeBuffer(e), 0, e.length)).map(this::text))
            .extracting(line -> line.split(" ")[2])
            .containsExactly("OperatorCommand", "Fill");
    }

    private byte[] operatorCommand()
    {
        final OperatorCommandEncoder e = new OperatorCommandEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 10, 0);
        e.command(OperatorCommandCode.FLATTEN).note("before the \"print\"");
        return copy(e.encodedLength());
    }

    private byte[] riskVerdict(final RiskVerdictCode verdict, final double measured, final double threshold)
    {
        final RiskVerdictEncoder e = new RiskVerdictEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 11, 1);
        e.intentId(17).price(6_173_763).qty(100_000).notional(61.73763).measured(measured).threshold(threshold)
            .side(Side.ASK).verdict(verdict).reducing((short)1);
        return copy(e.encodedLength());
    }

    private byte[] orderUpdate(final OrderStateCode previous)
    {
        final OrderUpdateEncoder e = new OrderUpdateEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 13, 1);
        e.clientOrderId(1001).parentId(7).price(6_173_763).qty(300_000).filledQty(100_000).leavesQty(200_000)
            .avgPrice(6_173_762.5).side(Side.BID).state(OrderStateCode.PARTIALLY_FILLED).previousState(previous)
            .rejectCode((short)0);
        return copy(e.encodedLength());
    }

    private byte[] fill()
    {
        final FillEncoder e = new FillEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), 15, 1);
        e.clientOrderId(1001).price(6_173_763).qty(100_000).leavesQty(200_000).fee(-0.0123).side(Side.BID)
            .liquidity(Liquidity.MAKER);
        return copy(e.encodedLength());
    }

    private static void header(final EventHeaderEncoder h, final long seq, final int instrumentId)
    {
        h.receiveTimeNs(TestEvents.T0).exchangeTimeNs(0).causeSequence(seq).instrumentId(instrumentId).reserved(0);
    }

    private byte[] copy(final int bodyLength)
    {
        final byte[] bytes = new byte[MessageHeaderEncoder.ENCODED_LENGTH + bodyLength];
        buffer.getBytes(0, bytes);
        return bytes;
    }

    private String text(final byte[] event)
    {
        return printer.text(new UnsafeBuffer(event), 0, event.length);
    }

    private String json(final byte[] event) throws IOException
    {
        final String line = printer.json(new UnsafeBuffer(event), 0, event.length);
        EventPrinterTest.parse(line);
        return line;
    }
}
