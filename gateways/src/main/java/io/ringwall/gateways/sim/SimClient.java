package io.ringwall.gateways.sim;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket client of the simulator: its subscriptions (combined-stream or raw mode), whether a fault
 * has stalled it, and the sending of played frames to it. Subscriptions change on the connection's event
 * loop and are read by the timeline thread.
 */
final class SimClient
{
    private static final Logger LOG = LoggerFactory.getLogger(SimClient.class);

    private final Channel channel;
    private final boolean raw;
    /** Stream key to the name the client used, for LIST_SUBSCRIPTIONS. */
    private final Map<String, String> subscriptions = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile long stalledUntilNs;
    /** Written to since the last flush; touched by the timeline thread only. */
    boolean dirty;

    SimClient(final Channel channel, final boolean raw)
    {
        this.channel = channel;
        this.raw = raw;
    }

    Channel channel()
    {
        return channel;
    }

    /** @return true if frames go out without the combined-stream wrapper ({@code /ws/<stream>}). */
    boolean raw()
    {
        return raw;
    }

    void subscribe(final String stream)
    {
        subscriptions.put(StreamNames.key(stream), stream);
    }

    void unsubscribe(final String stream)
    {
        subscriptions.remove(StreamNames.key(stream));
    }

    boolean hasSubscriptions()
    {
        return !subscriptions.isEmpty();
    }

    List<String> subscriptions()
    {
        return new ArrayList<>(subscriptions.values());
    }

    /**
     * Cuts the client off (frames, pings, pongs) until a time, as a dead network path would.
     *
     * @param untilNs {@link System#nanoTime()} at which it ends.
     */
    void stallUntil(final long untilNs)
    {
        stalledUntilNs = untilNs;
    }

    boolean stalled(final long nowNs)
    {
        final long until = stalledUntilNs;
        return until != 0 && nowNs - until < 0;
    }

    /** @return true the first time only: the caller is the one closing the connection. */
    boolean markClosing()
    {
        return closing.compareAndSet(false, true);
    }

    boolean closing()
    {
        return closing.get();
    }

    /**
     * Sends a played frame if the client subscribed to its stream. A client whose unsent backlog passed the
     * channel's high-water mark is dropped instead: one slow reader must never hold up the timeline.
     *
     * @param frame the frame.
     * @param nowNs {@link System#nanoTime()}.
     * @param stats counted here.
     */
    void deliver(final TimelineFrame frame, final long nowNs, final SimulatorStats stats)
    {
        if (!subscriptions.containsKey(frame.key) || closing.get())
        {
            return;
        }
        if (stalled(nowNs))
        {
            stats.framesStalled.incrementAndGet();
            return;
        }
        if (!channel.isWritable())
        {
            if (markClosing())
            {
                stats.slowClientsDisconnected.incrementAndGet();
                LOG.warn("simulator: dropping slow client {}: {} bytes waiting", channel.remoteAddress(),
                    channel.unsafe().outboundBuffer() == null ? -1 : channel.unsafe().outboundBuffer().totalPendingWriteBytes());
                channel.close();
            }
            return;
        }
        final ByteBuf content = raw ?
            Unpooled.wrappedBuffer(frame.bytes, frame.dataOffset, frame.dataLength) :
            Unpooled.wrappedBuffer(frame.bytes);
        stats.framesSent.incrementAndGet();
        channel.write(new TextWebSocketFrame(content), channel.voidPromise());
        dirty = true;
    }

    /** Flushes what {@link #deliver} wrote since the last flush. */
    void flushIfDirty()
    {
        if (dirty)
        {
            dirty = false;
            channel.flush();
        }
    }
}
