package io.ringwall.engine.walls;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.WallChange;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every wall change for assertions, each also as a compact line ("BID APPEARED #1 995..995 lv=1 size=60
 * peak=60 traded=0") so that a test can state an exact expected sequence.
 */
final class RecordingWallListener implements WallListener
{
    record Event(
        int instrumentId, long timeNs, long wallId, Side side, WallChange change, long lowPrice, long highPrice, int levels,
        long size, long peakSize, double notional, double distanceBps, long ageNs, long tradedQty, double tradedFraction)
    {
        String line()
        {
            return side + " " + change + " #" + wallId + " " + lowPrice + ".." + highPrice + " lv=" + levels + " size=" + size +
                " peak=" + peakSize + " traded=" + tradedQty;
        }
    }

    private final List<Event> events = new ArrayList<>();

    @Override
    public void onWallChange(
        final int instrumentId, final long timeNs, final long wallId, final Side side, final WallChange change,
        final long lowPrice, final long highPrice, final int levels, final long size, final long peakSize,
        final double notional, final double distanceBps, final long ageNs, final long tradedQty, final double tradedFraction)
    {
        events.add(new Event(instrumentId, timeNs, wallId, side, change, lowPrice, highPrice, levels, size, peakSize, notional,
            distanceBps, ageNs, tradedQty, tradedFraction));
    }

    /** @return the changes since the last call, as lines, and forgets them. */
    List<String> take()
    {
        final List<String> lines = new ArrayList<>();
        for (final Event e : events)
        {
            lines.add(e.line());
        }
        events.clear();
        return lines;
    }

    /** @return the changes since the last {@link #take()} or {@link #takeEvents()}, and forgets them. */
    List<Event> takeEvents()
    {
        final List<Event> taken = new ArrayList<>(events);
        events.clear();
        return taken;
    }
}
