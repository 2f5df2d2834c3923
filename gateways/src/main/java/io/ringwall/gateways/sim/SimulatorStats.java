package io.ringwall.gateways.sim;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The exchange simulator's counters, readable from any thread while it runs: what it played and sent,
 * what its faults dropped, the connections and REST calls it served.
 */
public final class SimulatorStats
{
    final AtomicLong timelineFrames = new AtomicLong();
    final AtomicLong framesSkippedAtLoad = new AtomicLong();
    final AtomicLong framesPlayed = new AtomicLong();
    final AtomicLong framesSent = new AtomicLong();
    final AtomicLong framesDropped = new AtomicLong();
    final AtomicLong framesStalled = new AtomicLong();
    final AtomicLong tcpConnectionsAccepted = new AtomicLong();
    final AtomicLong connectionsAccepted = new AtomicLong();
    final AtomicLong connectionsClosed = new AtomicLong();
    final AtomicLong connectionsKilled = new AtomicLong();
    final AtomicLong slowClientsDisconnected = new AtomicLong();
    final AtomicLong pingsSent = new AtomicLong();
    final AtomicLong pongsReceived = new AtomicLong();
    final AtomicLong controlMessages = new AtomicLong();
    final AtomicLong stalls = new AtomicLong();
    final AtomicLong serverShutdownsSent = new AtomicLong();
    final AtomicLong restRequests = new AtomicLong();
    final AtomicLong snapshotsServed = new AtomicLong();
    final AtomicLong restErrorsServed = new AtomicLong();
    final AtomicLong restDelayed = new AtomicLong();

    SimulatorStats()
    {
    }

    /** @return frames on the timeline (after leaving out what comes before each book is established). */
    public long timelineFrames()
    {
        return timelineFrames.get();
    }

    /** @return recorded frames left out of the timeline because no snapshot could make them consistent. */
    public long framesSkippedAtLoad()
    {
        return framesSkippedAtLoad.get();
    }

    /** @return timeline frames whose due time has passed (they advanced the books, sent or not). */
    public long framesPlayed()
    {
        return framesPlayed.get();
    }

    /** @return frame deliveries: one per frame per subscribed client. */
    public long framesSent()
    {
        return framesSent.get();
    }

    /** @return played frames kept off the wire by {@link SimulatorFaults#dropNextFrames}. */
    public long framesDropped()
    {
        return framesDropped.get();
    }

    /** @return deliveries lost to a stalled client ({@link SimulatorFaults#stall}). */
    public long framesStalled()
    {
        return framesStalled.get();
    }

    /** @return TCP connections accepted, REST and WebSocket. */
    public long tcpConnectionsAccepted()
    {
        return tcpConnectionsAccepted.get();
    }

    /** @return WebSocket sessions opened (handshake completed). */
    public long connectionsAccepted()
    {
        return connectionsAccepted.get();
    }

    /** @return WebSocket sessions ended, for any reason. */
    public long connectionsClosed()
    {
        return connectionsClosed.get();
    }

    /** @return WebSocket sessions ended by a fault (close, graceful close, server shutdown). */
    public long connectionsKilled()
    {
        return connectionsKilled.get();
    }

    /** @return clients dropped because their unsent backlog outgrew the bound. */
    public long slowClientsDisconnected()
    {
        return slowClientsDisconnected.get();
    }

    /** @return server ping frames sent. */
    public long pingsSent()
    {
        return pingsSent.get();
    }

    /** @return pong frames received from clients. */
    public long pongsReceived()
    {
        return pongsReceived.get();
    }

    /** @return JSON requests (SUBSCRIBE…) received over WebSocket. */
    public long controlMessages()
    {
        return controlMessages.get();
    }

    /** @return stalls injected. */
    public long stalls()
    {
        return stalls.get();
    }

    /** @return serverShutdown notices sent (one per client). */
    public long serverShutdownsSent()
    {
        return serverShutdownsSent.get();
    }

    /** @return HTTP requests answered (not WebSocket upgrades). */
    public long restRequests()
    {
        return restRequests.get();
    }

    /** @return depth snapshots answered with 200. */
    public long snapshotsServed()
    {
        return snapshotsServed.get();
    }

    /** @return REST answers replaced by an injected error. */
    public long restErrorsServed()
    {
        return restErrorsServed.get();
    }

    /** @return REST answers held back by an injected delay. */
    public long restDelayed()
    {
        return restDelayed.get();
    }

    @Override
    public String toString()
    {
        return "played " + framesPlayed + "/" + timelineFrames + " (skipped at load " + framesSkippedAtLoad + ")" +
            ", sent " + framesSent + ", dropped " + framesDropped + ", stalled " + framesStalled +
            ", ws sessions " + connectionsAccepted + " opened/" + connectionsClosed + " closed (" + connectionsKilled + " killed, " +
            slowClientsDisconnected + " slow), pings " + pingsSent + ", pongs " + pongsReceived +
            ", REST " + restRequests + " (" + snapshotsServed + " snapshots, " + restErrorsServed + " errors, " + restDelayed + " delayed)";
    }
}
