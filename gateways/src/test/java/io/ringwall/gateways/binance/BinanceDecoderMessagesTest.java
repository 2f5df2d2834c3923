package io.ringwall.gateways.binance;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.binance.Decoded.Definition;
import io.ringwall.gateways.binance.Decoded.Delta;
import io.ringwall.gateways.binance.Decoded.Event;
import io.ringwall.gateways.binance.Decoded.Header;
import io.ringwall.gateways.binance.Decoded.Level;
import io.ringwall.gateways.binance.Decoded.Rejected;
import io.ringwall.gateways.binance.Decoded.Snapshot;
import io.ringwall.gateways.binance.Decoded.Ticker;
import io.ringwall.gateways.binance.Decoded.Trade;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.ringwall.gateways.binance.BinanceDecoderRejectionTest.DEPTH;
import static io.ringwall.gateways.binance.BinanceDecoderRejectionTest.TRADE;
import static io.ringwall.gateways.binance.BinanceDecoderRejectionTest.onlyRejection;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message types, wrappers, key orders, control frames and the import of unknown symbols.
 */
class BinanceDecoderMessagesTest
{
    private static final String SPOT_TICKER = "{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"u\":50093239212,\"s\":\"BTCUSDT\"," +
        "\"b\":\"61837.63000000\",\"B\":\"3.78826000\",\"a\":\"61837.64000000\",\"A\":\"1.54698000\"}}";
    private static final String FUTURES_DEPTH = "{\"stream\":\"btcusdt@depth@0ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1723161256299," +
        "\"T\":1723161256298,\"s\":\"BTCUSDT\",\"U\":5123107832006,\"u\":5123107837557,\"pu\":5123107831937," +
        "\"b\":[[\"58710.20\",\"0.014\"]],\"a\":[[\"61800.30\",\"2.510\"]]}}";
    private static final String FUTURES_TRADE = "{\"e\":\"trade\",\"E\":1723161256322,\"T\":1723161256321,\"s\":\"BTCUSDT\"," +
        "\"t\":5266583935,\"p\":\"61800.30\",\"q\":\"0.006\",\"X\":\"MARKET\",\"m\":false}";

    private final DecoderFixture spot = new DecoderFixture(Venue.BINANCE, "BTCUSDT");
    private final int btcusdt = spot.instrument("BTCUSDT").id();

    @Test
    void shouldDecodeADiffDepthWithEveryHeaderField()
    {
        assertThat(spot.frame(DEPTH, 42L)).containsExactly(new Delta(
            new Header(42L, 1_723_161_255_208_000_000L, btcusdt), 50093239189L, 50093239202L, Long.MIN_VALUE, true, true,
            List.of(new Level(6_173_763_000_000L, 0, Side.BID), new Level(6_173_017_000_000L, 0, Side.BID),
                new Level(6_183_764_000_000L, 154_698_000L, Side.ASK))));
    }

    @Test
    void shouldDecodeARawPayloadExactlyAsItsCombinedStreamWrapper()
    {
        final String raw = DEPTH.substring(DEPTH.indexOf("\"data\":") + 7, DEPTH.length() - 1);
        assertThat(spot.frame(raw)).isEqualTo(spot.frame(DEPTH));
        final String rawTicker = SPOT_TICKER.substring(SPOT_TICKER.indexOf("\"data\":") + 7, SPOT_TICKER.length() - 1);
        assertThat(spot.frame(rawTicker)).isEqualTo(spot.frame(SPOT_TICKER)).singleElement().isInstanceOf(Ticker.class);
    }

    @Test
    void shouldDecodeWhateverTheKeyOrder()
    {
        final List<Event> canonical = spot.frame(DEPTH);
        final String data = DEPTH.substring(DEPTH.indexOf("\"data\":"), DEPTH.length() - 1);
        assertThat(spot.frame("{" + data + ",\"stream\":\"btcusdt@depth@100ms\"}")).isEqualTo(canonical);

        final String levelsFirst = "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"a\":[[\"61837.64000000\",\"1.54698000\"]]," +
            "\"b\":[[\"61737.63000000\",\"0.00000000\"],[\"61730.17000000\",\"0.00000000\"]],\"u\":50093239202," +
            "\"U\":50093239189,\"s\":\"BTCUSDT\",\"E\":1723161255208,\"e\":\"depthUpdate\"}}";
        assertThat(spot.frame(levelsFirst)).isEqualTo(canonical);

        final String spaced = DEPTH.replace(",", " ,\n ").replace(":", "\t: ").replace("{", "{ ").replace("}", " }\r\n");
        assertThat(spot.frame(spaced)).isEqualTo(canonical);

        final String withExtras = DEPTH.replace("\"U\":", "\"x\":{\"y\":[1,2.5e3,\"z\\\"\",null,true,{}]},\"U\":");
        assertThat(spot.frame(withExtras)).isEqualTo(canonical);

        final List<Event> trade = spot.frame(TRADE);
        assertThat(spot.frame(TRADE.replace("\"s\":\"BTCUSDT\",", "").replace("\"M\":true", "\"M\":true,\"s\":\"BTCUSDT\"")))
            .isEqualTo(trade);
    }

    @Test
    void shouldNameTheSymbolFromTheStreamWhenThePayloadDoesNot()
    {
        assertThat(spot.frame(DEPTH.replace("\"s\":\"BTCUSDT\",", ""))).isEqualTo(spot.frame(DEPTH));
        assertThat(onlyRejection(spot.frame(DEPTH.substring(DEPTH.indexOf("\"data\":") + 7, DEPTH.length() - 1)
            .replace("\"s\":\"BTCUSDT\",", ""))).reason()).isEqualTo(RejectReason.MISSING_FIELD);
    }

    @Test
    void shouldDecodeATradeWithTheTakerSide()
    {
        assertThat(spot.frame(TRADE, 7L)).containsExactly(new Trade(new Header(7L, 1_723_161_255_343_000_000L, btcusdt),
            3735683259L, 6_183_763_000_000L, 2_000_000L, 3735683259L, 3735683259L, AggressorSide.SELL, TradeSource.TRADE,
            PrintType.REGULAR));
        assertThat(((Trade)spot.frame(TRADE.replace("\"m\":true", "\"m\":false")).get(0)).aggressor()).isEqualTo(AggressorSide.BUY);
        assertThat(((Trade)spot.frame(TRADE.replace(",\"m\":true", "")).get(0)).aggressor()).isEqualTo(AggressorSide.UNKNOWN);
    }

    @Test
    void shouldDecodeAnAggTrade()
    {
        final String agg = "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":1633998523963,\"s\":\"BTCUSDT\"," +
            "\"a\":15683430,\"p\":\"0.35280000\",\"q\":\"58.00000000\",\"f\":19862790,\"l\":19862795,\"T\":1633998523960," +
            "\"m\":false,\"M\":true}}";
        assertThat(spot.frame(agg, 9L)).containsExactly(new Trade(new Header(9L, 1_633_998_523_963_000_000L, btcusdt),
            15683430L, 35_280_000L, 5_800_000_000L, 19862790L, 19862795L, AggressorSide.BUY, TradeSource.AGG_TRADE,
            PrintType.REGULAR));
    }

    @Test
    void shouldMapFuturesPrintTypes()
    {
        final DecoderFixture futures = new DecoderFixture(Venue.BINANCE_USDM, "BTCUSDT");
        final int id = futures.instrument("BTCUSDT").id();
        assertThat(futures.frame(FUTURES_TRADE, 3L)).containsExactly(new Trade(new Header(3L, 1_723_161_256_322_000_000L, id),
            5266583935L, 6_180_030_000_000L, 600_000L, 5266583935L, 5266583935L, AggressorSide.BUY, TradeSource.TRADE,
            PrintType.REGULAR));
        assertThat(printType(futures, "INSURANCE_FUND")).isEqualTo(PrintType.INSURANCE_FUND);
        assertThat(printType(futures, "ADL")).isEqualTo(PrintType.ADL);
        assertThat(printType(futures, "NA")).isEqualTo(PrintType.OTHER);
        assertThat(printType(futures, "LIQUIDATION")).isEqualTo(PrintType.OTHER);
    }

    @Test
    void shouldCarryFuturesPrevUpdateIdAndRequireIt()
    {
        final DecoderFixture futures = new DecoderFixture(Venue.BINANCE_USDM, "BTCUSDT");
        final Delta delta = (Delta)futures.frame(FUTURES_DEPTH).get(0);
        assertThat(delta.prevLastUpdateId()).isEqualTo(5123107831937L);
        assertThat(delta.header().exchangeTimeNs()).isEqualTo(1_723_161_256_299_000_000L);
        assertThat(onlyRejection(futures.frame(FUTURES_DEPTH.replace(",\"pu\":5123107831937", ""))).reason())
            .isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(((Delta)futures.frame(FUTURES_DEPTH.replace("\"E\":1723161256299,", "")).get(0)).header().exchangeTimeNs())
            .as("T when there is no E").isEqualTo(1_723_161_256_298_000_000L);
    }

    @Test
    void shouldSkipTheCoinMarginedPair()
    {
        final DecoderFixture coinm = new DecoderFixture(Venue.BINANCE_COINM, "BTCUSD_PERP");
        final String frame = FUTURES_DEPTH.replace("btcusdt", "btcusd_perp").replace("\"s\":\"BTCUSDT\"", "\"s\":\"BTCUSD_PERP\",\"ps\":\"BTCUSD\"");
        assertThat(coinm.frame(frame)).singleElement().isInstanceOfSatisfying(Delta.class, delta ->
            assertThat(delta.levels()).hasSize(2));
    }

    @Test
    void shouldDecodeBookTickersOfBothMarkets()
    {
        assertThat(spot.frame(SPOT_TICKER, 5L)).containsExactly(new Ticker(new Header(5L, 0, btcusdt), 50093239212L,
            6_183_763_000_000L, 378_826_000L, 6_183_764_000_000L, 154_698_000L));
        final DecoderFixture futures = new DecoderFixture(Venue.BINANCE_USDM, "SUSHIUSDT");
        final String ticker = "{\"stream\":\"sushiusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\",\"u\":600859600576," +
            "\"s\":\"SUSHIUSDT\",\"b\":\"7.6110\",\"B\":\"2\",\"a\":\"7.6120\",\"A\":\"297\",\"T\":1626992741012,\"E\":1626992741017}}";
        assertThat(futures.frame(ticker, 5L)).containsExactly(new Ticker(
            new Header(5L, 1_626_992_741_017_000_000L, futures.instrument("SUSHIUSDT").id()), 600859600576L,
            761_100_000L, 200_000_000L, 761_200_000L, 29_700_000_000L));
    }

    @Test
    void shouldIgnoreKlinesAndPartialDepthWithoutPublishing()
    {
        final String kline = "{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":1,\"s\":\"BTCUSDT\"," +
            "\"k\":{\"t\":1,\"T\":2,\"s\":\"BTCUSDT\",\"i\":\"1m\",\"o\":\"1.0\",\"x\":false}}}";
        final String partial = "{\"stream\":\"btcusdt@depth20@100ms\",\"data\":{\"lastUpdateId\":160," +
            "\"bids\":[[\"0.0024\",\"10\"]],\"asks\":[[\"0.0026\",\"100\"]]}}";
        final String rawPartial = "{\"lastUpdateId\":160,\"bids\":[[\"0.0024\",\"10\"]],\"asks\":[[\"0.0026\",\"100\"]]}";
        final String allTickers = "{\"stream\":\"!ticker@arr\",\"data\":[{\"e\":\"24hrTicker\"}]}";
        assertThat(spot.frame(kline)).isEmpty();
        assertThat(spot.frame(partial)).isEmpty();
        assertThat(spot.frame(rawPartial)).isEmpty();
        assertThat(spot.frame(allTickers)).isEmpty();
        assertThat(spot.decoder.counters().ignored()).isEqualTo(4);
        assertThat(onlyRejection(spot.frame(kline.replace("\"x\":false", "\"x\":fals"))).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldTellTheListenerOfServerShutdownAndPublishNothing()
    {
        final RecordingListener listener = new RecordingListener();
        spot.decoder.controlListener(listener);
        assertThat(spot.frame("{\"e\":\"serverShutdown\",\"E\":1770123456789}", 11L)).isEmpty();
        assertThat(spot.frame("{\"stream\":\"!serverShutdown\",\"data\":{\"e\":\"serverShutdown\",\"E\":1770123456789}}", 12L)).isEmpty();
        assertThat(listener.calls).containsExactly(
            "shutdown BINANCE 1770123456789000000 11", "shutdown BINANCE 1770123456789000000 12");
        assertThat(spot.decoder.counters().control()).isEqualTo(2);
    }

    @Test
    void shouldHandSubscriptionRepliesToTheListener()
    {
        final RecordingListener listener = new RecordingListener();
        spot.decoder.controlListener(listener);
        assertThat(spot.frame("{\"result\":null,\"id\":1}", 3L)).isEmpty();
        assertThat(spot.frame("{\"id\":\"abc\",\"result\":[\"btcusdt@depth@100ms\"]}", 4L)).isEmpty();
        assertThat(listener.calls).containsExactly("reply 1 null 3", "reply " + BinanceControlListener.NO_ID + " [\"btcusdt@depth@100ms\"] 4");
        assertThat(spot.decoder.counters().ignored()).isEqualTo(2);
        assertThat(spot.decoder.counters().control()).isEqualTo(2);
        assertThat(spot.decoder.counters().rejected()).isZero();
    }

    @Test
    void shouldRejectVenueErrorsAndTellTheListener()
    {
        final RecordingListener listener = new RecordingListener();
        spot.decoder.controlListener(listener);
        final Rejected rejected = onlyRejection(spot.frame("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", 5L));
        assertThat(rejected.reason()).isEqualTo(RejectReason.VENUE_ERROR);
        assertThat(rejected.kind()).isEqualTo(InputKind.CONTROL);
        final Rejected request = onlyRejection(spot.frame("{\"error\":{\"code\":2,\"msg\":\"Invalid request\"},\"id\":7}", 6L));
        assertThat(request.reason()).isEqualTo(RejectReason.VENUE_ERROR);
        assertThat(listener.calls).containsExactly(
            "error " + BinanceControlListener.NO_ID + " -1121 Invalid symbol. 5", "error 7 2 Invalid request 6");
    }

    @Test
    void shouldRejectASnapshotErrorBodyForItsInstrument()
    {
        final Rejected rejected = onlyRejection(spot.snapshot("BTCUSDT", "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", 5L));
        assertThat(rejected.reason()).isEqualTo(RejectReason.VENUE_ERROR);
        assertThat(rejected.kind()).isEqualTo(InputKind.SNAPSHOT);
        assertThat(rejected.header().instrumentId()).isEqualTo(btcusdt);
    }

    @Test
    void shouldDecodeASnapshotWithEmptySidesAsOnePart()
    {
        assertThat(spot.snapshot("BTCUSDT", "{\"lastUpdateId\":160,\"bids\":[],\"asks\":[]}", 5L))
            .containsExactly(new Snapshot(new Header(5L, 0, btcusdt), 160L, true, true, List.of()));
        assertThat(onlyRejection(spot.snapshot("BTCUSDT", "{\"lastUpdateId\":160,\"bids\":[]}", 5L)).reason())
            .isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(onlyRejection(spot.snapshot("BTCUSDT", "{\"lastUpdateId\":160,\"bids\":[[\"1.0\",\"2.0\"]],\"asks\":[]", 5L))
            .kind()).isEqualTo(InputKind.SNAPSHOT);
    }

    @Test
    void shouldSplitIntoSmallerPartsWhenSlotsAreSmaller()
    {
        final DecoderFixture small = new DecoderFixture(Venue.BINANCE, 512, false, "BTCUSDT");
        final StringBuilder levels = new StringBuilder();
        for (int i = 0; i < 50; i++)
        {
            levels.append(i == 0 ? "" : ",").append("[\"").append(100 + i).append(".5\",\"1\"]");
        }
        final List<Event> events = small.snapshot("BTCUSDT", "{\"lastUpdateId\":1,\"bids\":[" + levels + "],\"asks\":[" + levels + "]}", 1L);
        assertThat(events).hasSize((100 + small.snapshotLevelsPerPart() - 1) / small.snapshotLevelsPerPart());
        final List<Level> all = new ArrayList<>();
        events.forEach(event -> all.addAll(((Snapshot)event).levels()));
        assertThat(all).hasSize(100);
        assertThat(all.get(49)).isEqualTo(new Level(14_950_000_000L, 100_000_000L, Side.BID));
        assertThat(all.get(50)).isEqualTo(new Level(10_050_000_000L, 100_000_000L, Side.ASK));
    }

    @Test
    void shouldRegisterAnUnknownSymbolAndPublishItsDefinitionFirstWhenImporting()
    {
        final DecoderFixture importing = new DecoderFixture(Venue.BINANCE, 4096, true);
        final List<Event> events = importing.frame(DEPTH, 99L);
        assertThat(events).hasSize(2);
        final Definition definition = (Definition)events.get(0);
        assertThat(definition.symbol()).isEqualTo("BTCUSDT");
        assertThat(definition.venue()).isEqualTo(Venue.BINANCE);
        assertThat(definition.priceExponent()).isEqualTo(-8);
        assertThat(definition.qtyExponent()).isEqualTo(-8);
        assertThat(definition.header().receiveTimeNs()).isEqualTo(99L);
        final int id = definition.header().instrumentId();
        assertThat(id).isPositive().isEqualTo(importing.registry.find(Venue.BINANCE, "BTCUSDT").id());
        assertThat(((Delta)events.get(1)).header().instrumentId()).isEqualTo(id);

        assertThat(importing.frame(TRADE)).singleElement().isInstanceOf(Trade.class);
    }

    private static PrintType printType(final DecoderFixture futures, final String x)
    {
        return ((Trade)futures.frame(FUTURES_TRADE.replace("MARKET", x)).get(0)).printType();
    }

    private static final class RecordingListener implements BinanceControlListener
    {
        final List<String> calls = new ArrayList<>();

        @Override
        public void onServerShutdown(final Venue venue, final long exchangeTimeNs, final long receiveTimeNs)
        {
            calls.add("shutdown " + venue + " " + exchangeTimeNs + " " + receiveTimeNs);
        }

        @Override
        public void onReply(final long id, final DirectBuffer buffer, final int resultOffset, final int resultLength, final long receiveTimeNs)
        {
            calls.add("reply " + id + " " + buffer.getStringWithoutLengthAscii(resultOffset, resultLength) + " " + receiveTimeNs);
        }

        @Override
        public void onError(final long id, final long code, final DirectBuffer buffer, final int msgOffset, final int msgLength,
            final long receiveTimeNs)
        {
            calls.add("error " + id + " " + code + " " + buffer.getStringWithoutLengthAscii(msgOffset, msgLength) + " " + receiveTimeNs);
        }
    }
}
