package io.ringwall.gateways.sim;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The REST endpoints the simulator answers, in Binance's words: depth snapshots from its own books
 * ({@code /api/v3/depth}, {@code /fapi/v1/depth}, {@code /dapi/v1/depth}), ping and server time, Binance's
 * error objects, and the request weight used over the last minute. Thread-safe.
 */
final class RestEndpoints
{
    /** Largest depth Binance serves; a larger limit is cut to it, as the venue does. */
    static final int MAX_LIMIT = 5000;

    private static final long WEIGHT_WINDOW_MS = 60_000;

    private final Map<String, SimBook> books;
    private final SimulatorStats stats;
    private final LongSupplier playTimeMs;
    private final ArrayDeque<long[]> weights = new ArrayDeque<>();
    private long weightUsed;

    /**
     * An answer.
     *
     * @param status     the HTTP status.
     * @param body       the JSON body.
     * @param usedWeight X-MBX-USED-WEIGHT-1M, or -1 for none.
     */
    record Answer(HttpResponseStatus status, String body, long usedWeight)
    {
    }

    RestEndpoints(final Map<String, SimBook> books, final SimulatorStats stats, final LongSupplier playTimeMs)
    {
        this.books = books;
        this.stats = stats;
        this.playTimeMs = playTimeMs;
    }

    /**
     * @param method the request's method.
     * @param uri    the request's URI (path and query).
     * @return the answer.
     */
    Answer answer(final HttpMethod method, final String uri)
    {
        final QueryStringDecoder query = new QueryStringDecoder(uri);
        final String path = query.path();
        final boolean futures = path.equals("/fapi/v1/depth") || path.equals("/dapi/v1/depth");
        if (!HttpMethod.GET.equals(method) || !isKnown(path))
        {
            return new Answer(HttpResponseStatus.NOT_FOUND, "{\"code\":-1,\"msg\":\"Not found.\"}", -1);
        }
        if (!path.endsWith("/depth"))
        {
            final long weight = spend(1);
            return new Answer(HttpResponseStatus.OK, path.endsWith("/time") ? "{\"serverTime\":" + playTimeMs.getAsLong() + "}" : "{}", weight);
        }

        final String limitText = parameter(query, "limit");
        int limit = futures ? 500 : 100;
        if (limitText != null)
        {
            limit = parseLimit(limitText);
            if (limit <= 0)
            {
                return new Answer(HttpResponseStatus.BAD_REQUEST,
                    "{\"code\":-1100,\"msg\":\"Illegal characters found in parameter 'limit'; legal range is '1-" + MAX_LIMIT + "'.\"}",
                    spend(1));
            }
            limit = Math.min(limit, MAX_LIMIT);
        }
        final long weight = spend(depthWeight(limit));
        final String symbol = parameter(query, "symbol");
        if (symbol == null || symbol.isEmpty())
        {
            return new Answer(HttpResponseStatus.BAD_REQUEST,
                "{\"code\":-1102,\"msg\":\"Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.\"}", weight);
        }
        final SimBook book = books.get(symbol.toUpperCase(Locale.ROOT));
        if (book == null)
        {
            return new Answer(HttpResponseStatus.BAD_REQUEST, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", weight);
        }
        stats.snapshotsServed.incrementAndGet();
        return new Answer(HttpResponseStatus.OK, book.depthJson(limit, futures, playTimeMs.getAsLong()), weight);
    }

    /**
     * Binance's weight of a depth request (the spot table: 5 up to 100 levels, 25 up to 500, 50 up to 1000, 250 beyond).
     *
     * @param limit levels per side.
     * @return its weight.
     */
    static int depthWeight(final int limit)
    {
        if (limit <= 100)
        {
            return 5;
        }
        if (limit <= 500)
        {
            return 25;
        }
        return limit <= 1000 ? 50 : 250;
    }

    /**
     * Counts a request's weight in the sliding minute.
     *
     * @param weight the weight.
     * @return the weight used over the last minute, this request included.
     */
    synchronized long spend(final int weight)
    {
        final long now = System.currentTimeMillis();
        while (!weights.isEmpty() && weights.peekFirst()[0] + WEIGHT_WINDOW_MS <= now)
        {
            weightUsed -= weights.pollFirst()[1];
        }
        weights.addLast(new long[]{ now, weight });
        weightUsed += weight;
        return weightUsed;
    }

    private static boolean isKnown(final String path)
    {
        switch (path)
        {
            case "/api/v3/depth":
            case "/fapi/v1/depth":
            case "/dapi/v1/depth":
            case "/api/v3/ping":
            case "/fapi/v1/ping":
            case "/dapi/v1/ping":
            case "/api/v3/time":
            case "/fapi/v1/time":
            case "/dapi/v1/time":
                return true;
            default:
                return false;
        }
    }

    private static int parseLimit(final String text)
    {
        if (text.isEmpty() || text.length() > 9)
        {
            return -1;
        }
        for (int i = 0; i < text.length(); i++)
        {
            if (!Character.isDigit(text.charAt(i)))
            {
                return -1;
            }
        }
        return Integer.parseInt(text);
    }

    private static String parameter(final QueryStringDecoder query, final String name)
    {
        final List<String> values = query.parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
