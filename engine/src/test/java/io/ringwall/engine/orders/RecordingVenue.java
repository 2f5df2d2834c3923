package io.ringwall.engine.orders;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.venue.ExecutionVenue;

import java.util.ArrayList;
import java.util.List;

/**
 * A venue that only records what it is asked, so tests script the answers by calling the blotter.
 */
public final class RecordingVenue implements ExecutionVenue
{
    /** One submit or cancel. */
    public record Call(String kind, long clientOrderId, Side side, long price, long qty, int flags, long nowNs)
    {
    }

    public final List<Call> calls = new ArrayList<>();

    @Override
    public void submit(final long clientOrderId, final int instrumentId, final Side side, final long price, final long qty, final int flags, final long nowNs)
    {
        calls.add(new Call("submit", clientOrderId, side, price, qty, flags, nowNs));
    }

    @Override
    public void cancel(final long clientOrderId, final long nowNs)
    {
        calls.add(new Call("cancel", clientOrderId, null, 0, 0, 0, nowNs));
    }

    @Override
    public void onTime(final long nowNs)
    {
    }

    public Call last()
    {
        return calls.get(calls.size() - 1);
    }

    public List<Call> submits()
    {
        return calls.stream().filter(c -> c.kind().equals("submit")).toList();
    }
}
