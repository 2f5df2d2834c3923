package io.ringwall.journal;

import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.TimerTickEncoder;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;

/**
 * A writer for the cross-process tests, run in a child JVM: appends TimerTick events numbered from 0 (the
 * number is both the input sequence and the tick). Prints READY once the journal exists; with a pause
 * point, prints PAUSED there and waits for a line on stdin; prints DONE after the last event. A count of
 * -1 writes until the process is killed. With {@code hang-mid-write}, after the last event it starts one
 * more document, writes half of it, prints MID_WRITE and waits to be killed in the middle of it.
 *
 * <p>Arguments: journal directory, roll cycle name, count, pause point (-1 for none), [hang-mid-write].
 */
public final class JournalWriterMain
{
    static final int TICK_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + TimerTickEncoder.BLOCK_LENGTH;

    private JournalWriterMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final long count = Long.parseLong(args[2]);
        final long pauseAt = Long.parseLong(args[3]);
        final boolean hangMidWrite = args.length > 4 && "hang-mid-write".equals(args[4]);
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(128));
        final BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        try (Journal journal = Journal.open(Paths.get(args[0]), args[1]))
        {
            final JournalAppender appender = journal.appender();
            say("READY");
            long i = 0;
            for (; count < 0 || i < count; i++)
            {
                if (i == pauseAt)
                {
                    say("PAUSED");
                    stdin.readLine();
                }
                appender.append(buffer, 0, encodeTick(buffer, i));
            }
            if (hangMidWrite)
            {
                encodeTick(buffer, i);
                final ExcerptAppender raw = journal.queue().createAppender();
                final DocumentContext document = raw.writingDocument();
                document.wire().bytes().unsafeWrite(buffer.addressOffset(), TICK_LENGTH / 2);
                say("MID_WRITE");
                Thread.sleep(Long.MAX_VALUE);
            }
        }
        say("DONE");
    }

    /**
     * Encodes tick number {@code i} as input sequence {@code i}.
     *
     * @return the event's length.
     */
    static int encodeTick(final MutableDirectBuffer buffer, final long i)
    {
        final TimerTickEncoder tick = new TimerTickEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder());
        tick.header().receiveTimeNs(TestEvents.T0 + i).exchangeTimeNs(0).causeSequence(i).instrumentId(0).reserved(0);
        tick.tick(i);
        return TICK_LENGTH;
    }

    private static void say(final String line)
    {
        System.out.println(line);
        System.out.flush();
    }
}
