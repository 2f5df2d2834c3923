package io.ringwall.engine.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in-process and captures what it prints.
 */
final class Cli
{
    record Result(int exit, String out, String err)
    {
        String lastLine()
        {
            final String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Cli()
    {
    }

    static synchronized Result run(final String... args)
    {
        final PrintStream out = System.out;
        final PrintStream err = System.err;
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try
        {
            final int exit = Main.execute(args);
            return new Result(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        }
        finally
        {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The string value of a JSON field in a one-line object (enough for the flat results the CLI prints). */
    static String field(final String json, final String name)
    {
        final String key = "\"" + name + "\":";
        final int at = json.indexOf(key);
        if (at < 0)
        {
            return null;
        }
        int i = at + key.length();
        if (json.charAt(i) == '"')
        {
            return json.substring(i + 1, json.indexOf('"', i + 1));
        }
        int end = i;
        while (end < json.length() && ",}]".indexOf(json.charAt(end)) < 0)
        {
            end++;
        }
        return json.substring(i, end);
    }
}
