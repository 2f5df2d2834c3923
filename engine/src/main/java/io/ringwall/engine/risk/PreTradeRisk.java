package io.ringwall.engine.risk;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;

import java.util.Arrays;

/**
 * The gate every order intent passes before it reaches a venue. {@link #check} evaluates, in this order, and
 * returns the first {@link RiskReason} that fails, or {@link RiskReason#ACCEPT}:
 * <ol>
 *   <li>HALTED: the kill switch is HALTED, unless a flatten is under way and the order reduces;</li>
 *   <li>REDUCE_ONLY: the kill switch is REDUCING and the order does not reduce;</li>
 *   <li>BOOK_NOT_LIVE, BOOK_STALE: the book is not LIVE, or older than {@code maxBookAgeNs} (equal passes);</li>
 *   <li>ORDER_QTY (also a quantity not above 0), ORDER_NOTIONAL: against the instrument's limits;</li>
 *   <li>PRICE_BAND: {@code |price - mid| > band · mid / 10,000} (also no usable mid, or a price not above 0);</li>
 *   <li>SELF_CROSS: a buy at or above our best resting ask, a sell at or below our best resting bid;</li>
 *   <li>POSITION_LIMIT: {@code |position + signed qty| > maxPosition}, unless the order reduces;</li>
 *   <li>GROSS_EXPOSURE: {@code grossExposure + notional > maxGrossExposure}, unless the order reduces;</li>
 *   <li>OPEN_ORDERS: {@code openOrders >= maxOpenOrders};</li>
 *   <li>RATE_LIMIT: no whole token in the bucket. The token is spent only when the order is accepted.</li>
 * </ol>
 * An order reduces when it is against a non-zero position and no larger than it (toward zero, never through).
 * Each check is "within the limit passes": a value equal to its limit is accepted. The rate limiter is one bucket
 * for all instruments (a venue's limit is per account); open orders and gross exposure are whatever totals the
 * caller passes. The inputs, the verdict and the failing figure against its limit are kept in fields
 * ({@code last...}) for the caller to journal. Allocation-free after {@link #defineInstrument}.
 */
public final class PreTradeRisk
{
    /** Passed as our best resting bid or ask when we have none on that side ({@link OrderBook#NULL_PRICE}). */
    public static final long NO_ORDER = OrderBook.NULL_PRICE;

    private final RiskSettings settings;
    private final KillSwitch killSwitch;
    private final OrderRateLimiter rateLimiter;
    private InstrumentRiskLimits[] limits = new InstrumentRiskLimits[16];

    private int lastInstrumentId;
    private Side lastSide;
    private long lastPrice;
    private long lastQty;
    private int lastPriceExponent;
    private int lastQtyExponent;
    private double lastMid;
    private boolean lastBookLive;
    private long lastBookAgeNs;
    private long lastPosition;
    private double lastGrossExposure;
    private int lastOpenOrders;
    private long lastOurBestBid;
    private long lastOurBestAsk;
    private long lastNowNs;
    private boolean lastReducing;
    private double lastNotional;
    private int lastVerdict;
    private double lastMeasured;
    private double lastLimit;
    private long accepted;
    private long rejected;

    /**
     * @param settings   the limits.
     * @param killSwitch the kill switch whose state gates every order.
     */
    public PreTradeRisk(final RiskSettings settings, final KillSwitch killSwitch)
    {
        if (settings == null || killSwitch == null)
        {
            throw new IllegalArgumentException((settings == null ? "settings" : "killSwitch") + " must not be null");
        }
        this.settings = settings;
        this.killSwitch = killSwitch;
        this.rateLimiter = new OrderRateLimiter(settings.orderBurst(), settings.nsPerOrderToken());
    }

    /**
     * Looks up an instrument's limits by symbol; an instrument never defined is checked against the default limits.
     * Call at set-up, not on the hot path.
     *
     * @param instrumentId the instrument, above 0.
     * @param symbol       its venue symbol.
     */
    public void defineInstrument(final int instrumentId, final String symbol)
    {
        if (instrumentId <= 0)
        {
            throw new IllegalArgumentException("instrumentId must be above 0, was " + instrumentId);
        }
        if (instrumentId >= limits.length)
        {
            limits = Arrays.copyOf(limits, Math.max(limits.length * 2, instrumentId + 1));
        }
        limits[instrumentId] = settings.limitsFor(symbol);
    }

    /**
     * Checks one order intent and, when it is accepted, spends a rate-limit token.
     *
     * @param instrumentId  the instrument.
     * @param side          BID buys, ASK sells.
     * @param price         the limit price mantissa.
     * @param qty           the quantity mantissa.
     * @param priceExponent the instrument's price exponent, in [-18, 0].
     * @param qtyExponent   the instrument's quantity exponent, in [-18, 0].
     * @param mid           the book's mid price (a price, not a mantissa); NaN when unknown.
     * @param bookLive      whether the book is LIVE.
     * @param bookAgeNs     event time since the book's last update.
     * @param position      our position, signed quantity mantissa (positive long).
     * @param grossExposure our gross exposure now, quote.
     * @param openOrders    our open orders now.
     * @param ourBestBid    the price mantissa of our highest resting buy on this instrument, or {@link #NO_ORDER}.
     * @param ourBestAsk    the price mantissa of our lowest resting sell on this instrument, or {@link #NO_ORDER}.
     * @param nowNs         the event time.
     * @return {@link RiskReason#ACCEPT} or the first failing reason.
     */
    public int check(
        final int instrumentId,
        final Side side,
        final long price,
        final long qty,
        final int priceExponent,
        final int qtyExponent,
        final double mid,
        final boolean bookLive,
        final long bookAgeNs,
        final long position,
        final double grossExposure,
        final int openOrders,
        final long ourBestBid,
        final long ourBestAsk,
        final long nowNs)
    {
        if (side != Side.BID && side != Side.ASK)
        {
            throw new IllegalArgumentException("side must be BID or ASK, was " + side);
        }
        lastInstrumentId = instrumentId;
        lastSide = side;
        lastPrice = price;
        lastQty = qty;
        lastPriceExponent = priceExponent;
        lastQtyExponent = qtyExponent;
        lastMid = mid;
        lastBookLive = bookLive;
        lastBookAgeNs = bookAgeNs;
        lastPosition = position;
        lastGrossExposure = grossExposure;
        lastOpenOrders = openOrders;
        lastOurBestBid = ourBestBid;
        lastOurBestAsk = ourBestAsk;
        lastNowNs = nowNs;
        lastMeasured = Double.NaN;
        lastLimit = Double.NaN;

        rateLimiter.refill(nowNs);
        final boolean buy = side == Side.BID;
        final boolean reducing = position != 0 && (position > 0) != buy && qty <= Math.abs(position);
        final double priceUnits = FixedPoint.toDouble(price, priceExponent);
        final double qtyUnits = FixedPoint.toDouble(qty, qtyExponent);
        lastReducing = reducing;
        lastNotional = priceUnits * qtyUnits;

        final int verdict = evaluate(instrumentId, buy, reducing, price, qty, qtyExponent, priceUnits, qtyUnits, mid,
            bookLive, bookAgeNs, position, grossExposure, openOrders, ourBestBid, ourBestAsk);
        lastVerdict = verdict;
        if (verdict == RiskReason.ACCEPT)
        {
            rateLimiter.consume();
            accepted++;
        }
        else
        {
            rejected++;
        }
        return verdict;
    }

    private int evaluate(
        final int instrumentId,
        final boolean buy,
        final boolean reducing,
        final long price,
        final long qty,
        final int qtyExponent,
        final double priceUnits,
        final double qtyUnits,
        final double mid,
        final boolean bookLive,
        final long bookAgeNs,
        final long position,
        final double grossExposure,
        final int openOrders,
        final long ourBestBid,
        final long ourBestAsk)
    {
        final TradingState state = killSwitch.state();
        if (state == TradingState.HALTED && !(reducing && killSwitch.flattening()))
        {
            return RiskReason.HALTED;
        }
        if (state == TradingState.REDUCING && !reducing)
        {
            return RiskReason.REDUCE_ONLY;
        }
        if (!bookLive)
        {
            return RiskReason.BOOK_NOT_LIVE;
        }
        if (bookAgeNs > settings.maxBookAgeNs())
        {
            return fail(RiskReason.BOOK_STALE, bookAgeNs, settings.maxBookAgeNs());
        }
        final InstrumentRiskLimits instrument = limitsOf(instrumentId);
        if (qty <= 0 || qtyUnits > instrument.maxOrderQty())
        {
            return fail(RiskReason.ORDER_QTY, qtyUnits, instrument.maxOrderQty());
        }
        final double notional = priceUnits * qtyUnits;
        if (notional > instrument.maxOrderNotional())
        {
            return fail(RiskReason.ORDER_NOTIONAL, notional, instrument.maxOrderNotional());
        }
        // multiplied out rather than divided, so that a price exactly on the band edge passes
        final double band = settings.priceBandBps();
        if (price <= 0 || !(mid > 0) || !(Math.abs(priceUnits - mid) * 10_000.0 <= band * mid))
        {
            return fail(RiskReason.PRICE_BAND, Math.abs(priceUnits - mid) * 10_000.0 / mid, band);
        }
        if (buy ? ourBestAsk != NO_ORDER && price >= ourBestAsk : ourBestBid != NO_ORDER && price <= ourBestBid)
        {
            return fail(RiskReason.SELF_CROSS, priceUnits, Double.NaN);
        }
        if (!reducing)
        {
            final double after = Math.abs(FixedPoint.toDouble(buy ? position + qty : position - qty, qtyExponent));
            if (after > instrument.maxPosition())
            {
                return fail(RiskReason.POSITION_LIMIT, after, instrument.maxPosition());
            }
            if (grossExposure + notional > settings.maxGrossExposure())
            {
                return fail(RiskReason.GROSS_EXPOSURE, grossExposure + notional, settings.maxGrossExposure());
            }
        }
        if (openOrders >= settings.maxOpenOrders())
        {
            return fail(RiskReason.OPEN_ORDERS, openOrders, settings.maxOpenOrders());
        }
        if (!rateLimiter.hasToken())
        {
            return fail(RiskReason.RATE_LIMIT, rateLimiter.levelNs(), settings.nsPerOrderToken());
        }
        return RiskReason.ACCEPT;
    }

    private int fail(final int reason, final double measured, final double limit)
    {
        lastMeasured = measured;
        lastLimit = limit;
        return reason;
    }

    private InstrumentRiskLimits limitsOf(final int instrumentId)
    {
        final InstrumentRiskLimits l = instrumentId > 0 && instrumentId < limits.length ? limits[instrumentId] : null;
        return l == null ? settings.defaultLimits() : l;
    }

    /** @return the settings. */
    public RiskSettings settings()
    {
        return settings;
    }

    /** @return the kill switch. */
    public KillSwitch killSwitch()
    {
        return killSwitch;
    }

    /** @return the order rate limiter (its level, for reports). */
    public OrderRateLimiter rateLimiter()
    {
        return rateLimiter;
    }

    /** @return the verdict of the last check. */
    public int lastVerdict()
    {
        return lastVerdict;
    }

    /**
     * @return the figure that failed the last check (quantity or notional or position in units, band deviation in
     *         bps, book age ns, open orders, bucket level ns, our price for a self-cross); NaN when accepted or
     *         when there is no figure (book not live, halted, reduce-only).
     */
    public double lastMeasured()
    {
        return lastMeasured;
    }

    /** @return the limit the failing figure was compared with; NaN when there is none. */
    public double lastLimit()
    {
        return lastLimit;
    }

    /** @return whether the last order would reduce the position. */
    public boolean lastReducing()
    {
        return lastReducing;
    }

    /** @return the last order's notional, quote. */
    public double lastNotional()
    {
        return lastNotional;
    }

    /** @return the last checked instrument. */
    public int lastInstrumentId()
    {
        return lastInstrumentId;
    }

    /** @return the last checked side. */
    public Side lastSide()
    {
        return lastSide;
    }

    /** @return the last checked price mantissa. */
    public long lastPrice()
    {
        return lastPrice;
    }

    /** @return the last checked quantity mantissa. */
    public long lastQty()
    {
        return lastQty;
    }

    /** @return the last price exponent. */
    public int lastPriceExponent()
    {
        return lastPriceExponent;
    }

    /** @return the last quantity exponent. */
    public int lastQtyExponent()
    {
        return lastQtyExponent;
    }

    /** @return the last mid. */
    public double lastMid()
    {
        return lastMid;
    }

    /** @return whether the book was LIVE at the last check. */
    public boolean lastBookLive()
    {
        return lastBookLive;
    }

    /** @return the book age at the last check, ns. */
    public long lastBookAgeNs()
    {
        return lastBookAgeNs;
    }

    /** @return the position at the last check, quantity mantissa. */
    public long lastPosition()
    {
        return lastPosition;
    }

    /** @return the gross exposure at the last check, quote. */
    public double lastGrossExposure()
    {
        return lastGrossExposure;
    }

    /** @return the open orders at the last check. */
    public int lastOpenOrders()
    {
        return lastOpenOrders;
    }

    /** @return our best resting bid at the last check, or {@link #NO_ORDER}. */
    public long lastOurBestBid()
    {
        return lastOurBestBid;
    }

    /** @return our best resting ask at the last check, or {@link #NO_ORDER}. */
    public long lastOurBestAsk()
    {
        return lastOurBestAsk;
    }

    /** @return the event time of the last check. */
    public long lastNowNs()
    {
        return lastNowNs;
    }

    /** @return orders accepted so far. */
    public long accepted()
    {
        return accepted;
    }

    /** @return orders refused so far. */
    public long rejected()
    {
        return rejected;
    }
}
