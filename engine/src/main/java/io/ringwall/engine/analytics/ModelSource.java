package io.ringwall.engine.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained signal model's file: where it came from and its text. The text is what the logic runs on and
 * what a session journals beside its config, so a replay runs the very model the session ran, wherever the
 * file is now.
 *
 * @param origin the file it was read from (for messages).
 * @param text   the model file's text, or null when the file could not be read here and a journal must
 *               supply it.
 */
public record ModelSource(String origin, String text)
{
    /**
     * Reads a model file.
     *
     * @param file the file.
     * @return its source.
     * @throws UncheckedIOException if it cannot be read.
     */
    public static ModelSource read(final Path file)
    {
        try
        {
            return new ModelSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read model file " + file, ex);
        }
    }

    /**
     * @return this source with the text a journal recorded.
     */
    public ModelSource withText(final String recordedText)
    {
        return new ModelSource(origin, recordedText);
    }
}
