package io.ringwall.gateways.binance;

/**
 * What a {@link BinanceDecoder} has seen, as plain counters for its own thread; a metrics agent on another
 * thread may read them stale but never torn on a 64-bit JVM.
 */
public final class BinanceDecoderCounters
{
    long frames;
    long snapshots;
    long bytes;
    long events;
    long rejected;
    long ignored;
    long control;
    long dropped;

    /**
     * @return WebSocket frames given to {@link BinanceDecoder#onFrame}.
     */
    public long frames()
    {
        return frames;
    }

    /**
     * @return REST snapshot bodies given to {@link BinanceDecoder#onSnapshot}.
     */
    public long snapshots()
    {
        return snapshots;
    }

    /**
     * @return bytes of frames and snapshot bodies given to the decoder.
     */
    public long bytes()
    {
        return bytes;
    }

    /**
     * @return market-data events published: book parts, trades and book tickers.
     */
    public long events()
    {
        return events;
    }

    /**
     * @return RejectedInputs published: malformed or impossible inputs and venue error objects.
     */
    public long rejected()
    {
        return rejected;
    }

    /**
     * @return well-formed frames that publish nothing by design: streams the engine does not use (klines, tickers,
     * partial depth) and subscription replies.
     */
    public long ignored()
    {
        return ignored;
    }

    /**
     * @return frames handed to the control listener: serverShutdown, subscription replies and venue errors (so a
     * reply counts as ignored too, and an error as rejected too).
     */
    public long control()
    {
        return control;
    }

    /**
     * @return frames (or the rest of frames) lost because the sink had no slot for them.
     */
    public long dropped()
    {
        return dropped;
    }

    @Override
    public String toString()
    {
        return "frames=" + frames + " snapshots=" + snapshots + " bytes=" + bytes + " events=" + events +
            " rejected=" + rejected + " ignored=" + ignored + " control=" + control + " dropped=" + dropped;
    }
}
