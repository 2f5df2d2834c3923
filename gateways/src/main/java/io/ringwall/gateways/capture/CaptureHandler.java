package io.ringwall.gateways.capture;

import org.agrona.DirectBuffer;

/**
 * Receives a capture's records in file order. Buffers are valid only during the call.
 */
public interface CaptureHandler
{
    /**
     * A WebSocket frame as the recorder received it.
     *
     * @param buffer        the frame's bytes.
     * @param offset        where it starts.
     * @param length        its length.
     * @param receiveTimeNs the recorder's receive time.
     * @param line          1-based line number in its file.
     */
    void onFrame(DirectBuffer buffer, int offset, int length, long receiveTimeNs, long line);

    /**
     * A REST depth snapshot body.
     *
     * @param symbol        the symbol it was taken for (from the request URL or the capture's streams).
     * @param buffer        the body's bytes.
     * @param offset        where it starts.
     * @param length        its length.
     * @param receiveTimeNs the recorder's receive time.
     * @param line          1-based line number in its file.
     */
    void onSnapshot(String symbol, DirectBuffer buffer, int offset, int length, long receiveTimeNs, long line);

    /**
     * A line that is not a record of the format at all (cut short, garbage).
     *
     * @param buffer the line's bytes.
     * @param offset where it starts.
     * @param length its length.
     * @param line   1-based line number.
     * @param reason what is wrong with it.
     */
    void onMalformedLine(DirectBuffer buffer, int offset, int length, long line, String reason);
}
