package io.ringwall.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.ProfilerConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Runs the JMH benchmarks with the project's JVM options on every fork and the GC profiler on by default,
 * so every result states its B/op; any JMH command-line option works as usual
 * ({@code java -jar benchmarks/target/benchmarks.jar DecodeBenchmark -f 1 -wi 3 -i 5}).
 */
public final class BenchmarkMain
{
    /** The filtered resource holding the parent pom's {@code ringwall.jvm.options}. */
    static final String JVM_OPTIONS_RESOURCE = "/ringwall-jvm.options";

    private BenchmarkMain()
    {
    }

    /**
     * @param args JMH command-line arguments.
     * @throws Exception if JMH cannot run.
     */
    public static void main(final String[] args) throws Exception
    {
        final CommandLineOptions commandLine = new CommandLineOptions(args);
        if (commandLine.shouldHelp())
        {
            commandLine.showHelp();
            return;
        }
        if (commandLine.shouldListProfilers())
        {
            commandLine.listProfilers();
            return;
        }
        if (commandLine.shouldListResultFormats())
        {
            commandLine.listResultFormats();
            return;
        }
        if (commandLine.shouldList() || commandLine.shouldListWithParams())
        {
            final Runner runner = new Runner(commandLine);
            if (commandLine.shouldList())
            {
                runner.list();
            }
            else
            {
                runner.listWithParams(commandLine);
            }
            return;
        }

        // The builder's jvmArgsAppend would replace the command line's, so both go in together.
        final List<String> append = new ArrayList<>(commandLine.getJvmArgsAppend().orElse(List.of()));
        append.addAll(jvmOptions());
        final String data = System.getProperty(BenchmarkData.DATA_PROPERTY);
        if (data != null)
        {
            append.add("-D" + BenchmarkData.DATA_PROPERTY + "=" + data);
        }
        final ChainedOptionsBuilder options = new OptionsBuilder()
            .parent(commandLine)
            .jvmArgsAppend(append.toArray(new String[0]));
        if (!hasGcProfiler(commandLine.getProfilers()))
        {
            options.addProfiler(GCProfiler.class);
        }
        new Runner(options.build()).run();
    }

    /**
     * The JVM options every ringwall process runs with, as the build wrote them.
     *
     * @return the options, one per element.
     * @throws IOException if the resource is missing (the jar was not built by Maven).
     */
    static List<String> jvmOptions() throws IOException
    {
        try (InputStream in = BenchmarkMain.class.getResourceAsStream(JVM_OPTIONS_RESOURCE))
        {
            if (in == null)
            {
                throw new IOException(JVM_OPTIONS_RESOURCE + " is not on the classpath; build the jar with Maven");
            }
            final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (text.isEmpty() || text.contains("${"))
            {
                throw new IOException(JVM_OPTIONS_RESOURCE + " was not filtered by Maven: '" + text + "'");
            }
            return Arrays.asList(text.split("\\s+"));
        }
    }

    private static boolean hasGcProfiler(final Collection<ProfilerConfig> profilers)
    {
        for (final ProfilerConfig profiler : profilers)
        {
            if (profiler.getKlass().equals("gc") || profiler.getKlass().equals(GCProfiler.class.getName()))
            {
                return true;
            }
        }
        return false;
    }
}
