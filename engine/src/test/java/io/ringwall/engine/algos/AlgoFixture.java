package io.ringwall.engine.algos;

import io.ringwall.engine.orders.ClientOrderIds;
import io.ringwall.engine.orders.OrderBlotter;
import io.ringwall.engine.orders.RecordingVenue;

import java.util.ArrayList;
import java.util.List;

/**
 * A blotter over a recording venue and a recorder of finished parents, for scripting algorithm schedules.
 */
final class AlgoFixture
{
    record Finished(long parentId, int state, int outcome, long filledQty, double avgPrice, long nowNs)
    {
    }

    final RecordingVenue venue = new RecordingVenue();
    final OrderBlotter orders = new OrderBlotter(64, new ClientOrderIds(1), null);
    final List<Finished> finished = new ArrayList<>();
    final AlgoListener listener = (parentId, state, outcome, filledQty, avgPrice, nowNs) ->
        finished.add(new Finished(parentId, state, outcome, filledQty, avgPrice, nowNs));

    AlgoFixture()
    {
        orders.connect(venue);
    }

    RecordingVenue.Call lastSubmit()
    {
        final List<RecordingVenue.Call> submits = venue.submits();
        return submits.get(submits.size() - 1);
    }

    /** Accepts the last submitted order and fills {@code qty} of it at {@code price}. */
    void acceptAndFill(final long price, final long qty, final long nowNs)
    {
        final RecordingVenue.Call order = lastSubmit();
        orders.onAccepted(order.clientOrderId(), nowNs);
        if (qty > 0)
        {
            orders.onFill(order.clientOrderId(), price, qty, order.qty() - qty, false, 0.0, nowNs);
        }
    }
}
