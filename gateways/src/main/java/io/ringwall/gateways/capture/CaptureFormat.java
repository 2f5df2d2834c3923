package io.ringwall.gateways.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The recording formats ringwall reads.
 */
public enum CaptureFormat
{
    /** hftbacktest collector: one line per frame, {@code <receive ns> <frame>}, gzip or plain. */
    HFTBACKTEST,
    /** cryptofeed raw capture: {@code <ts>: <frame>} lines, REST snapshots in a sibling {@code .http.*} file. */
    CRYPTOFEED;

    /**
     * @param name hftbacktest or cryptofeed.
     * @return the format.
     */
    public static CaptureFormat parse(final String name)
    {
        try
        {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("unknown capture format '" + name + "' (expected hftbacktest or cryptofeed)");
        }
    }

    /**
     * Guesses a file's format from its name and first line.
     *
     * @param file a capture.
     * @return its format.
     * @throws IOException if it cannot be read.
     */
    public static CaptureFormat detect(final Path file) throws IOException
    {
        final String name = file.getFileName().toString();
        if (name.matches(".*\\.(ws|http)\\.\\d+\\.\\d+$"))
        {
            return CRYPTOFEED;
        }
        try (LineReader reader = new LineReader(file))
        {
            if (reader.next())
            {
                final int length = reader.length();
                int i = 0;
                while (i < length && Character.isDigit(reader.buffer().getByte(reader.offset() + i)))
                {
                    i++;
                }
                if (i > 0 && i < length && reader.buffer().getByte(reader.offset() + i) == ' ')
                {
                    return HFTBACKTEST;
                }
            }
        }
        return CRYPTOFEED;
    }
}
