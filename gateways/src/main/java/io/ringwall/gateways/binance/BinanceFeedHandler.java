package io.ringwall.gateways.binance;

import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import org.agrona.DirectBuffer;

/**
 * What a Binance gateway delivers, always on its event-loop thread: raw frames, raw snapshot bodies and
 * its own status. The engine decodes them into the ring; the recorder writes them to a capture file.
 */
public interface BinanceFeedHandler
{
    /**
     * A WebSocket text frame; the buffer is valid only during the call.
     */
    void onFrame(DirectBuffer buffer, int offset, int length, long receiveTimeNs);

    /**
     * A REST depth snapshot body (HTTP 200) for one instrument.
     */
    void onSnapshot(Instrument instrument, DirectBuffer buffer, int offset, int length, long receiveTimeNs);

    /**
     * A change in the gateway's connection or snapshot life.
     *
     * @param code          what happened.
     * @param instrumentId  the instrument, or 0 for the connection.
     * @param detail        delay ms, HTTP status or attempt.
     * @param text          a short note for the operator (never a secret).
     * @param receiveTimeNs when.
     */
    void onStatus(GatewayStatusCode code, int instrumentId, long detail, String text, long receiveTimeNs);
}
