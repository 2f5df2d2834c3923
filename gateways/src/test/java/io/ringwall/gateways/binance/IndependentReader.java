package io.ringwall.gateways.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.gateways.binance.Decoded.Delta;
import io.ringwall.gateways.binance.Decoded.Event;
import io.ringwall.gateways.binance.Decoded.Header;
import io.ringwall.gateways.binance.Decoded.Level;
import io.ringwall.gateways.binance.Decoded.Snapshot;
import io.ringwall.gateways.binance.Decoded.Ticker;
import io.ringwall.gateways.binance.Decoded.Trade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a frame should decode to, worked out independently of the decoder under test: Jackson builds a plain
 * tree, BigDecimal scales the decimals, and the part splitting is recomputed from the level count.
 */
final class IndependentReader
{
    private static final JsonFactory JSON = new JsonFactory();

    private IndependentReader()
    {
    }

    static Object parse(final String text)
    {
        try (JsonParser parser = JSON.createParser(text))
        {
            final Object value = read(parser, parser.nextToken());
            if (parser.nextToken() != null)
            {
                throw new IllegalArgumentException("trailing content");
            }
            return value;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * @return the events a WebSocket frame should produce; empty for streams the engine ignores.
     */
    @SuppressWarnings("unchecked")
    static List<Event> expectedFrame(
        final String text,
        final long receiveTimeNs,
        final boolean futures,
        final Function<String, Instrument> bySymbol,
        final int levelsPerPart)
    {
        final Map<String, Object> root = (Map<String, Object>)parse(text);
        final Map<String, Object> data = root.containsKey("stream") ? (Map<String, Object>)root.get("data") : root;
        final String e = (String)data.get("e");
        final String type = e != null ? e : data.keySet().containsAll(List.of("u", "s", "b", "B", "a", "A")) ? "bookTicker" : "?";
        final List<Event> events = new ArrayList<>();
        switch (type)
        {
            case "depthUpdate":
            {
                final Instrument instrument = bySymbol.apply((String)data.get("s"));
                final List<Level> levels = new ArrayList<>();
                addLevels(levels, (List<Object>)data.get("b"), Side.BID, instrument);
                addLevels(levels, (List<Object>)data.get("a"), Side.ASK, instrument);
                final Header header = new Header(receiveTimeNs, exchangeTime(data), instrument.id());
                final long prev = futures ? number(data.get("pu")) : Long.MIN_VALUE;
                final List<List<Level>> parts = split(levels, levelsPerPart);
                for (int i = 0; i < parts.size(); i++)
                {
                    events.add(new Delta(header, number(data.get("U")), number(data.get("u")), prev, i == 0,
                        i == parts.size() - 1, parts.get(i)));
                }
                break;
            }
            case "trade":
            case "aggTrade":
            {
                final Instrument instrument = bySymbol.apply((String)data.get("s"));
                final boolean aggregate = type.equals("aggTrade");
                final long id = number(data.get(aggregate ? "a" : "t"));
                final String x = (String)data.get("X");
                final PrintType printType = x == null || x.equals("MARKET") ? PrintType.REGULAR :
                    x.equals("INSURANCE_FUND") ? PrintType.INSURANCE_FUND : x.equals("ADL") ? PrintType.ADL : PrintType.OTHER;
                events.add(new Trade(new Header(receiveTimeNs, exchangeTime(data), instrument.id()), id,
                    mantissa(data.get("p"), instrument.priceExponent()), mantissa(data.get("q"), instrument.qtyExponent()),
                    aggregate ? number(data.get("f")) : id, aggregate ? number(data.get("l")) : id,
                    (Boolean)data.get("m") ? AggressorSide.SELL : AggressorSide.BUY,
                    aggregate ? TradeSource.AGG_TRADE : TradeSource.TRADE, printType));
                break;
            }
            case "bookTicker":
            {
                final Instrument instrument = bySymbol.apply((String)data.get("s"));
                events.add(new Ticker(new Header(receiveTimeNs, exchangeTime(data), instrument.id()), number(data.get("u")),
                    mantissa(data.get("b"), instrument.priceExponent()), mantissa(data.get("B"), instrument.qtyExponent()),
                    mantissa(data.get("a"), instrument.priceExponent()), mantissa(data.get("A"), instrument.qtyExponent())));
                break;
            }
            case "kline":
                break;
            default:
                throw new AssertionError("the independent reader does not know " + type + ": " + text);
        }
        return events;
    }

    /**
     * @return the BookSnapshot parts a REST depth body should produce.
     */
    @SuppressWarnings("unchecked")
    static List<Event> expectedSnapshot(final String text, final long receiveTimeNs, final Instrument instrument, final int levelsPerPart)
    {
        final Map<String, Object> body = (Map<String, Object>)parse(text);
        final List<Level> levels = new ArrayList<>();
        addLevels(levels, (List<Object>)body.get("bids"), Side.BID, instrument);
        addLevels(levels, (List<Object>)body.get("asks"), Side.ASK, instrument);
        final Header header = new Header(receiveTimeNs, exchangeTime(body), instrument.id());
        final List<List<Level>> parts = split(levels, levelsPerPart);
        final List<Event> events = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++)
        {
            events.add(new Snapshot(header, number(body.get("lastUpdateId")), i == 0, i == parts.size() - 1, parts.get(i)));
        }
        return events;
    }

    static long mantissa(final Object decimalText, final int exponent)
    {
        // setScale throws if digits would be lost: the independent reading refuses what the decoder must refuse.
        return new BigDecimal((String)decimalText).setScale(-exponent).unscaledValue().longValueExact();
    }

    private static long exchangeTime(final Map<String, Object> data)
    {
        final Object time = data.containsKey("E") ? data.get("E") : data.get("T");
        return time == null ? 0 : number(time) * 1_000_000L;
    }

    @SuppressWarnings("unchecked")
    private static void addLevels(final List<Level> out, final List<Object> levels, final Side side, final Instrument instrument)
    {
        for (final Object level : levels)
        {
            final List<Object> pair = (List<Object>)level;
            out.add(new Level(mantissa(pair.get(0), instrument.priceExponent()), mantissa(pair.get(1), instrument.qtyExponent()), side));
        }
    }

    private static List<List<Level>> split(final List<Level> levels, final int levelsPerPart)
    {
        final List<List<Level>> parts = new ArrayList<>();
        for (int i = 0; i < levels.size(); i += levelsPerPart)
        {
            parts.add(levels.subList(i, Math.min(levels.size(), i + levelsPerPart)));
        }
        if (parts.isEmpty())
        {
            parts.add(List.of());
        }
        return parts;
    }

    private static long number(final Object value)
    {
        return ((BigDecimal)value).longValueExact();
    }

    private static Object read(final JsonParser parser, final JsonToken token) throws IOException
    {
        switch (token)
        {
            case START_OBJECT:
            {
                final Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken())
                {
                    final String key = parser.currentName();
                    map.put(key, read(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY:
            {
                final List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken())
                {
                    list.add(read(parser, t));
                }
                return list;
            }
            case VALUE_STRING: return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return new BigDecimal(parser.getText());
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NULL: return null;
            default: throw new IllegalArgumentException("unexpected " + token);
        }
    }
}
