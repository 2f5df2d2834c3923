package io.ringwall.gateways.capture;

import org.agrona.DirectBuffer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes frames in the hftbacktest collector's line format ({@code <receive ns> <frame>}, REST snapshot
 * bodies as lines without a "stream" key), gzip when the file name ends in .gz. Frames are written as
 * received, byte for byte; a frame holding a newline (never valid Binance output) is written with it
 * replaced by a space so the file stays one record per line.
 */
public final class CaptureWriter implements AutoCloseable
{
    /** Stream-name suffix of a snapshot wrapped with its symbol (see {@link #writeSnapshot}). */
    public static final String SNAPSHOT_STREAM_SUFFIX = "@depthSnapshot";

    private final OutputStream out;
    private byte[] line = new byte[1 << 16];
    private long records;

    /**
     * @param file the capture to create (replaced if it exists).
     * @throws IOException if it cannot be created.
     */
    public CaptureWriter(final Path file) throws IOException
    {
        final OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
    }

    /**
     * Writes one record.
     *
     * @param receiveTimeNs the receive time.
     * @param buffer        the frame or body.
     * @param offset        where it starts.
     * @param length        its length.
     * @throws IOException if writing fails.
     */
    public void write(final long receiveTimeNs, final DirectBuffer buffer, final int offset, final int length) throws IOException
    {
        final byte[] prefix = (receiveTimeNs + " ").getBytes(StandardCharsets.US_ASCII);
        if (line.length < length + 1)
        {
            line = new byte[Integer.highestOneBit(length + 1) << 1];
        }
        buffer.getBytes(offset, line, 0, length);
        for (int i = 0; i < length; i++)
        {
            if (line[i] == '\n' || line[i] == '\r')
            {
                line[i] = ' ';
            }
        }
        line[length] = '\n';
        out.write(prefix);
        out.write(line, 0, length + 1);
        records++;
    }

    /**
     * Writes a REST snapshot body: bare (the hftbacktest form) when the file holds one symbol, or wrapped as
     * {@code {"stream":"<symbol>@depthSnapshot","data":<body>}} when it holds several, since a bare snapshot
     * line does not say whose book it is. ringwall's reader understands both.
     *
     * @param symbol        the symbol it was requested for.
     * @param wrap          whether to wrap it.
     * @param receiveTimeNs the receive time.
     * @param buffer        the body.
     * @param offset        where it starts.
     * @param length        its length.
     * @throws IOException if writing fails.
     */
    public void writeSnapshot(
        final String symbol, final boolean wrap, final long receiveTimeNs, final DirectBuffer buffer, final int offset, final int length)
        throws IOException
    {
        if (!wrap)
        {
            write(receiveTimeNs, buffer, offset, length);
            return;
        }
        final byte[] head = ("{\"stream\":\"" + symbol.toLowerCase(java.util.Locale.ROOT) + SNAPSHOT_STREAM_SUFFIX + "\",\"data\":")
            .getBytes(StandardCharsets.US_ASCII);
        final byte[] whole = new byte[head.length + length + 1];
        System.arraycopy(head, 0, whole, 0, head.length);
        buffer.getBytes(offset, whole, head.length, length);
        whole[whole.length - 1] = '}';
        write(receiveTimeNs, new org.agrona.concurrent.UnsafeBuffer(whole), 0, whole.length);
    }

    /** @return records written. */
    public long records()
    {
        return records;
    }

    /**
     * Flushes buffered records to the file (gzip members are completed only on close).
     *
     * @throws IOException if writing fails.
     */
    public void flush() throws IOException
    {
        out.flush();
    }

    @Override
    public void close() throws IOException
    {
        out.close();
    }
}
