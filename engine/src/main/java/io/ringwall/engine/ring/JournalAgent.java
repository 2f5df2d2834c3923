package io.ringwall.engine.ring;

import com.lmax.disruptor.EventPoller;
import io.ringwall.codecs.Events;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalAppender;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.MessageHandler;

/**
 * The journaller: the first consumer of the inbound ring. It stamps each input with its sequence in the
 * session's input stream and appends it to the journal before the business logic may see it, and it
 * appends the logic's decisions as they come back through the decision ring. Being the journal's only
 * writer, it needs no lock; it never waits on the logic, so the logic can always hand it decisions.
 */
public final class JournalAgent implements Agent
{
    private static final int DECISION_BATCH = 256;

    private final EventPoller<RingSlot> poller;
    private final DecisionRing decisions;
    private final Journal journal;
    private final long firstInputSequence;
    private final DirectBuffer sessionStart;
    private final int sessionStartLength;
    private JournalAppender appender;
    private volatile long bytesJournaled;
    private volatile boolean halted;
    private final EventPoller.Handler<RingSlot> inputHandler = this::onInput;
    private final MessageHandler decisionHandler = this::onDecision;
    private int inputsThisCycle;
    private volatile long inputsJournaled;
    private volatile long decisionsJournaled;

    /**
     * @param poller             a poller on the inbound ring.
     * @param decisions          the logic's decisions.
     * @param journal            the journal; the agent opens its own appender on its own thread.
     * @param firstInputSequence the sequence the ring's first event gets in the session's input stream.
     * @param sessionStart       the session's start record, written first.
     * @param sessionStartLength its length.
     */
    public JournalAgent(
        final EventPoller<RingSlot> poller,
        final DecisionRing decisions,
        final Journal journal,
        final long firstInputSequence,
        final DirectBuffer sessionStart,
        final int sessionStartLength)
    {
        this.poller = poller;
        this.decisions = decisions;
        this.journal = journal;
        this.firstInputSequence = firstInputSequence;
        this.sessionStart = sessionStart;
        this.sessionStartLength = sessionStartLength;
    }

    @Override
    public void onStart()
    {
        // The journal's one appender lives on this thread: everything, the session record included, is
        // written from here, so the journal has a single writer and needs no lock.
        appender = journal.appender();
        appender.append(sessionStart, 0, sessionStartLength);
        bytesJournaled += sessionStartLength;
        inputsJournaled++;
    }

    @Override
    public int doWork() throws Exception
    {
        if (halted)
        {
            return 0;
        }
        inputsThisCycle = 0;
        poller.poll(inputHandler);
        final int work = inputsThisCycle + decisions.drain(decisionHandler, DECISION_BATCH);
        return work;
    }

    /**
     * Stops journaling for good after a failure: the logic then receives nothing more, since nothing may
     * reach it un-journaled.
     */
    public void halt()
    {
        halted = true;
    }

    @Override
    public void onClose()
    {
        if (halted)
        {
            return;
        }
        // The logic has stopped before the agent is closed: journal whatever decisions it left.
        while (decisions.drain(decisionHandler, DECISION_BATCH) > 0)
        {
            Thread.onSpinWait();
        }
        if (appender != null)
        {
            appender.close();
        }
    }

    @Override
    public String roleName()
    {
        return "ringwall-journaller";
    }

    /** @return inputs appended so far. */
    public long inputsJournaled()
    {
        return inputsJournaled;
    }

    /** @return event bytes appended so far (Chronicle adds a few bytes of header per entry). */
    public long bytesJournaled()
    {
        return bytesJournaled;
    }

    /** @return decisions appended so far. */
    public long decisionsJournaled()
    {
        return decisionsJournaled;
    }

    private boolean onInput(final RingSlot slot, final long sequence, final boolean endOfBatch)
    {
        Events.causeSequence(slot.buffer, 0, firstInputSequence + sequence);
        appender.append(slot.buffer, 0, slot.length);
        bytesJournaled += slot.length;
        inputsThisCycle++;
        inputsJournaled++;
        return true;
    }

    private void onDecision(final int msgTypeId, final DirectBuffer buffer, final int index, final int length)
    {
        appender.append(buffer, index, length);
        bytesJournaled += length;
        decisionsJournaled++;
    }
}
