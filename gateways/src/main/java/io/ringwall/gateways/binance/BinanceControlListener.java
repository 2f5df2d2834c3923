package io.ringwall.gateways.binance;

import io.ringwall.codecs.sbe.Venue;
import org.agrona.DirectBuffer;

/**
 * What a Binance connection's owner hears from its decoder besides market data: a planned server shutdown,
 * replies to its subscription requests and venue error objects. Called on the decoder's thread, never while
 * the decoder holds a claimed slot; buffer ranges are valid only during the call.
 */
public interface BinanceControlListener
{
    /** The id given to the listener when a reply's or error's {@code id} is absent, null or not an integer. */
    long NO_ID = Long.MIN_VALUE;

    /** A listener that ignores everything. */
    BinanceControlListener NO_OP = new BinanceControlListener()
    {
    };

    /**
     * Binance announced that it will close this connection soon ({@code serverShutdown}): reconnect now.
     *
     * @param venue          the decoder's venue.
     * @param exchangeTimeNs the event's time, or 0 if it had none.
     * @param receiveTimeNs  when the frame arrived.
     */
    default void onServerShutdown(final Venue venue, final long exchangeTimeNs, final long receiveTimeNs)
    {
    }

    /**
     * A reply to a SUBSCRIBE, UNSUBSCRIBE or LIST_SUBSCRIPTIONS request, e.g. {@code {"result":null,"id":1}}.
     *
     * @param id            the request id, or {@link #NO_ID}.
     * @param buffer        holding the frame.
     * @param resultOffset  where the raw JSON of {@code result} starts.
     * @param resultLength  its length ({@code null} for a successful SUBSCRIBE).
     * @param receiveTimeNs when the frame arrived.
     */
    default void onReply(final long id, final DirectBuffer buffer, final int resultOffset, final int resultLength, final long receiveTimeNs)
    {
    }

    /**
     * A venue error object: {@code {"code":-1121,"msg":"Invalid symbol."}}, or a request's
     * {@code {"error":{"code":2,"msg":"..."},"id":1}}. A RejectedInput (VENUE_ERROR) was published before this call.
     *
     * @param id            the request id, or {@link #NO_ID}.
     * @param code          the venue's error code, 0 if none was given.
     * @param buffer        holding the frame.
     * @param msgOffset     where the raw (still escaped) text of {@code msg} starts.
     * @param msgLength     its length, 0 if none was given.
     * @param receiveTimeNs when the frame arrived.
     */
    default void onError(
        final long id,
        final long code,
        final DirectBuffer buffer,
        final int msgOffset,
        final int msgLength,
        final long receiveTimeNs)
    {
    }
}
