package io.ringwall.gateways.sim;

import java.util.Iterator;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulator's connected WebSocket clients: joined and left on event loops, walked by the timeline
 * thread for every played frame (a copy-on-write list: joins are rare, walks constant).
 */
final class SimClients implements Iterable<SimClient>
{
    private final CopyOnWriteArrayList<SimClient> clients = new CopyOnWriteArrayList<>();

    void add(final SimClient client)
    {
        clients.add(client);
    }

    void remove(final SimClient client)
    {
        clients.remove(client);
    }

    int size()
    {
        return clients.size();
    }

    @Override
    public Iterator<SimClient> iterator()
    {
        return clients.iterator();
    }
}
