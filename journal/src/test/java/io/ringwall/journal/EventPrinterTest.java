package io.ringwall.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ringwall.codecs.sbe.BookDeltaEncoder;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.Side;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class EventPrinterTest
{
    private static final JsonFactory JSON = new JsonFactory();

    private final TestEvents events = new TestEvents();
    private final EventPrinter printer = new EventPrinter();

    @Test
    void shouldPrintEachTemplateAsATextLineWithDecimalPricesOnceTheInstrumentIsDefined()
    {
        assertThat(text(events.instrumentDefinition(0)))
            .isEqualTo("0 2024-08-08T10:15:30.123456789Z InstrumentDefinition binance:BTCUSDT priceExponent=-2 qtyExponent=-8");
        assertThat(text(events.bookSnapshot(1)))
            .isEqualTo("1 2024-08-08T10:15:30.123457789Z BookSnapshot binance:BTCUSDT lastUpdateId=51000000001 " +
                "flags=[FIRST,LAST] levels=7 [BID 61737.63 x 0.5, ASK 61737.65 x 1, BID 61737.61 x 1.5, " +
                "ASK 61737.67 x 2, BID 61737.59 x 2.5, ...+2]");
        assertThat(text(events.bookDelta(2)))
            .isEqualTo("2 2024-08-08T10:15:30.123458789Z BookDelta binance:BTCUSDT firstUpdateId=51000000002 " +
                "lastUpdateId=51000000004 prevLastUpdateId=null flags=[LAST] levels=3 " +
                "[BID 61737.63 x 0, ASK 61737.64 x 1.23, BID 61737 x 0.00000001]");
        assertThat(text(events.trade(3)))
            .isEqualTo("3 2024-08-08T10:15:30.123459789Z Trade binance:BTCUSDT tradeId=3000000001 price=61737.63 " +
                "qty=0.001 firstTradeId=3000000001 lastTradeId=3000000003 aggressor=SELL source=AGG_TRADE printType=REGULAR");
        assertThat(text(events.bookTicker(4)))
            .isEqualTo("4 2024-08-08T10:15:30.123460789Z BookTicker binance:BTCUSDT updateId=51000000004 " +
                "bidPrice=61737.63 bidQty=1.5 askPrice=61737.64 askQty=0.00000002");
        assertThat(text(events.gatewayStatus(5)))
            .isEqualTo("5 2024-08-08T10:15:30.123461789Z GatewayStatus binance-usdm detail=2000 " +
                "status=RECONNECT_SCHEDULED text=\"retry in 2s \\\"backoff\\\"\"");
        assertThat(text(events.timerTick(6)))
            .isEqualTo("6 2024-08-08T10:15:30.123462789Z TimerTick - tick=42");
        assertThat(text(events.rejectedInput(7)))
            .isEqualTo("7 2024-08-08T10:15:30.123463789Z RejectedInput binance:BTCUSDT errorOffset=5 frameLength=1234 " +
                "reason=MALFORMED_JSON kind=DEPTH excerpt=\"{\\\"p\\\":\\\\\\u0000\\u001b[2J\\n\\u00c3\\u00a9\\u007f\\u00ff}\"");
        assertThat(text(events.sessionStart(8)))
            .isEqualTo("8 2024-08-08T10:15:30.123455789Z SessionStart - firstInputSequence=8 " +
                "engineVersion=\"0.1.0-SNAPSHOT\" configText=(33 bytes)");
        assertThat(text(events.bookHealth(2)))
            .isEqualTo("2 2024-08-08T10:15:30.123458789Z BookHealth binance:BTCUSDT bookUpdateId=51000000001 " +
                "eventUpdateId=51000000003 bestBidPrice=61737.63 bestAskPrice=61737.64 state=INVALID " +
                "previousState=LIVE reason=GAP");
        assertThat(text(events.snapshotRequest(2)))
            .isEqualTo("2 2024-08-08T10:15:30.123458789Z SnapshotRequest binance:BTCUSDT attempt=1 reason=GAP");
    }

    @Test
    void shouldPrintEachTemplateAsOneJsonObjectWithEveryField() throws IOException
    {
        final String common = "\"recvTimeNs\":%d,\"exchTimeNs\":%d,\"instrument\":1,\"venue\":\"BINANCE\",\"symbol\":\"BTCUSDT\",";
        assertThat(json(events.instrumentDefinition(0)))
            .isEqualTo("{\"type\":\"InstrumentDefinition\",\"seq\":0,\"recvTime\":\"2024-08-08T10:15:30.123456789Z\"," +
                "\"recvTimeNs\":1723112130123456789,\"exchTimeNs\":0,\"instrument\":1,\"venue\":\"BINANCE\"," +
                "\"symbol\":\"BTCUSDT\",\"priceExponent\":-2,\"qtyExponent\":-8}");
        assertThat(json(events.bookSnapshot(1)))
            .isEqualTo("{\"type\":\"BookSnapshot\",\"seq\":1,\"recvTime\":\"2024-08-08T10:15:30.123457789Z\"," +
                "\"recvTimeNs\":1723112130123457789,\"exchTimeNs\":0,\"instrument\":1,\"venue\":\"BINANCE\"," +
                "\"symbol\":\"BTCUSDT\",\"lastUpdateId\":51000000001,\"flags\":[\"FIRST\",\"LAST\"],\"levels\":[" +
                "{\"side\":\"BID\",\"price\":\"61737.63\",\"qty\":\"0.5\"},{\"side\":\"ASK\",\"price\":\"61737.65\",\"qty\":\"1\"}," +
                "{\"side\":\"BID\",\"price\":\"61737.61\",\"qty\":\"1.5\"},{\"side\":\"ASK\",\"price\":\"61737.67\",\"qty\":\"2\"}," +
                "{\"side\":\"BID\",\"price\":\"61737.59\",\"qty\":\"2.5\"},{\"side\":\"ASK\",\"price\":\"61737.69\",\"qty\":\"3\"}," +
                "{\"side\":\"BID\",\"price\":\"61737.57\",\"qty\":\"3.5\"}]}");
        assertThat(json(events.bookDelta(2)))
            .isEqualTo("{\"type\":\"BookDelta\",\"seq\":2,\"recvTime\":\"2024-08-08T10:15:30.123458789Z\"," +
                String.format(common, 1723112130123458789L, 1723112130118456789L) +
                "\"firstUpdateId\":51000000002,\"lastUpdateId\":51000000004,\"prevLastUpdateId\":null," +
                "\"flags\":[\"LAST\"],\"levels\":[{\"side\":\"BID\",\"price\":\"61737.63\",\"qty\":\"0\"}," +
                "{\"side\":\"ASK\",\"price\":\"61737.64\",\"qty\":\"1.23\"},{\"side\":\"BID\",\"price\":\"61737\",\"qty\":\"0.00000001\"}]}");
        assertThat(json(events.trade(3)))
            .isEqualTo("{\"type\":\"Trade\",\"seq\":3,\"recvTime\":\"2024-08-08T10:15:30.123459789Z\"," +
                String.format(common, 1723112130123459789L, 1723112130119456789L) +
                "\"tradeId\":3000000001,\"price\":\"61737.63\",\"qty\":\"0.001\",\"firstTradeId\":3000000001," +
                "\"lastTradeId\":3000000003,\"aggressor\":\"SELL\",\"source\":\"AGG_TRADE\",\"printType\":\"REGULAR\"}");
        assertThat(json(events.bookTicker(4)))
            .isEqualTo("{\"type\":\"BookTicker\",\"seq\":4,\"recvTime\":\"2024-08-08T10:15:30.123460789Z\"," +
                String.format(common, 1723112130123460789L, 0L) +
                "\"updateId\":51000000004,\"bidPrice\":\"61737.63\",\"bidQty\":\"1.5\",\"askPrice\":\"61737.64\"," +
                "\"askQty\":\"0.00000002\"}");
        assertThat(json(events.gatewayStatus(5)))
            .isEqualTo("{\"type\":\"GatewayStatus\",\"seq\":5,\"recvTime\":\"2024-08-08T10:15:30.123461789Z\"," +
                "\"recvTimeNs\":1723112130123461789,\"exchTimeNs\":0,\"instrument\":0,\"venue\":\"BINANCE_USDM\"," +
                "\"symbol\":null,\"detail\":2000,\"status\":\"RECONNECT_SCHEDULED\",\"text\":\"retry in 2s \\\"backoff\\\"\"}");
        assertThat(json(events.timerTick(6)))
            .isEqualTo("{\"type\":\"TimerTick\",\"seq\":6,\"recvTime\":\"2024-08-08T10:15:30.123462789Z\"," +
                "\"recvTimeNs\":1723112130123462789,\"exchTimeNs\":0,\"instrument\":0,\"venue\":null,\"symbol\":null,\"tick\":42}");
        assertThat(json(events.rejectedInput(7)))
            .isEqualTo("{\"type\":\"RejectedInput\",\"seq\":7,\"recvTime\":\"2024-08-08T10:15:30.123463789Z\"," +
                String.format(common, 1723112130123463789L, 0L) +
                "\"errorOffset\":5,\"frameLength\":1234,\"reason\":\"MALFORMED_JSON\",\"kind\":\"DEPTH\"," +
                "\"excerpt\":\"{\\\"p\\\":\\\\\\u0000\\u001b[2J\\n\\u00c3\\u00a9\\u007f\\u00ff}\"}");
        assertThat(json(events.sessionStart(8)))
            .isEqualTo("{\"type\":\"SessionStart\",\"seq\":8,\"recvTime\":\"2024-08-08T10:15:30.123455789Z\"," +
                "\"recvTimeNs\":1723112130123455789,\"exchTimeNs\":0,\"instrument\":0,\"venue\":null,\"symbol\":null," +
                "\"firstInputSequence\":8,\"engineVersion\":\"0.1.0-SNAPSHOT\"," +
                "\"configText\":\"venue: binance\\nnote: \\\"caf\\u00e9 \\u20ac\\\"\\n\"}");
        assertThat(json(events.bookHealth(2)))
            .isEqualTo("{\"type\":\"BookHealth\",\"seq\":2,\"recvTime\":\"2024-08-08T10:15:30.123458789Z\"," +
                String.format(common, 1723112130123458789L, 0L) +
                "\"bookUpdateId\":51000000001,\"eventUpdateId\":51000000003,\"bestBidPrice\":\"61737.63\"," +
                "\"bestAskPrice\":\"61737.64\",\"state\":\"INVALID\",\"previousState\":\"LIVE\",\"reason\":\"GAP\"}");
        assertThat(json(events.snapshotRequest(2)))
            .isEqualTo("{\"type\":\"SnapshotRequest\",\"seq\":2,\"recvTime\":\"2024-08-08T10:15:30.123458789Z\"," +
                String.format(common, 1723112130123458789L, 0L) + "\"attempt\":1,\"reason\":\"GAP\"}");
    }

    @Test
    void shouldPrintRawMantissasAndTheInstrumentIdBeforeTheDefinition() throws IOException
    {
        assertThat(text(events.trade(3)))
            .isEqualTo("3 2024-08-08T10:15:30.123459789Z Trade #1 tradeId=3000000001 price=6173763 qty=100000 " +
                "firstTradeId=3000000001 lastTradeId=3000000003 aggressor=SELL source=AGG_TRADE printType=REGULAR");
        assertThat(text(events.bookDelta(2)))
            .isEqualTo("2 2024-08-08T10:15:30.123458789Z BookDelta #1 firstUpdateId=51000000002 lastUpdateId=51000000004 " +
                "prevLastUpdateId=null flags=[LAST] levels=3 [BID 6173763 x 0, ASK 6173764 x 123000000, BID 6173700 x 1]");
        assertThat(json(events.bookTicker(4)))
            .isEqualTo("{\"type\":\"BookTicker\",\"seq\":4,\"recvTime\":\"2024-08-08T10:15:30.123460789Z\"," +
                "\"recvTimeNs\":1723112130123460789,\"exchTimeNs\":0,\"instrument\":1,\"venue\":null,\"symbol\":null," +
                "\"updateId\":51000000004,\"bidPrice\":6173763,\"bidQty\":150000000,\"askPrice\":6173764,\"askQty\":2}");
        assertThat(text(events.rejectedInput(7))).startsWith("7 2024-08-08T10:15:30.123463789Z RejectedInput binance:#1 ");

        text(events.instrumentDefinition(0));
        assertThat(text(events.trade(3))).contains(" Trade binance:BTCUSDT ", " price=61737.63 qty=0.001 ");
    }

    @Test
    void shouldEscapeEveryByteOfAnExcerptSoTheJsonParsesBackToThoseBytes() throws IOException
    {
        final String line = json(events.rejectedInput(7));
        assertThat(line).matches("\\p{Print}+"); // printable ASCII only: safe for any terminal
        final String excerpt = (String)parse(line).get("excerpt");
        assertThat(excerpt.getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(TestEvents.NASTY_EXCERPT);
        assertThat(text(events.rejectedInput(7))).matches("\\p{Print}+");
    }

    @Test
    void shouldShowAllLevelsInTextWhenAsked()
    {
        final EventPrinter all = new EventPrinter(new InstrumentCatalog(), EventPrinter.ALL_LEVELS);
        all.text(new UnsafeBuffer(events.instrumentDefinition(0)), 0, events.instrumentDefinition(0).length);
        final byte[] snapshot = events.bookSnapshot(1);
        assertThat(all.text(new UnsafeBuffer(snapshot), 0, snapshot.length))
            .endsWith("levels=7 [BID 61737.63 x 0.5, ASK 61737.65 x 1, BID 61737.61 x 1.5, ASK 61737.67 x 2, " +
                "BID 61737.59 x 2.5, ASK 61737.69 x 3, BID 61737.57 x 3.5]");
        final EventPrinter none = new EventPrinter(new InstrumentCatalog(), 0);
        assertThat(none.text(new UnsafeBuffer(snapshot), 0, snapshot.length)).endsWith("flags=[FIRST,LAST] levels=7");
    }

    @Test
    void shouldPrintAnUnknownTemplateWithItsHeaderFields() throws IOException
    {
        text(events.instrumentDefinition(0));
        final byte[] event = events.timerTick(77);
        final UnsafeBuffer buffer = new UnsafeBuffer(event);
        buffer.putShort(2, (short)250, MessageHeaderEncoder.BYTE_ORDER); // template id
        buffer.putInt(MessageHeaderEncoder.ENCODED_LENGTH + 24, TestEvents.BTCUSDT, MessageHeaderEncoder.BYTE_ORDER);
        assertThat(json(event))
            .isEqualTo("{\"type\":\"Unknown\",\"templateId\":250,\"seq\":77,\"recvTime\":\"2024-08-08T10:15:30.123462789Z\"," +
                "\"recvTimeNs\":1723112130123462789,\"exchTimeNs\":0,\"instrument\":1,\"venue\":\"BINANCE\"," +
                "\"symbol\":\"BTCUSDT\",\"schemaId\":7,\"version\":1,\"blockLength\":40,\"length\":48}");
        assertThat(text(event))
            .isEqualTo("77 2024-08-08T10:15:30.123462789Z Unknown binance:BTCUSDT templateId=250 schemaId=7 version=1 " +
                "blockLength=40 length=48");
    }

    @Test
    void shouldPrintANewerWritersTradeByTheFieldsItKnowsAndItsNewTemplateAsUnknown() throws IOException
    {
        text(events.instrumentDefinition(0));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final io.ringwall.codecs.sbe.future.MessageHeaderEncoder header = new io.ringwall.codecs.sbe.future.MessageHeaderEncoder();

        final io.ringwall.codecs.sbe.future.TradeEncoder trade =
            new io.ringwall.codecs.sbe.future.TradeEncoder().wrapAndApplyHeader(buffer, 0, header);
        trade.header().receiveTimeNs(TestEvents.T0).exchangeTimeNs(TestEvents.T0 - 1).causeSequence(9)
            .instrumentId(TestEvents.BTCUSDT).reserved(0);
        trade.tradeId(5).price(6_173_763).qty(100_000).firstTradeId(5).lastTradeId(6)
            .aggressor(io.ringwall.codecs.sbe.future.AggressorSide.BUY)
            .source(io.ringwall.codecs.sbe.future.TradeSource.TRADE)
            .printType(io.ringwall.codecs.sbe.future.PrintType.REGULAR)
            .tradeTimeNs(TestEvents.T0 - 2);
        final int tradeLength = MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
        assertThat(trade.encodedLength()).isGreaterThan(io.ringwall.codecs.sbe.TradeDecoder.BLOCK_LENGTH);
        assertThat(printer.json(buffer, 0, tradeLength))
            .isEqualTo("{\"type\":\"Trade\",\"seq\":9,\"recvTime\":\"2024-08-08T10:15:30.123456789Z\"," +
                "\"recvTimeNs\":1723112130123456789,\"exchTimeNs\":1723112130123456788,\"instrument\":1," +
                "\"venue\":\"BINANCE\",\"symbol\":\"BTCUSDT\",\"tradeId\":5,\"price\":\"61737.63\",\"qty\":\"0.001\"," +
                "\"firstTradeId\":5,\"lastTradeId\":6,\"aggressor\":\"BUY\",\"source\":\"TRADE\",\"printType\":\"REGULAR\"}");

        // A longer block before a group: the levels must be found after the acting block, not the known one.
        final io.ringwall.codecs.sbe.future.BookDeltaEncoder delta =
            new io.ringwall.codecs.sbe.future.BookDeltaEncoder().wrapAndApplyHeader(buffer, 0, header);
        delta.header().receiveTimeNs(TestEvents.T0).exchangeTimeNs(0).causeSequence(10).instrumentId(TestEvents.BTCUSDT).reserved(0);
        delta.firstUpdateId(1).lastUpdateId(2).prevLastUpdateId(1).transactionTimeNs(TestEvents.T0 - 3);
        delta.flags().clear().lAST(true);
        delta.levelsCount(1).next().price(6_173_763).qty(5).side(io.ringwall.codecs.sbe.future.Side.ASK);
        final int deltaLength = MessageHeaderEncoder.ENCODED_LENGTH + delta.encodedLength();
        assertThat(printer.text(buffer, 0, deltaLength))
            .isEqualTo("10 2024-08-08T10:15:30.123456789Z BookDelta binance:BTCUSDT firstUpdateId=1 lastUpdateId=2 " +
                "prevLastUpdateId=1 flags=[LAST] levels=1 [ASK 61737.63 x 0.00000005]");

        final io.ringwall.codecs.sbe.future.FutureDecisionEncoder wall =
            new io.ringwall.codecs.sbe.future.FutureDecisionEncoder().wrapAndApplyHeader(buffer, 0, header);
        wall.header().receiveTimeNs(TestEvents.T0).exchangeTimeNs(0).causeSequence(9).instrumentId(TestEvents.BTCUSDT).reserved(0);
        wall.wallId(1).price(6_173_763).qty(1_000_000_000L);
        final int wallLength = MessageHeaderEncoder.ENCODED_LENGTH + wall.encodedLength();
        assertThat(printer.json(buffer, 0, wallLength))
            .isEqualTo("{\"type\":\"Unknown\",\"templateId\":199,\"seq\":9,\"recvTime\":\"2024-08-08T10:15:30.123456789Z\"," +
                "\"recvTimeNs\":1723112130123456789,\"exchTimeNs\":0,\"instrument\":1,\"venue\":\"BINANCE\"," +
                "\"symbol\":\"BTCUSDT\",\"schemaId\":7,\"version\":2,\"blockLength\":56,\"length\":64}");
        assertThat(printer.text(buffer, 0, wallLength))
            .isEqualTo("9 2024-08-08T10:15:30.123456789Z Unknown binance:BTCUSDT templateId=199 schemaId=7 version=2 " +
                "blockLength=56 length=64");
    }

    @Test
    void shouldMarkAnEventCutShortAsMalformedAndCarryOn() throws IOException
    {
        text(events.instrumentDefinition(0));
        final byte[] delta = events.bookDelta(2);
        final int cut = delta.length - 10; // the group header still claims three levels
        assertThat(printer.json(new UnsafeBuffer(delta), 0, cut))
            .isEqualTo("{\"type\":\"BookDelta\",\"seq\":2,\"recvTime\":\"2024-08-08T10:15:30.123458789Z\"," +
                "\"recvTimeNs\":1723112130123458789,\"exchTimeNs\":1723112130118456789,\"instrument\":1," +
                "\"venue\":\"BINANCE\",\"symbol\":\"BTCUSDT\",\"malformed\":true,\"version\":1,\"blockLength\":57," +
                "\"length\":" + cut + "}");
        assertThat(printer.text(new UnsafeBuffer(delta), 0, cut))
            .isEqualTo("2 2024-08-08T10:15:30.123458789Z BookDelta binance:BTCUSDT malformed version=1 blockLength=57 length=" + cut);
        assertThat(text(events.trade(3))).contains(" price=61737.63 ");
    }

    @Test
    void shouldPrintWhatIsNotAnEventOfThisSchemaAsUnknown() throws IOException
    {
        final byte[] tick = events.timerTick(6);
        final UnsafeBuffer buffer = new UnsafeBuffer(tick);
        assertThat(printer.json(buffer, 0, 20))
            .isEqualTo("{\"type\":\"Unknown\",\"templateId\":7,\"schemaId\":7,\"version\":1,\"blockLength\":40,\"length\":20}");
        assertThat(printer.json(buffer, 0, 3)).isEqualTo("{\"type\":\"Unknown\",\"length\":3}");
        assertThat(printer.text(buffer, 0, 3)).isEqualTo("? ? Unknown - length=3");
        buffer.putShort(4, (short)99, MessageHeaderEncoder.BYTE_ORDER); // another schema's id
        assertThat(printer.text(buffer, 0, tick.length))
            .isEqualTo("? ? Unknown - templateId=7 schemaId=99 version=1 blockLength=40 length=48");
        assertThat(printer.json(buffer, 40, 100)).isEqualTo("{\"type\":\"Unknown\",\"length\":100}");
    }

    @Test
    void shouldPrintEnumValuesFromANewerSchemaAsNumbers() throws IOException
    {
        final byte[] delta = events.bookDelta(2);
        final UnsafeBuffer buffer = new UnsafeBuffer(delta);
        final int firstSide = MessageHeaderEncoder.ENCODED_LENGTH + BookDeltaEncoder.BLOCK_LENGTH + 4 + 16;
        assertThat(buffer.getByte(firstSide)).isEqualTo((byte)Side.BID.value());
        buffer.putByte(firstSide, (byte)7);
        buffer.putByte(MessageHeaderEncoder.ENCODED_LENGTH + 56, (byte)0x06); // flags: LAST and a new bit 2
        assertThat(json(delta)).contains("\"flags\":[\"LAST\",2],\"levels\":[{\"side\":7,\"price\":6173763,\"qty\":0}");
        assertThat(text(delta)).contains("flags=[LAST,2] levels=3 [7 6173763 x 0, ");
    }

    @Test
    void shouldNeverThrowWhateverTheBytesAndAlwaysPrintValidJson() throws IOException
    {
        final SplittableRandom random = new SplittableRandom(42);
        final List<byte[]> samples = events.oneOfEach();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
        for (int i = 0; i < 20_000; i++)
        {
            final byte[] sample = samples.get(random.nextInt(samples.size()));
            buffer.setMemory(0, buffer.capacity(), (byte)0);
            buffer.putBytes(0, sample);
            final int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++)
            {
                buffer.putByte(random.nextInt(sample.length), (byte)random.nextInt(256));
            }
            final int length = random.nextInt(sample.length + 1);
            assertThat(printer.text(buffer, 0, length)).matches("\\p{Print}*");
            parse(printer.json(buffer, 0, length));
        }
    }

    @Test
    void shouldFormatReceiveTimesLikeJavaTimeWithAllNineDigits()
    {
        final DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
        final SplittableRandom random = new SplittableRandom(7);
        final long[] edges = { 0, 1, 999_999_999, -1, 951_782_400_000_000_000L, 4_102_444_799_999_999_999L };
        for (final long ns : edges)
        {
            assertThat(TextFormat.appendIsoTime(new StringBuilder(), ns).toString())
                .isEqualTo(iso.format(Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L))));
        }
        for (int i = 0; i < 10_000; i++)
        {
            final long ns = random.nextLong(-2_000_000_000_000_000_000L, Long.MAX_VALUE);
            assertThat(TextFormat.appendIsoTime(new StringBuilder(), ns).toString())
                .isEqualTo(iso.format(Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L))));
        }
    }

    private String text(final byte[] event)
    {
        return printer.text(new UnsafeBuffer(event), 0, event.length);
    }

    private String json(final byte[] event) throws IOException
    {
        final String line = printer.json(new UnsafeBuffer(event), 0, event.length);
        parse(line);
        return line;
    }

    /** Parses one JSON object, failing on anything else, and returns its top-level scalar fields. */
    static Map<String, Object> parse(final String line) throws IOException
    {
        final Map<String, Object> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line))
        {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT)
            {
                assertThat(token).isEqualTo(JsonToken.FIELD_NAME);
                final String name = parser.currentName();
                final JsonToken value = parser.nextToken();
                if (value.isStructStart())
                {
                    parser.skipChildren();
                }
                else
                {
                    assertThat(fields.put(name, value == JsonToken.VALUE_STRING ? parser.getText() : parser.getValueAsString()))
                        .as("duplicate key %s in %s", name, line).isNull();
                }
            }
            assertThat(parser.nextToken()).as("one object only: %s", line).isNull();
        }
        return fields;
    }
}
