package io.ringwall.gateways.capture;

import io.ringwall.codecs.FixedPoint;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a recording in file order and hands its frames and snapshots to a handler. Lines that are not
 * records are reported, never fatal: one bad line in hours of data must not lose the rest.
 */
public final class CaptureReader
{
    private static final byte[] STREAM_KEY = "\"stream\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SNAPSHOT_KEY = "\"lastUpdateId\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WRAPPED_SNAPSHOT = CaptureWriter.SNAPSHOT_STREAM_SUFFIX.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA_KEY = "\"data\":".getBytes(StandardCharsets.US_ASCII);

    private final FixedPoint.Parser decimal = new FixedPoint.Parser();

    /**
     * Reads one capture file.
     *
     * @param file    the capture (for cryptofeed, the {@code .ws.} file; its {@code .http.} sibling is merged in).
     * @param format  its format.
     * @param handler receives the records.
     * @return lines read.
     * @throws IOException if the file cannot be read.
     */
    public long read(final Path file, final CaptureFormat format, final CaptureHandler handler) throws IOException
    {
        return format == CaptureFormat.HFTBACKTEST ? readHftBacktest(file, handler) : readCryptofeed(file, handler);
    }

    private long readHftBacktest(final Path file, final CaptureHandler handler) throws IOException
    {
        final String fileSymbol = hftBacktestSymbol(file);
        try (LineReader reader = new LineReader(file))
        {
            while (reader.next())
            {
                final UnsafeBuffer b = reader.buffer();
                final int start = reader.offset();
                final int end = start + reader.length();
                if (start == end)
                {
                    continue;
                }
                int i = start;
                long ns = 0;
                while (i < end && b.getByte(i) >= '0' && b.getByte(i) <= '9' && i - start < 19)
                {
                    ns = ns * 10 + (b.getByte(i) - '0');
                    i++;
                }
                if (i == start || i >= end || b.getByte(i) != ' ')
                {
                    handler.onMalformedLine(b, start, end - start, reader.lineNumber(), "no '<ns> ' prefix");
                    continue;
                }
                final int frame = i + 1;
                if (startsWithKey(b, frame, end, SNAPSHOT_KEY))
                {
                    handler.onSnapshot(fileSymbol, b, frame, end - frame, ns, reader.lineNumber());
                }
                else if (!onWrappedSnapshot(b, frame, end, ns, reader.lineNumber(), handler))
                {
                    handler.onFrame(b, frame, end - frame, ns, reader.lineNumber());
                }
            }
            return reader.lineNumber();
        }
    }

    private long readCryptofeed(final Path file, final CaptureHandler handler) throws IOException
    {
        final List<RestRecord> rest = new ArrayList<>();
        for (final Path sibling : httpSiblings(file))
        {
            rest.addAll(readRest(sibling, handler));
        }
        rest.sort((a, b) -> Long.compare(a.receiveTimeNs, b.receiveTimeNs));
        int nextRest = 0;

        try (LineReader reader = new LineReader(file))
        {
            while (reader.next())
            {
                final UnsafeBuffer b = reader.buffer();
                final int start = reader.offset();
                final int end = start + reader.length();
                if (start == end)
                {
                    continue;
                }
                final byte first = b.getByte(start);
                if (first < '0' || first > '9')
                {
                    // "<url> <-> <ts>" (connection opened) and "<url> <- <ts>: <sent frame>" carry no market data
                    if (!isUrlLine(b, start, end))
                    {
                        handler.onMalformedLine(b, start, end - start, reader.lineNumber(), "not a '<ts>: <frame>' line");
                    }
                    continue;
                }
                final int colon = indexOf(b, start, end, (byte)':');
                if (colon < 0 || colon + 1 >= end || b.getByte(colon + 1) != ' ')
                {
                    handler.onMalformedLine(b, start, end - start, reader.lineNumber(), "no '<ts>: ' prefix");
                    continue;
                }
                final long ns = decimal.parse(b, start, colon, -9);
                if (decimal.error() != FixedPoint.Parser.OK)
                {
                    handler.onMalformedLine(b, start, end - start, reader.lineNumber(), "bad timestamp");
                    continue;
                }
                while (nextRest < rest.size() && rest.get(nextRest).receiveTimeNs <= ns)
                {
                    emit(rest.get(nextRest++), handler);
                }
                handler.onFrame(b, colon + 2, end - colon - 2, ns, reader.lineNumber());
            }
            while (nextRest < rest.size())
            {
                emit(rest.get(nextRest++), handler);
            }
            return reader.lineNumber();
        }
    }

    /**
     * The symbol of an hftbacktest file (one symbol per file, as the collector writes them): from its first
     * stream name, else from the file name ({@code btcusdt_20240808.gz}).
     *
     * @param file the capture.
     * @return the upper-case symbol.
     */
    public static String hftBacktestSymbol(final Path file)
    {
        try (LineReader reader = new LineReader(file))
        {
            for (int n = 0; n < 10_000 && reader.next(); n++)
            {
                final UnsafeBuffer b = reader.buffer();
                final int end = reader.offset() + reader.length();
                final int key = indexOf(b, reader.offset(), end, STREAM_KEY);
                if (key >= 0)
                {
                    final int from = key + STREAM_KEY.length;
                    final int at = indexOf(b, from, end, (byte)'@');
                    if (at > from)
                    {
                        return b.getStringWithoutLengthAscii(from, at - from).toUpperCase(Locale.ROOT);
                    }
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        final String name = file.getFileName().toString();
        final int cut = name.indexOf('_') > 0 ? name.indexOf('_') : name.indexOf('.');
        return (cut > 0 ? name.substring(0, cut) : name).toUpperCase(Locale.ROOT);
    }

    /**
     * A snapshot that ringwall's recorder wrapped with its symbol ({@code {"stream":"btcusdt@depthSnapshot","data":{...}}})
     * because the file holds several symbols and a bare hftbacktest snapshot line does not say whose it is.
     */
    private static boolean onWrappedSnapshot(
        final DirectBuffer b, final int frame, final int end, final long ns, final long line, final CaptureHandler handler)
    {
        final int stream = indexOf(b, frame, Math.min(end, frame + 64), STREAM_KEY);
        if (stream < 0)
        {
            return false;
        }
        final int nameStart = stream + STREAM_KEY.length;
        final int quote = indexOf(b, nameStart, Math.min(end, nameStart + 64), (byte)'"');
        if (quote < 0 || quote - nameStart <= WRAPPED_SNAPSHOT.length ||
            indexOf(b, quote - WRAPPED_SNAPSHOT.length, quote, WRAPPED_SNAPSHOT) != quote - WRAPPED_SNAPSHOT.length)
        {
            return false;
        }
        final int data = indexOf(b, quote, Math.min(end, quote + 16), DATA_KEY);
        if (data < 0 || b.getByte(end - 1) != '}')
        {
            return false;
        }
        final String symbol = b.getStringWithoutLengthAscii(nameStart, quote - WRAPPED_SNAPSHOT.length - nameStart).toUpperCase(Locale.ROOT);
        final int body = data + DATA_KEY.length;
        handler.onSnapshot(symbol, b, body, end - 1 - body, ns, line);
        return true;
    }

    private static List<Path> httpSiblings(final Path wsFile) throws IOException
    {
        final String name = wsFile.getFileName().toString();
        final int ws = name.indexOf(".ws.");
        final List<Path> siblings = new ArrayList<>();
        if (ws < 0)
        {
            return siblings;
        }
        final String prefix = name.substring(0, ws) + ".http.";
        final Path dir = wsFile.toAbsolutePath().getParent();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, prefix + "*"))
        {
            for (final Path p : stream)
            {
                siblings.add(p);
            }
        }
        siblings.sort(null);
        return siblings;
    }

    private List<RestRecord> readRest(final Path file, final CaptureHandler handler) throws IOException
    {
        final List<RestRecord> records = new ArrayList<>();
        final byte[] arrow = " -> ".getBytes(StandardCharsets.US_ASCII);
        try (LineReader reader = new LineReader(file))
        {
            while (reader.next())
            {
                final UnsafeBuffer b = reader.buffer();
                final int start = reader.offset();
                final int end = start + reader.length();
                if (start == end)
                {
                    continue;
                }
                final int a = indexOf(b, start, end, arrow);
                final int colon = a < 0 ? -1 : indexOf(b, a + arrow.length, end, (byte)':');
                if (a < 0 || colon < 0 || colon + 1 >= end)
                {
                    handler.onMalformedLine(b, start, end - start, reader.lineNumber(), "not a '<url> -> <ts>: <body>' line");
                    continue;
                }
                final long ns = decimal.parse(b, a + arrow.length, colon, -9);
                final String url = b.getStringWithoutLengthAscii(start, a - start);
                final String symbol = queryParameter(url, "symbol");
                if (decimal.error() != FixedPoint.Parser.OK || symbol == null)
                {
                    handler.onMalformedLine(b, start, end - start, reader.lineNumber(), "bad timestamp or no symbol in URL");
                    continue;
                }
                if (!url.contains("/depth"))
                {
                    continue; // other REST calls (exchange info…) are not market data
                }
                final int body = colon + 2 <= end ? colon + 2 : end;
                final byte[] bytes = new byte[end - body];
                b.getBytes(body, bytes);
                records.add(new RestRecord(ns, symbol.toUpperCase(Locale.ROOT), bytes, reader.lineNumber()));
            }
        }
        return records;
    }

    private static void emit(final RestRecord record, final CaptureHandler handler)
    {
        handler.onSnapshot(record.symbol, new UnsafeBuffer(record.body), 0, record.body.length, record.receiveTimeNs, record.line);
    }

    private static String queryParameter(final String url, final String name)
    {
        final int q = url.indexOf('?');
        if (q < 0)
        {
            return null;
        }
        for (final String part : url.substring(q + 1).split("&"))
        {
            if (part.startsWith(name + "="))
            {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static boolean isUrlLine(final DirectBuffer b, final int start, final int end)
    {
        return startsWith(b, start, end, "ws") || startsWith(b, start, end, "http");
    }

    private static boolean startsWith(final DirectBuffer b, final int start, final int end, final String prefix)
    {
        if (end - start < prefix.length())
        {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++)
        {
            if (b.getByte(start + i) != prefix.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithKey(final DirectBuffer b, final int frame, final int end, final byte[] key)
    {
        int i = frame;
        while (i < end && (b.getByte(i) == ' ' || b.getByte(i) == '\t'))
        {
            i++;
        }
        if (i >= end || b.getByte(i) != '{')
        {
            return false;
        }
        i++;
        while (i < end && (b.getByte(i) == ' ' || b.getByte(i) == '\t' || b.getByte(i) == '\n'))
        {
            i++;
        }
        if (end - i < key.length)
        {
            return false;
        }
        for (int k = 0; k < key.length; k++)
        {
            if (b.getByte(i + k) != key[k])
            {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(final DirectBuffer b, final int from, final int end, final byte value)
    {
        for (int i = from; i < end; i++)
        {
            if (b.getByte(i) == value)
            {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(final DirectBuffer b, final int from, final int end, final byte[] needle)
    {
        outer:
        for (int i = from; i <= end - needle.length; i++)
        {
            for (int k = 0; k < needle.length; k++)
            {
                if (b.getByte(i + k) != needle[k])
                {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private record RestRecord(long receiveTimeNs, String symbol, byte[] body, long line)
    {
    }
}
