package io.ringwall.engine.decision;

import io.ringwall.codecs.sbe.EventHeaderEncoder;

/**
 * The input being processed: its sequence and times are the logic's only clock and what every decision
 * it causes carries.
 */
public final class InputContext
{
    private long sequence;
    private long receiveTimeNs;
    private long exchangeTimeNs;
    private int templateId;

    public void set(final int templateId, final long sequence, final long receiveTimeNs, final long exchangeTimeNs)
    {
        this.templateId = templateId;
        this.sequence = sequence;
        this.receiveTimeNs = receiveTimeNs;
        this.exchangeTimeNs = exchangeTimeNs;
    }

    /** @return the input's sequence in the session's input stream. */
    public long sequence()
    {
        return sequence;
    }

    /** @return the input's receive time: the logic's "now". */
    public long nowNs()
    {
        return receiveTimeNs;
    }

    /** @return the venue's time of the input, or 0. */
    public long exchangeTimeNs()
    {
        return exchangeTimeNs;
    }

    /** @return the input's template id. */
    public int templateId()
    {
        return templateId;
    }

    /**
     * Fills a decision's header from this input.
     *
     * @param header       the decision's header encoder.
     * @param instrumentId the instrument the decision is about, or 0.
     */
    public void stamp(final EventHeaderEncoder header, final int instrumentId)
    {
        header.receiveTimeNs(receiveTimeNs).exchangeTimeNs(exchangeTimeNs).causeSequence(sequence)
            .instrumentId(instrumentId).reserved(0);
    }
}
