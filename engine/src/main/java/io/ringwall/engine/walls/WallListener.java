package io.ringwall.engine.walls;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.WallChange;

/**
 * Receives every wall change, with primitive arguments only so that reporting a change allocates nothing;
 * called on the business-logic thread from inside {@link WallTracker#evaluate}.
 */
@FunctionalInterface
public interface WallListener
{
    /** A listener that ignores every change. */
    WallListener NONE = (instrumentId, timeNs, wallId, side, change, lowPrice, highPrice, levels, size, peakSize,
        notional, distanceBps, ageNs, tradedQty, tradedFraction) -> {};

    /**
     * One change of one wall.
     *
     * @param instrumentId   the tracker's instrument.
     * @param timeNs         the event time of the evaluation that saw the change.
     * @param wallId         the wall's id: 1, 2, 3... per instrument in order of appearance, never reused.
     * @param side           the book side the wall rests on.
     * @param change         what happened.
     * @param lowPrice       the wall's lowest price level (mantissa).
     * @param highPrice      the wall's highest price level (mantissa); equal to {@code lowPrice} for one level.
     * @param levels         the number of price levels in the wall.
     * @param size           its size now (base quantity mantissa): for an ended wall, what still rests at its prices.
     * @param peakSize       the largest size it was seen with.
     * @param notional       Σ price·qty of {@code size}, in quote currency.
     * @param distanceBps    from mid to the wall's near edge, in basis points of mid, positive while the wall is on
     *                       its own side of mid (negative when the price has gone through it); NaN with a one-sided book.
     * @param ageNs          nanoseconds since it appeared (0 for APPEARED).
     * @param tradedQty      quantity traded at its prices since it appeared.
     * @param tradedFraction for an ended wall, {@code tradedQty / (peakSize - size)} (above 1 when it was refilled,
     *                       NaN when nothing was removed); NaN for changes that do not end it.
     */
    void onWallChange(
        int instrumentId,
        long timeNs,
        long wallId,
        Side side,
        WallChange change,
        long lowPrice,
        long highPrice,
        int levels,
        long size,
        long peakSize,
        double notional,
        double distanceBps,
        long ageNs,
        long tradedQty,
        double tradedFraction);
}
