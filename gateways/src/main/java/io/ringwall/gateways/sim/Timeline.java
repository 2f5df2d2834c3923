package io.ringwall.gateways.sim;

import java.util.List;
import java.util.Map;

/**
 * What the simulator plays: the recorded frames it will serve, in the order and at the times it serves
 * them, and a book per symbol positioned where the first of them begins.
 *
 * @param frames    the frames, merged across captures by receive time.
 * @param books     one book per symbol that has a usable snapshot, by upper-case symbol.
 * @param skipped   frames left out: before a symbol's book could be established, after a gap in the
 *                  recording that no later snapshot repaired, or of a symbol with no usable snapshot.
 * @param unusable  records that could not be read (malformed lines, frames that are not combined-stream frames).
 */
record Timeline(List<TimelineFrame> frames, Map<String, SimBook> books, long skipped, long unusable)
{
    /** @return the first frame's receive time, or 0 if there is none. */
    long startTimeNs()
    {
        return frames.isEmpty() ? 0 : frames.get(0).timeNs;
    }

    /** @return the last frame's receive time, or 0 if there is none. */
    long endTimeNs()
    {
        return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).timeNs;
    }
}
