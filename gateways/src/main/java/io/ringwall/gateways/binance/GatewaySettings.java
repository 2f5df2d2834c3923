package io.ringwall.gateways.binance;

import io.ringwall.codecs.sbe.Venue;

import java.net.URI;

/**
 * One Binance gateway's connection settings.
 *
 * @param venue               binance, binance-usdm or binance-coinm.
 * @param wsUrl               combined-stream endpoint (…/stream); ws:// for loopback, wss:// for the venue.
 * @param restUrl             REST base URL.
 * @param depthStream         diff-depth stream suffix (depth@100ms…).
 * @param tradeStream         trade, aggTrade or none.
 * @param bookTicker          subscribe to bookTicker.
 * @param snapshotLimit       snapshot levels per side.
 * @param restWeightPerMinute REST weight budget per minute.
 * @param reconnectDelayMs    first reconnect delay.
 * @param reconnectMaxDelayMs largest reconnect delay.
 * @param stallTimeoutMs      silence that means a dead connection.
 * @param maxConnectionAgeMs  planned reconnect before the venue's 24 h cut.
 */
public record GatewaySettings(
    Venue venue,
    URI wsUrl,
    URI restUrl,
    String depthStream,
    String tradeStream,
    boolean bookTicker,
    int snapshotLimit,
    int restWeightPerMinute,
    long reconnectDelayMs,
    long reconnectMaxDelayMs,
    long stallTimeoutMs,
    long maxConnectionAgeMs)
{
    /**
     * @return the REST path of the depth snapshot for the venue.
     */
    public String depthPath()
    {
        switch (venue)
        {
            case BINANCE_USDM: return "/fapi/v1/depth";
            case BINANCE_COINM: return "/dapi/v1/depth";
            default: return "/api/v3/depth";
        }
    }

    /**
     * Binance's request weight of a depth snapshot: spot charges 5 up to 100 levels, 25 up to 500, 50 up
     * to 1000 and 250 up to 5000 (futures charge less; the spot table is the safe side).
     *
     * @return the weight one snapshot request costs.
     */
    public int snapshotWeight()
    {
        if (snapshotLimit <= 100)
        {
            return 5;
        }
        if (snapshotLimit <= 500)
        {
            return 25;
        }
        if (snapshotLimit <= 1000)
        {
            return 50;
        }
        return 250;
    }
}
