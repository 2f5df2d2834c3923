package io.ringwall.engine.ring;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.RingBuffer;
import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.SessionStartEncoder;
import io.ringwall.engine.analytics.ModelSource;
import io.ringwall.engine.book.SnapshotRequester;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.journal.Journal;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.OffsetEpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's threads and their wiring: producers publish into the inbound ring; the journaller appends
 * each input before the business-logic thread sees it; decisions return to the journaller through the
 * decision ring. Close drains everything in order: ring, logic, decisions, journal.
 */
public final class Engine implements AutoCloseable
{
    /** Engine version written into each session's start record. */
    public static final String VERSION = "ringwall 0.1.0";

    private final RingwallConfig config;
    private final Journal journal;
    private final InboundRing inbound;
    private final DecisionRing decisions;
    private final BusinessLogic logic;
    private final StatusBoard board = new StatusBoard();
    private final BatchEventProcessor<RingSlot> logicProcessor;
    private final JournalAgent journalAgent;
    private final AgentRunner journalRunner;
    private final Thread logicThread;
    private final EpochNanoClock clock;
    private final AtomicLong errors = new AtomicLong();
    private volatile Throwable failure;
    private TimerTicker timer;
    private boolean closed;

    /**
     * Builds the engine and writes the session's start record; threads start with {@link #start()}.
     *
     * @param config    the configuration.
     * @param journal   an open journal to append to.
     * @param requester delivers the logic's snapshot requests to gateways.
     * @param clock     the wall clock producers stamp inputs with.
     */
    public Engine(final RingwallConfig config, final Journal journal, final SnapshotRequester requester, final EpochNanoClock clock)
    {
        this.config = config;
        this.journal = journal;
        this.clock = clock;
        final RingwallConfig.EngineSettings settings = config.engine();
        this.inbound = new InboundRing(settings.ringSize(), settings.slotBytes(), Strategies.waitStrategy(settings.waitStrategy()));
        this.decisions = new DecisionRing(1 << 22);
        this.logic = new BusinessLogic(config.logic(), decisions, requester);

        final RingBuffer<RingSlot> ring = inbound.ring();
        final EventPoller<RingSlot> poller = ring.newPoller();
        this.logicProcessor = new BatchEventProcessorBuilder()
            .build(ring, ring.newBarrier(poller.getSequence()), new LogicHandler(logic, board));
        ring.addGatingSequences(logicProcessor.getSequence());

        final long sessionSequence = 0;
        final UnsafeBuffer sessionStart = new UnsafeBuffer(new byte[0]);
        final int sessionStartLength = encodeSessionStart(sessionStart, sessionSequence);
        this.journalAgent = new JournalAgent(poller, decisions, journal, sessionSequence + 1, sessionStart, sessionStartLength);
        this.journalRunner = new AgentRunner(
            Strategies.idleStrategy(config.journal().idleStrategy()), this::onError, null, journalAgent);
        this.logicThread = new Thread(logicProcessor, "ringwall-logic");
        this.logicProcessor.setExceptionHandler(new CountingExceptionHandler(errors));
    }

    /**
     * A wall clock suitable for stamping inputs: nanosecond epoch time without a system call per read.
     *
     * @return a new clock.
     */
    public static EpochNanoClock defaultClock()
    {
        return new OffsetEpochNanoClock();
    }

    /**
     * Starts the journaller, the logic and the timer, which also forwards operator commands from the journal's
     * control queue ({@code ringwall ctl}).
     */
    public void start()
    {
        start(true);
    }

    /**
     * Starts the journaller and the logic, and the timer if asked: an import replays recorded time and
     * must not interleave wall-clock ticks with it.
     *
     * @param withTimer whether to publish timer ticks.
     */
    public void start(final boolean withTimer)
    {
        AgentRunner.startOnThread(journalRunner);
        logicThread.start();
        if (withTimer)
        {
            timer = new TimerTicker(inbound, clock, config.engine().timerIntervalMs(), journal.dir());
            timer.start();
        }
    }

    /**
     * Publishes instrument definitions ahead of their data.
     *
     * @param instruments the instruments.
     */
    public void define(final Iterable<Instrument> instruments)
    {
        final InputWriter writer = new InputWriter(inbound);
        for (final Instrument instrument : instruments)
        {
            writer.instrumentDefinition(instrument, clock.nanoTime());
        }
    }

    /** @return where producers publish inputs. */
    public EventSink sink()
    {
        return inbound;
    }

    /** @return the wall clock producers stamp inputs with. */
    public EpochNanoClock clock()
    {
        return clock;
    }

    /** @return the logic's published state. */
    public StatusBoard board()
    {
        return board;
    }

    /** @return the inbound ring. */
    public InboundRing inbound()
    {
        return inbound;
    }

    /** @return the journal. */
    public Journal journal()
    {
        return journal;
    }

    /** @return operator commands (ringwall ctl) forwarded from the control queue into the ring so far. */
    public long commandsForwarded()
    {
        return timer == null ? 0 : timer.commandsForwarded();
    }

    /** @return inputs journaled so far. */
    public long inputsJournaled()
    {
        return journalAgent.inputsJournaled();
    }

    /** @return decisions journaled so far. */
    public long decisionsJournaled()
    {
        return journalAgent.decisionsJournaled();
    }

    /** @return exceptions that escaped a handler (must stay 0). */
    public long errors()
    {
        return errors.get();
    }

    /**
     * @return the first fatal failure (the journal could not be written), or null.
     */
    public Throwable failure()
    {
        return failure;
    }

    /** @return event bytes written to the journal this session. */
    public long bytesJournaled()
    {
        return journalAgent.bytesJournaled();
    }

    /**
     * The logic, for reading after {@link #close()} (its state belongs to the logic thread while running).
     *
     * @return the logic.
     */
    public BusinessLogic logic()
    {
        return logic;
    }

    /**
     * Waits until every input published so far has been journaled and processed, and its decisions journaled.
     *
     * @param timeoutMs how long to wait.
     * @return true if drained in time.
     */
    public boolean awaitDrained(final long timeoutMs)
    {
        final long deadline = System.currentTimeMillis() + timeoutMs;
        final long target = inbound.ring().getCursor();
        while (System.currentTimeMillis() < deadline)
        {
            if (logicProcessor.getSequence().get() >= target && decisions.pendingBytes() == 0)
            {
                return true;
            }
            Thread.onSpinWait();
            Thread.yield();
        }
        return false;
    }

    /**
     * Stops the timer, drains the ring through the journal and the logic, journals the last decisions and
     * closes the journal. Producers must have stopped publishing.
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        if (timer != null)
        {
            timer.close();
        }
        if (failure == null)
        {
            awaitDrained(30_000);
        }
        logicProcessor.halt();
        try
        {
            logicThread.join(10_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        journalRunner.close();
        journal.close();
    }

    private void onError(final Throwable t)
    {
        // The journaller failed (disk full, queue closed): nothing may reach the logic un-journaled, so the
        // engine stops taking input. Report the first failure; the run loop sees failure() and shuts down.
        if (errors.incrementAndGet() == 1)
        {
            failure = t;
            System.err.println("ringwall: journal failure, stopping: " + t);
        }
        journalAgent.halt();
    }

    private int encodeSessionStart(final UnsafeBuffer buffer, final long sequence)
    {
        final byte[] configBytes = config.text().getBytes(StandardCharsets.UTF_8);
        final ModelSource model = config.logic().analytics().model();
        final byte[] modelBytes = model == null || model.text() == null ? new byte[0] : model.text().getBytes(StandardCharsets.UTF_8);
        if (modelBytes.length > 65000)
        {
            throw new IllegalArgumentException("model file " + model.origin() + " is over 65,000 bytes: too large to journal");
        }
        buffer.wrap(ByteBuffer.allocateDirect(1024 + configBytes.length + modelBytes.length));
        final SessionStartEncoder start = new SessionStartEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder());
        start.header().receiveTimeNs(clock.nanoTime()).exchangeTimeNs(0).causeSequence(sequence).instrumentId(0).reserved(0);
        start.firstInputSequence(sequence + 1).engineVersion(VERSION);
        start.putConfigText(configBytes, 0, Math.min(configBytes.length, 65000));
        start.putModelText(modelBytes, 0, modelBytes.length);
        return MessageHeaderEncoder.ENCODED_LENGTH + start.encodedLength();
    }
}
