package io.ringwall.engine.portfolio;

import io.ringwall.codecs.sbe.Side;

/**
 * One strategy's position in one instrument: signed quantity, average entry price, realized PnL and fees, and
 * unrealized PnL marked to the latest mid; it also tracks the open round trip and records it in the
 * {@link TradeLog} when the position returns to flat. Allocation-free after construction.
 * <p>
 * Average entry price is the volume-weighted price of the fills that built the current position; reductions
 * realize (fill - average) * closed quantity and leave the average unchanged; a flip realizes the whole old
 * position and starts the remainder at the fill price. Fees are kept apart from realized PnL.
 */
public final class Position
{
    private final int strategyId;
    private final int instrumentId;
    private final QuoteScale scale;
    private final TradeLog trades;

    private long qty;
    private double averagePrice;
    private double realizedPnl;
    private double fees;
    private long mark;
    private double tradedNotional;

    // the open round trip
    private long tradeEntryNs;
    private long tradeEntryQty;
    private double tradeEntryValue;
    private long tradeExitQty;
    private double tradeExitValue;
    private double tradePnl;
    private double tradeFees;

    Position(final int strategyId, final int instrumentId, final QuoteScale scale, final TradeLog trades)
    {
        this.strategyId = strategyId;
        this.instrumentId = instrumentId;
        this.scale = scale;
        this.trades = trades;
    }

    void onFill(final Side side, final long price, final long fillQty, final double fee, final long nowNs)
    {
        final long signed = side == Side.BID ? fillQty : -fillQty;
        tradedNotional += tradedNotionalOf(price, fillQty);
        if (mark == 0)
        {
            mark = price; // until the first mid arrives, the fill is the best mark we have
        }
        if (qty == 0 || (qty > 0) == (signed > 0))
        {
            open(price, fillQty, signed, fee, nowNs);
            return;
        }
        final long held = Math.abs(qty);
        final long closing = Math.min(fillQty, held);
        final double closingFee = closing == fillQty ? fee : fee * closing / fillQty;
        final double pnl = scale.toQuote((price - averagePrice) * closing * Long.signum(qty));
        realizedPnl += pnl;
        fees += closingFee;
        tradePnl += pnl;
        tradeFees += closingFee;
        tradeExitQty += closing;
        tradeExitValue += (double)price * closing;
        if (closing < held)
        {
            qty += signed;
            return;
        }
        trades.record(strategyId, instrumentId, qty > 0, tradeEntryNs, nowNs,
            tradeEntryValue / tradeEntryQty, tradeExitValue / tradeExitQty, tradeEntryQty, tradePnl, tradeFees);
        qty = 0;
        averagePrice = 0;
        if (fillQty > closing)
        {
            final long rest = fillQty - closing;
            open(price, rest, signed > 0 ? rest : -rest, fee - closingFee, nowNs);
        }
    }

    private void open(final long price, final long addQty, final long signed, final double fee, final long nowNs)
    {
        if (qty == 0)
        {
            tradeEntryNs = nowNs;
            tradeEntryQty = 0;
            tradeEntryValue = 0;
            tradeExitQty = 0;
            tradeExitValue = 0;
            tradePnl = 0;
            tradeFees = 0;
        }
        final long held = Math.abs(qty);
        averagePrice = (averagePrice * held + (double)price * addQty) / (held + addQty);
        qty += signed;
        fees += fee;
        tradeFees += fee;
        tradeEntryQty += addQty;
        tradeEntryValue += (double)price * addQty;
    }

    double tradedNotionalOf(final long price, final long fillQty)
    {
        return scale.toQuote((double)price * fillQty);
    }

    void onMark(final long mid)
    {
        mark = mid;
    }

    /** @return the strategy holding this position. */
    public int strategyId()
    {
        return strategyId;
    }

    /** @return the instrument. */
    public int instrumentId()
    {
        return instrumentId;
    }

    /** @return signed quantity mantissa: positive long, negative short. */
    public long qty()
    {
        return qty;
    }

    /** @return volume-weighted entry price of the current position, price mantissa; 0 when flat. */
    public double averagePrice()
    {
        return averagePrice;
    }

    /** @return PnL realized by reductions so far, before fees, quote currency. */
    public double realizedPnl()
    {
        return realizedPnl;
    }

    /** @return fees paid so far, quote currency (negative for net rebates). */
    public double fees()
    {
        return fees;
    }

    /** @return the latest mid (or the first fill price before any mid), price mantissa; 0 before either. */
    public long mark()
    {
        return mark;
    }

    /** @return (mark - average price) * qty in quote currency; 0 when flat. */
    public double unrealizedPnl()
    {
        return qty == 0 ? 0.0 : scale.toQuote((mark - averagePrice) * qty);
    }

    /** @return realized + unrealized - fees, quote currency. */
    public double totalPnl()
    {
        return realizedPnl + unrealizedPnl() - fees;
    }

    /** @return qty * mark in quote currency, signed. */
    public double marketValue()
    {
        return scale.toQuote((double)mark * qty);
    }

    /** @return the sum of |price * qty| of every fill, quote currency (for turnover). */
    public double tradedNotional()
    {
        return tradedNotional;
    }
}
