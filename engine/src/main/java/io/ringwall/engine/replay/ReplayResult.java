package io.ringwall.engine.replay;

/**
 * What a replay found.
 *
 * @param inputs            inputs fed to the logic.
 * @param decisions         decisions the logic produced.
 * @param digest            SHA-256 of the produced decisions.
 * @param recordedDecisions decisions found in the journal.
 * @param recordedDigest    SHA-256 of the journal's decisions.
 * @param firstDivergence   index (from 0) of the first decision that differs, or -1.
 * @param divergenceCause   the cause sequence of that decision, or -1.
 * @param stopped           true if the replay stopped early at a requested point.
 */
public record ReplayResult(
    long inputs,
    long decisions,
    String digest,
    long recordedDecisions,
    String recordedDigest,
    long firstDivergence,
    long divergenceCause,
    boolean stopped)
{
    /** @return true when the produced decisions are exactly the recorded ones. */
    public boolean match()
    {
        return digest.equals(recordedDigest) && decisions == recordedDecisions;
    }

    /**
     * @return true when the journal ends early (a killed writer) but every decision it holds was reproduced.
     */
    public boolean recordedIsPrefix()
    {
        return firstDivergence < 0 && recordedDecisions < decisions;
    }

    /** @return the result as one JSON object. */
    public String toJson()
    {
        return "{\"inputs\":" + inputs + ",\"decisions\":" + decisions + ",\"digest\":\"" + digest +
            "\",\"recordedDecisions\":" + recordedDecisions + ",\"recordedDigest\":\"" + recordedDigest +
            "\",\"match\":" + match() + ",\"recordedIsPrefix\":" + recordedIsPrefix() +
            ",\"firstDivergence\":" + (firstDivergence < 0 ? "null" :
            "{\"decision\":" + firstDivergence + ",\"causeSequence\":" + divergenceCause + "}") + "}";
    }
}
