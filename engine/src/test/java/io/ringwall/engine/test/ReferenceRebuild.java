package io.ringwall.engine.test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * An independent rebuild of Binance books from a recording, written plainly (Jackson's tree-free
 * parser, BigDecimal prices, TreeMap books, the sync rules spelled out again) to check ringwall's
 * decoders, sync logic and fast book against. For every depth update it applies, it remembers the top
 * levels keyed by the update id the book reached.
 */
public final class ReferenceRebuild
{
    /** Levels per side compared at each step. */
    public static final int TOP = 10;

    private final boolean futures;
    private final JsonFactory json = new JsonFactory();
    private final Map<String, Book> books = new HashMap<>();

    /** One symbol's reference book. */
    public static final class Book
    {
        public final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
        public final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        final List<Map<String, Object>> pending = new ArrayList<>();
        boolean synced;
        boolean awaitingFirst;
        long updateId;
        /** update id reached → top levels, "b p q,p q|a p q,..." */
        public final Map<Long, String> topByUpdateId = new HashMap<>();

        public String top()
        {
            return ReferenceRebuild.top(bids, asks, TOP);
        }

        public String bestBid()
        {
            return bids.isEmpty() ? null : bids.firstKey().stripTrailingZeros().toPlainString();
        }

        public String bestAsk()
        {
            return asks.isEmpty() ? null : asks.firstKey().stripTrailingZeros().toPlainString();
        }

        public long updateId()
        {
            return updateId;
        }
    }

    public ReferenceRebuild(final boolean futures)
    {
        this.futures = futures;
    }

    public Map<String, Book> books()
    {
        return books;
    }

    /** Reads an hftbacktest file: "<ns> <frame>", snapshot lines have no "stream". */
    public ReferenceRebuild hftBacktest(final Path file, final String symbol) throws IOException
    {
        try (BufferedReader r = reader(file))
        {
            String line;
            while ((line = r.readLine()) != null)
            {
                final int space = line.indexOf(' ');
                if (space < 0)
                {
                    continue;
                }
                final String frame = line.substring(space + 1);
                final Map<String, Object> obj;
                try
                {
                    obj = parse(frame);
                }
                catch (final IOException ex)
                {
                    continue; // garbage lines are the system under test's business, not the reference's
                }
                if (obj.containsKey("stream"))
                {
                    onStream(asMap(obj.get("data")));
                }
                else if (obj.containsKey("lastUpdateId"))
                {
                    onSnapshot(symbol, obj);
                }
            }
        }
        return this;
    }

    /** Reads a cryptofeed .ws capture with its .http sibling's snapshots, merged by time. */
    public ReferenceRebuild cryptofeed(final Path wsFile, final Path httpFile) throws IOException
    {
        final List<Object[]> snapshots = new ArrayList<>();
        for (final String line : Files.readAllLines(httpFile, StandardCharsets.UTF_8))
        {
            final int arrow = line.indexOf(" -> ");
            if (arrow < 0)
            {
                continue;
            }
            final String url = line.substring(0, arrow);
            final int colon = line.indexOf(": ", arrow);
            final double ts = Double.parseDouble(line.substring(arrow + 4, colon));
            final String symbol = url.replaceAll(".*symbol=([A-Za-z0-9]+).*", "$1").toUpperCase();
            snapshots.add(new Object[]{ ts, symbol, parse(line.substring(colon + 2)) });
        }
        snapshots.sort((a, b) -> Double.compare((Double)a[0], (Double)b[0]));
        int next = 0;
        for (final String line : Files.readAllLines(wsFile, StandardCharsets.UTF_8))
        {
            if (line.isEmpty() || !Character.isDigit(line.charAt(0)))
            {
                continue;
            }
            final int colon = line.indexOf(": ");
            final double ts = Double.parseDouble(line.substring(0, colon));
            while (next < snapshots.size() && (Double)snapshots.get(next)[0] <= ts)
            {
                @SuppressWarnings("unchecked") final Map<String, Object> snap = (Map<String, Object>)snapshots.get(next)[2];
                onSnapshot((String)snapshots.get(next)[1], snap);
                next++;
            }
            final Map<String, Object> obj = parse(line.substring(colon + 2));
            if (obj.containsKey("stream"))
            {
                onStream(asMap(obj.get("data")));
            }
        }
        return this;
    }

    private void onStream(final Map<String, Object> data)
    {
        if (!"depthUpdate".equals(data.get("e")))
        {
            return;
        }
        final Book book = books.computeIfAbsent((String)data.get("s"), s -> new Book());
        if (!book.synced)
        {
            book.pending.add(data);
            return;
        }
        apply(book, data);
    }

    private void onSnapshot(final String symbol, final Map<String, Object> snapshot)
    {
        final Book book = books.computeIfAbsent(symbol, s -> new Book());
        if (book.synced)
        {
            return;
        }
        book.bids.clear();
        book.asks.clear();
        set(book.bids, snapshot.get("bids"));
        set(book.asks, snapshot.get("asks"));
        book.updateId = ((Number)snapshot.get("lastUpdateId")).longValue();
        book.synced = true;
        book.awaitingFirst = true;
        for (final Map<String, Object> d : book.pending)
        {
            apply(book, d);
        }
        book.pending.clear();
    }

    private void apply(final Book book, final Map<String, Object> d)
    {
        final long first = ((Number)d.get("U")).longValue();
        final long last = ((Number)d.get("u")).longValue();
        if (last <= book.updateId)
        {
            return;
        }
        final boolean chains;
        if (futures)
        {
            final long pu = ((Number)d.get("pu")).longValue();
            chains = book.awaitingFirst ? pu <= book.updateId : pu == book.updateId;
        }
        else
        {
            chains = first <= book.updateId + 1;
        }
        if (!chains)
        {
            throw new IllegalStateException("the reference found a gap at U=" + first + " book=" + book.updateId);
        }
        set(book.bids, d.get("b"));
        set(book.asks, d.get("a"));
        book.updateId = last;
        book.awaitingFirst = false;
        book.topByUpdateId.put(last, book.top());
    }

    private static void set(final TreeMap<BigDecimal, BigDecimal> side, final Object levels)
    {
        for (final Object level : (List<?>)levels)
        {
            final List<?> pq = (List<?>)level;
            final BigDecimal price = new BigDecimal((String)pq.get(0));
            final BigDecimal qty = new BigDecimal((String)pq.get(1));
            if (qty.signum() == 0)
            {
                side.remove(price);
            }
            else
            {
                side.put(price, qty);
            }
        }
    }

    /** Formats the top levels of a book the way the tests compare them. */
    public static String top(final TreeMap<BigDecimal, BigDecimal> bids, final TreeMap<BigDecimal, BigDecimal> asks, final int n)
    {
        final StringBuilder sb = new StringBuilder("b");
        int i = 0;
        for (final Map.Entry<BigDecimal, BigDecimal> e : bids.entrySet())
        {
            if (i++ == n)
            {
                break;
            }
            sb.append(' ').append(e.getKey().stripTrailingZeros().toPlainString()).append('x').append(e.getValue().stripTrailingZeros().toPlainString());
        }
        sb.append(" |a");
        i = 0;
        for (final Map.Entry<BigDecimal, BigDecimal> e : asks.entrySet())
        {
            if (i++ == n)
            {
                break;
            }
            sb.append(' ').append(e.getKey().stripTrailingZeros().toPlainString()).append('x').append(e.getValue().stripTrailingZeros().toPlainString());
        }
        return sb.toString();
    }

    private Map<String, Object> parse(final String text) throws IOException
    {
        try (JsonParser p = json.createParser(text))
        {
            if (p.nextToken() != JsonToken.START_OBJECT)
            {
                throw new IOException("not an object");
            }
            return readObject(p);
        }
    }

    private static Map<String, Object> readObject(final JsonParser p) throws IOException
    {
        final Map<String, Object> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final String name = p.currentName();
            out.put(name, readValue(p, p.nextToken()));
        }
        return out;
    }

    private static Object readValue(final JsonParser p, final JsonToken t) throws IOException
    {
        switch (t)
        {
            case START_OBJECT: return readObject(p);
            case START_ARRAY:
            {
                final List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY)
                {
                    list.add(readValue(p, next));
                }
                return list;
            }
            case VALUE_STRING: return p.getText();
            case VALUE_NUMBER_INT: return p.getLongValue();
            case VALUE_NUMBER_FLOAT: return p.getDecimalValue();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NULL: return null;
            default: throw new IOException("unexpected " + t);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(final Object o)
    {
        return (Map<String, Object>)o;
    }

    private static BufferedReader reader(final Path file) throws IOException
    {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz"))
        {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
