package io.ringwall.journal;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.sbe.TimerTickDecoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The journal between processes: a writer JVM appends while this JVM reads, and a writer killed with
 * SIGKILL leaves a journal whose every complete entry reads back.
 */
@ExtendWith(ChronicleLeakCheck.class)
class JournalCrossProcessTest
{
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int SIGKILL_EXIT_CODE = 128 + 9;

    @TempDir
    Path tmp;

    private Process child;

    @AfterEach
    void killChild() throws InterruptedException
    {
        if (child != null && child.isAlive())
        {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldSeeAnotherProcessAppendInOrderWhileItWrites() throws Exception
    {
        final Path dir = tmp.resolve("journal");
        final int count = 20_000;
        final int pauseAt = 5_000;
        child = startWriter(dir, count, pauseAt);
        final BufferedReader childOut = stdout(child);
        expectLine(childOut, "READY");
        expectLine(childOut, "PAUSED");

        final Sequences seen = new Sequences();
        assertTimeoutPreemptively(PATIENCE, () ->
        {
            try (Journal journal = Journal.openReadOnly(dir); JournalTailer tailer = journal.tailer())
            {
                // The writer is parked mid-stream: everything before the pause is there, nothing after it.
                while (tailer.read(seen))
                {
                    // drain
                }
                assertThat(seen.count).isEqualTo(pauseAt);
                assertThat(child.isAlive()).isTrue();

                // Resume it and follow, like tail -f, while it writes the rest.
                try (Writer stdin = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.US_ASCII))
                {
                    stdin.write("go\n");
                }
                while (seen.count < count)
                {
                    if (!tailer.read(seen))
                    {
                        Thread.onSpinWait();
                    }
                }
                assertThat(tailer.read(seen)).isFalse();
            }
        });
        expectLine(childOut, "DONE");
        assertThat(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(log()).isZero();
        assertThat(seen.count).isEqualTo(count);
        assertThat(seen.brokenAt).as("first out-of-order sequence").isEqualTo(-1);
    }

    /**
     * What Chronicle does with the document being written at the kill: its header was set "not complete"
     * (with a provisional length) before any of its bytes, and becomes a real length only after them, in
     * one ordered write. A SIGKILL cannot undo writes to a shared mapping (the pages belong to the kernel's
     * page cache), so every document whose header was completed is intact; the one in flight keeps its
     * "not complete" header, and a reader treats it exactly like a document still being written: it is not
     * there yet, so read returns false. Nothing is lost except that last, unfinished event.
     */
    @ParameterizedTest(name = "killed after at least {0} events")
    @ValueSource(ints = { 1, 20_000, 300_000 })
    void shouldReadEveryCompleteEntryAfterTheWriterIsKilled(final int atLeast) throws Exception
    {
        final Path dir = tmp.resolve("journal");
        child = startWriter(dir, -1, -1);
        expectLine(stdout(child), "READY");

        final Sequences live = new Sequences();
        assertTimeoutPreemptively(PATIENCE, () ->
        {
            try (Journal journal = Journal.openReadOnly(dir); JournalTailer tailer = journal.tailer())
            {
                while (live.count < atLeast)
                {
                    if (!tailer.read(live))
                    {
                        Thread.onSpinWait();
                    }
                }
            }
        });
        child.destroyForcibly();
        assertThat(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL, not finished").isEqualTo(SIGKILL_EXIT_CODE);

        final Sequences after = new Sequences();
        assertTimeoutPreemptively(PATIENCE, () ->
        {
            try (Journal journal = Journal.openReadOnly(dir); JournalTailer tailer = journal.tailer())
            {
                while (tailer.read(after))
                {
                    // to the end, which must come rather than hang
                }
                assertThat(tailer.read(after)).isFalse();
                assertThat(JournalScan.lastInputSequence(journal)).isEqualTo(after.count - 1);
            }
        });
        assertThat(after.brokenAt).as("first out-of-order or undecodable entry").isEqualTo(-1);
        assertThat(after.count).isGreaterThanOrEqualTo(atLeast).isGreaterThanOrEqualTo(live.count);
    }

    /**
     * The worst moment made certain: the writer is killed holding a half-written document. Readers stop
     * before it. A new writer then takes the journal over: Chronicle sees that the process holding the
     * queue's write lock is dead ("Forced unlocking ... which is now dead", at once, no timeout), takes the
     * lock and carries on; the unfinished document is never published and the next entry gets the index
     * it would have had, so the journal goes on without a gap or a stray entry.
     */
    @Test
    void shouldStopBeforeAHalfWrittenEntryAndLetTheNextWriterGoOn() throws Exception
    {
        final Path dir = tmp.resolve("journal");
        final int complete = 1_000;
        child = startWriter(dir, complete, -1, "hang-mid-write");
        final BufferedReader childOut = stdout(child);
        expectLine(childOut, "READY");
        expectLine(childOut, "MID_WRITE");
        child.destroyForcibly();
        assertThat(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(SIGKILL_EXIT_CODE);

        final Sequences before = readAll(dir);
        assertThat(before.count).isEqualTo(complete);
        assertThat(before.brokenAt).isEqualTo(-1);

        final UnsafeBuffer next = new UnsafeBuffer(new byte[JournalWriterMain.TICK_LENGTH]);
        final long started = System.nanoTime();
        assertTimeoutPreemptively(PATIENCE, () ->
        {
            try (Journal journal = Journal.open(dir, "FAST_HOURLY"))
            {
                assertThat(JournalScan.lastInputSequence(journal)).isEqualTo(complete - 1);
                final long lastComplete = journal.lastIndex();
                assertThat(journal.appender().append(next, 0, JournalWriterMain.encodeTick(next, complete)))
                    .isEqualTo(lastComplete + 1);
                journal.appender().append(next, 0, JournalWriterMain.encodeTick(next, complete + 1));
            }
        });
        final long takeOverMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        final Sequences after = readAll(dir);
        assertThat(after.brokenAt).as("first out-of-order entry (take-over took %d ms)", takeOverMs).isEqualTo(-1);
        assertThat(after.count).isEqualTo(complete + 2);
    }

    private Sequences readAll(final Path dir)
    {
        final Sequences sequences = new Sequences();
        assertTimeoutPreemptively(PATIENCE, () ->
        {
            try (Journal journal = Journal.openReadOnly(dir); JournalTailer tailer = journal.tailer())
            {
                while (tailer.read(sequences))
                {
                    // to the end, which must come rather than hang
                }
                assertThat(tailer.read(sequences)).isFalse();
            }
        });
        return sequences;
    }

    private Process startWriter(final Path dir, final long count, final long pauseAt, final String... more) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvmOptions());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(JournalWriterMain.class.getName());
        command.add(dir.toString());
        command.add("FAST_HOURLY");
        command.add(Long.toString(count));
        command.add(Long.toString(pauseAt));
        command.addAll(Arrays.asList(more));
        return new ProcessBuilder(command)
            .redirectError(tmp.resolve("writer.log").toFile())
            .start();
    }

    /**
     * The options Surefire gives this JVM, passed on from the parent pom's {@code ringwall.jvm.options}; when
     * run from an IDE without them, the add-opens and Chronicle settings this JVM was started with.
     */
    private static List<String> jvmOptions()
    {
        final String options = System.getProperty("ringwall.jvm.options");
        if (options != null && !options.isBlank())
        {
            return Arrays.asList(options.trim().split("\\s+"));
        }
        final List<String> inherited = new ArrayList<>();
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (argument.startsWith("--add-") || argument.startsWith("-Dchronicle.") || argument.startsWith("-Dagrona."))
            {
                inherited.add(argument);
            }
        }
        return inherited;
    }

    private static BufferedReader stdout(final Process process)
    {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    }

    private void expectLine(final BufferedReader out, final String expected)
    {
        assertTimeoutPreemptively(PATIENCE, () ->
        {
            final String line = out.readLine();
            if (!expected.equals(line))
            {
                fail("writer said " + line + " instead of " + expected + "; its log:\n" + log());
            }
        });
    }

    private String log()
    {
        try
        {
            final Path log = tmp.resolve("writer.log");
            return Files.exists(log) ? Files.readString(log) : "(none)";
        }
        catch (final IOException ex)
        {
            return "(unreadable: " + ex + ")";
        }
    }

    /** Checks that entries are TimerTicks numbered 0, 1, 2... in order, remembering the first that is not. */
    private static final class Sequences implements JournalHandler
    {
        private final TimerTickDecoder tick = new TimerTickDecoder();
        long count;
        long brokenAt = -1;

        @Override
        public void onEvent(final DirectBuffer buffer, final int offset, final int length, final long index)
        {
            final boolean intact = Events.isEvent(buffer, offset, length) &&
                Events.templateId(buffer, offset) == TimerTickDecoder.TEMPLATE_ID &&
                Events.causeSequence(buffer, offset) == count &&
                tick.wrap(buffer, offset + Events.EVENT_HEADER_OFFSET, TimerTickDecoder.BLOCK_LENGTH, 0).tick() == count;
            if (!intact && brokenAt < 0)
            {
                brokenAt = count;
            }
            count++;
        }
    }
}
