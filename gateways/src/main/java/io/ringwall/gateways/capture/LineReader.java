package io.ringwall.gateways.capture;

import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a text file (gzip or plain, by content) line by line into one reusable buffer, without making a
 * String per line: a recording of hours of market data is read at the speed of the disk.
 */
final class LineReader implements AutoCloseable
{
    private final InputStream in;
    private byte[] data = new byte[1 << 20];
    private final UnsafeBuffer view = new UnsafeBuffer(data);
    private int start;
    private int end;
    private int lineStart;
    private int lineLength;
    private long lineNumber;
    private boolean eof;

    LineReader(final Path file) throws IOException
    {
        final InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        final int b1 = raw.read();
        final int b2 = raw.read();
        raw.reset();
        in = b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    /**
     * @return true if a line was read; its bytes are {@link #buffer()}[{@link #offset()}, +{@link #length()}).
     */
    boolean next() throws IOException
    {
        while (true)
        {
            for (int i = start; i < end; i++)
            {
                if (data[i] == '\n')
                {
                    lineStart = start;
                    lineLength = i - start;
                    if (lineLength > 0 && data[i - 1] == '\r')
                    {
                        lineLength--;
                    }
                    start = i + 1;
                    lineNumber++;
                    return true;
                }
            }
            if (eof)
            {
                if (start < end)
                {
                    lineStart = start;
                    lineLength = end - start;
                    start = end;
                    lineNumber++;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    UnsafeBuffer buffer()
    {
        return view;
    }

    int offset()
    {
        return lineStart;
    }

    int length()
    {
        return lineLength;
    }

    long lineNumber()
    {
        return lineNumber;
    }

    @Override
    public void close() throws IOException
    {
        in.close();
    }

    private void fill() throws IOException
    {
        if (start > 0)
        {
            System.arraycopy(data, start, data, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == data.length)
        {
            data = Arrays.copyOf(data, data.length * 2);
            view.wrap(data);
        }
        final int n = in.read(data, end, data.length - end);
        if (n < 0)
        {
            eof = true;
        }
        else
        {
            end += n;
        }
    }
}
