package io.ringwall.engine.logic;

/**
 * Engine-wide counts kept by the business logic.
 */
public final class LogicCounters
{
    long inputs;
    long rejected;
    long timerTicks;
    long unreadable;
    long unknownTemplates;
    long undefinedInstrument;
    long operatorCommands;
    long ignoredOperatorCommands;

    /** @return inputs processed. */
    public long inputs()
    {
        return inputs;
    }

    /** @return rejected inputs seen (malformed frames and impossible values), attributed or not. */
    public long rejected()
    {
        return rejected;
    }

    /** @return timer ticks seen. */
    public long timerTicks()
    {
        return timerTicks;
    }

    /** @return byte ranges that were not events of this schema. */
    public long unreadable()
    {
        return unreadable;
    }

    /** @return inputs of templates this version does not know (from a newer writer), skipped. */
    public long unknownTemplates()
    {
        return unknownTemplates;
    }

    /** @return market data for instrument ids never defined. */
    public long undefinedInstrument()
    {
        return undefinedInstrument;
    }

    /** @return operator commands seen (ringwall ctl), applied or not. */
    public long operatorCommands()
    {
        return operatorCommands;
    }

    /** @return operator commands not applied: trading disabled, or a command this version does not know. */
    public long ignoredOperatorCommands()
    {
        return ignoredOperatorCommands;
    }
}
