package io.ringwall.engine.features;

/**
 * Receives each bar that {@link Bars} closes, with primitive arguments only.
 */
@FunctionalInterface
public interface BarListener
{
    /**
     * One closed bar.
     *
     * @param timeframe  the timeframe's index in {@link Bars}' timeframes (see {@link Bars#timeframeNs}).
     * @param openTimeNs the bar's start, an epoch multiple of the timeframe; it covers [open, open + timeframe).
     * @param open       the first trade's price mantissa.
     * @param high       the highest price mantissa.
     * @param low        the lowest price mantissa.
     * @param close      the last trade's price mantissa.
     * @param volume     the traded quantity mantissa.
     * @param buyVolume  the quantity mantissa bought by takers.
     * @param trades     the number of trades.
     * @param vwap       the volume-weighted average price in quote currency.
     */
    void onBar(int timeframe, long openTimeNs, long open, long high, long low, long close, long volume, long buyVolume,
        long trades, double vwap);
}
