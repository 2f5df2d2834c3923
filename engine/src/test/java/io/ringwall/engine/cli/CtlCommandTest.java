package io.ringwall.engine.cli;

import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.engine.control.ControlQueue;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalTailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ringwall ctl}: each command is one OperatorCommand record in the journal's control queue (never in the
 * journal itself), and bad usage exits 2.
 */
class CtlCommandTest
{
    @Test
    void shouldWriteEachCommandToTheControlQueue(@TempDir final Path dir) throws Exception
    {
        final Cli.Result halt = Cli.run("ctl", "--journal", dir.toString(), "halt", "--note", "desk says stop");
        assertThat(halt.exit()).as(halt.err()).isZero();
        assertThat(halt.out()).contains("sent HALT (\"desk says stop\")").contains(ControlQueue.dir(dir).toString());
        final Cli.Result resume = Cli.run("ctl", "--journal", dir.toString(), "RESUME", "--json");
        assertThat(resume.exit()).as(resume.err()).isZero();
        assertThat(Cli.field(resume.out(), "command")).isEqualTo("RESUME");
        assertThat(Cli.run("ctl", "--journal", dir.toString(), "flatten").exit()).isZero();

        final List<String> read = new ArrayList<>();
        try (Journal queue = Journal.openReadOnly(ControlQueue.dir(dir)); JournalTailer tailer = queue.tailer())
        {
            while (tailer.read((buffer, offset, length, index) ->
            {
                final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, offset);
                assertThat(header.templateId()).isEqualTo(OperatorCommandDecoder.TEMPLATE_ID);
                final OperatorCommandDecoder d = new OperatorCommandDecoder()
                    .wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
                read.add(d.command() + ":" + d.note());
            }))
            {
                assertThat(read).isNotEmpty();
            }
        }
        assertThat(read).containsExactly(OperatorCommandCode.HALT + ":desk says stop", OperatorCommandCode.RESUME + ":",
            OperatorCommandCode.FLATTEN + ":");
        // the journal directory itself holds no queue files: the engine is the journal's only writer
        try (var files = Files.list(dir))
        {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ControlQueue.DIR_NAME);
        }
    }

    @Test
    void shouldRefuseAnUnknownCommandOrAMissingJournal(@TempDir final Path dir)
    {
        final Cli.Result unknown = Cli.run("ctl", "--journal", dir.toString(), "sell-everything");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown command 'sell-everything': halt, resume or flatten");

        final Cli.Result missing = Cli.run("ctl", "--journal", dir.resolve("nowhere").toString(), "halt");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no journal at");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }
}
