package io.ringwall.engine.cli;

import io.ringwall.engine.config.ConfigException;
import io.ringwall.engine.ring.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code ringwall} command line.
 */
@Command(
    name = "ringwall",
    mixinStandardHelpOptions = true,
    version = Engine.VERSION,
    description = "Low-latency crypto trading engine: market data, order books, journal and replay.",
    subcommands = {
        RunCommand.class,
        ReplayCommand.class,
        TailCommand.class,
        ImportCommand.class,
        RecordCommand.class,
        BookCommand.class,
        VerifyCommand.class,
        SimCommand.class,
        TrainCommand.class,
        ExportCommand.class,
        CtlCommand.class,
        CommandLine.HelpCommand.class
    },
    footer = {
        "",
        "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 bad configuration, 4 replay mismatch."
    })
public final class Main implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args)
    {
        System.exit(execute(args));
    }

    /**
     * Runs a command line and returns its exit code (tests call this in-process).
     *
     * @param args the arguments.
     * @return the exit code.
     */
    public static int execute(final String... args)
    {
        final CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, argv) ->
        {
            final CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("ringwall " + cmd.getCommandName().replace("ringwall", "").trim() +
                (cmd.getCommandName().equals("ringwall") ? "" : ": ") + ex.getMessage() +
                " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) ->
        {
            final String name = cmd.getCommandSpec().qualifiedName();
            if (ex instanceof ConfigException)
            {
                cmd.getErr().println(name + ": configuration error: " + ex.getMessage());
                return ExitCodes.CONFIG;
            }
            if (ex instanceof UsageException)
            {
                cmd.getErr().println(name + ": " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            if (ex instanceof IOException || ex instanceof UncheckedIOException)
            {
                cmd.getErr().println(name + ": " + ex.getMessage());
                return ExitCodes.FAILURE;
            }
            cmd.getErr().println(name + ": " + ex);
            if (System.getenv("RINGWALL_DEBUG") != null)
            {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.FAILURE;
        });
        return cli.execute(args);
    }

    @Override
    public void run()
    {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, replay, tail, import, record, book, verify, sim, train, export or ctl");
    }
}
