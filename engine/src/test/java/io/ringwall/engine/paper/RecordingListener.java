package io.ringwall.engine.paper;

import io.ringwall.engine.venue.ExecutionListener;
import io.ringwall.engine.venue.RejectCode;

import java.util.ArrayList;
import java.util.List;

/** Records venue events as short lines, mantissas as they come, for exact comparisons. */
final class RecordingListener implements ExecutionListener
{
    final List<String> events = new ArrayList<>();
    final List<Double> fees = new ArrayList<>();

    @Override
    public void onAccepted(final long clientOrderId, final long nowNs)
    {
        events.add("accepted " + clientOrderId + " @" + nowNs);
    }

    @Override
    public void onRejected(final long clientOrderId, final int reason, final long nowNs)
    {
        events.add("rejected " + clientOrderId + " " + RejectCode.name(reason) + " @" + nowNs);
    }

    @Override
    public void onFill(
        final long clientOrderId, final long price, final long qty, final long leavesQty, final boolean maker, final double fee, final long nowNs)
    {
        events.add("fill " + clientOrderId + " " + qty + "@" + price + " leaves " + leavesQty + (maker ? " maker" : " taker") + " @" + nowNs);
        fees.add(fee);
    }

    @Override
    public void onCancelled(final long clientOrderId, final long leavesQty, final long nowNs)
    {
        events.add("cancelled " + clientOrderId + " leaves " + leavesQty + " @" + nowNs);
    }

    List<String> drain()
    {
        final List<String> copy = new ArrayList<>(events);
        events.clear();
        return copy;
    }
}
