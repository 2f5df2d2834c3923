package io.ringwall.codecs.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the recordings bundled with the project in {@code data/} at the repository root, from any
 * module's working directory.
 */
public final class TestData
{
    private TestData()
    {
    }

    /**
     * @param relative e.g. "binance-spot/btcusdt_20240808.gz".
     * @return the file's path.
     * @throws IllegalStateException if the project's data folder cannot be found.
     */
    public static Path path(final String relative)
    {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null)
        {
            final Path candidate = dir.resolve("data").resolve(relative);
            if (Files.exists(candidate) && Files.exists(dir.resolve("pom.xml")))
            {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("bundled recording data/" + relative + " not found above " + Paths.get("").toAbsolutePath());
    }
}
