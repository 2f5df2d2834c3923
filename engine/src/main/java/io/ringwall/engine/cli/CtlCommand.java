package io.ringwall.engine.cli;

import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.engine.control.ControlQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ringwall ctl}: sends an operator command (halt, resume, flatten) to the engine running on a journal. The
 * command goes to the journal's control queue, never into the journal itself (the engine is its only writer); the
 * engine journals it as an input, so a replay applies it too.
 */
@Command(name = "ctl", mixinStandardHelpOptions = true,
    description = {
        "Send an operator command to the engine running on a journal: halt (cancel, flatten if configured,",
        "refuse new exposure), resume, or flatten (close every position). The engine journals it as an input."
    })
final class CtlCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The running engine's journal directory.")
    Path journalDir;

    @Parameters(index = "0", paramLabel = "COMMAND", description = "halt, resume or flatten.")
    String command;

    @Option(names = "--note", paramLabel = "TEXT", description = "Free text kept with the command in the journal.")
    String note;

    @Option(names = "--json", description = "Print what was sent as one JSON object.")
    boolean json;

    @Override
    public Integer call()
    {
        final OperatorCommandCode code = parse(command);
        if (!Files.isDirectory(journalDir))
        {
            throw new UsageException("no journal at " + journalDir);
        }
        final long sentNs = System.currentTimeMillis() * 1_000_000L;
        final String text = note == null ? "" : note;
        final long index = ControlQueue.send(journalDir, code, text, sentNs);
        if (json)
        {
            System.out.println(new Json()
                .field("command", code.name())
                .field("note", text)
                .field("sentTime", CliSupport.isoTime(sentNs))
                .field("controlQueue", ControlQueue.dir(journalDir).toString())
                .field("index", index));
        }
        else
        {
            System.out.println("sent " + code.name() + (text.isEmpty() ? "" : " (\"" + text + "\")") + " at " +
                CliSupport.isoTime(sentNs) + " to " + ControlQueue.dir(journalDir));
            System.out.println("the running engine journals it as an OperatorCommand input: bin/ringwall tail --journal " +
                journalDir + " --type commands,halts");
        }
        return ExitCodes.OK;
    }

    private static OperatorCommandCode parse(final String text)
    {
        switch (text.toLowerCase(Locale.ROOT))
        {
            case "halt":
                return OperatorCommandCode.HALT;
            case "resume":
                return OperatorCommandCode.RESUME;
            case "flatten":
                return OperatorCommandCode.FLATTEN;
            default:
                throw new UsageException("unknown command '" + text + "': halt, resume or flatten");
        }
    }
}
