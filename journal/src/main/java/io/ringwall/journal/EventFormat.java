package io.ringwall.journal;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.AlgoKind;
import io.ringwall.codecs.sbe.AlgoOutcomeCode;
import io.ringwall.codecs.sbe.AlgoStateCode;
import io.ringwall.codecs.sbe.BookHealthReason;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.KillReasonCode;
import io.ringwall.codecs.sbe.Liquidity;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OrderStateCode;
import io.ringwall.codecs.sbe.Regime;
import io.ringwall.codecs.sbe.RiskVerdictCode;
import io.ringwall.codecs.sbe.SizingModelCode;
import io.ringwall.codecs.sbe.TradingStateCode;
import io.ringwall.codecs.sbe.SignalSource;
import io.ringwall.codecs.sbe.SnapshotTrigger;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.DirectBuffer;

import java.util.function.ToIntFunction;

/**
 * Writes one event's fields for {@link EventPrinter}, either as text ({@code name=value}, space separated)
 * or as JSON, with the schema's enum names and the current instrument's decimal scales; the printer decodes,
 * this decides how things look.
 */
final class EventFormat
{
    /** The raw value SBE uses for a null uint8 enum. */
    static final int ENUM_NULL = 255;
    /** No venue to show. */
    static final int NO_VENUE = -1;

    static final String[] VENUES = names(Venue.values(), Venue::value);
    static final String[] SIDES = names(Side.values(), Side::value);
    static final String[] AGGRESSOR_SIDES = names(AggressorSide.values(), AggressorSide::value);
    static final String[] TRADE_SOURCES = names(TradeSource.values(), TradeSource::value);
    static final String[] PRINT_TYPES = names(PrintType.values(), PrintType::value);
    static final String[] GATEWAY_STATUS_CODES = names(GatewayStatusCode.values(), GatewayStatusCode::value);
    static final String[] INPUT_KINDS = names(InputKind.values(), InputKind::value);
    static final String[] REJECT_REASONS = names(RejectReason.values(), RejectReason::value);
    static final String[] BOOK_STATES = names(BookState.values(), BookState::value);
    static final String[] BOOK_HEALTH_REASONS = names(BookHealthReason.values(), BookHealthReason::value);
    static final String[] WALL_CHANGES = names(WallChange.values(), WallChange::value);
    static final String[] SNAPSHOT_TRIGGERS = names(SnapshotTrigger.values(), SnapshotTrigger::value);
    static final String[] SIGNAL_SOURCES = names(SignalSource.values(), SignalSource::value);
    static final String[] REGIMES = names(Regime.values(), Regime::value);
    static final String[] OPERATOR_COMMANDS = names(OperatorCommandCode.values(), OperatorCommandCode::value);
    static final String[] RISK_VERDICTS = names(RiskVerdictCode.values(), RiskVerdictCode::value);
    static final String[] SIZING_MODELS = names(SizingModelCode.values(), SizingModelCode::value);
    static final String[] ORDER_STATES = names(OrderStateCode.values(), OrderStateCode::value);
    static final String[] ALGO_KINDS = names(AlgoKind.values(), AlgoKind::value);
    static final String[] ALGO_STATES = names(AlgoStateCode.values(), AlgoStateCode::value);
    static final String[] ALGO_OUTCOMES = names(AlgoOutcomeCode.values(), AlgoOutcomeCode::value);
    static final String[] LIQUIDITIES = names(Liquidity.values(), Liquidity::value);
    static final String[] TRADING_STATES = names(TradingStateCode.values(), TradingStateCode::value);
    static final String[] KILL_REASONS = names(KillReasonCode.values(), KillReasonCode::value);
    private static final String[] VENUE_CONFIG_NAMES = venueConfigNames();

    private final int textLevels;
    private StringBuilder out;
    private boolean json;
    private Instrument instrument;

    /**
     * @param textLevels how many book levels a text line shows.
     */
    EventFormat(final int textLevels)
    {
        this.textLevels = textLevels;
    }

    /**
     * Starts on one event.
     *
     * @param out        where to append.
     * @param json       JSON rather than text.
     * @param instrument the event's instrument, or null if not defined yet (mantissas then print raw).
     */
    void start(final StringBuilder out, final boolean json, final Instrument instrument)
    {
        this.out = out;
        this.json = json;
        this.instrument = instrument;
    }

    /**
     * Lets go of the caller's builder and the instrument after an event.
     */
    void finish()
    {
        out = null;
        instrument = null;
    }

    /**
     * Opens the output with what every event shares: JSON's leading fields, or text's sequence, time, type
     * and venue:symbol columns.
     *
     * @param unknownTemplateId the template id when the type is {@link EventTypes#UNKNOWN}, else -1.
     */
    void beginEvent(
        final String type,
        final int unknownTemplateId,
        final long sequence,
        final long receiveTimeNs,
        final long exchangeTimeNs,
        final int instrumentId,
        final int venue,
        final String symbol)
    {
        if (json)
        {
            beginObject();
            string("type", type);
            if (unknownTemplateId >= 0)
            {
                number("templateId", unknownTemplateId);
            }
            number("seq", sequence);
            fieldName("recvTime");
            TextFormat.appendIsoTime(out.append('"'), receiveTimeNs).append('"');
            number("recvTimeNs", receiveTimeNs);
            number("exchTimeNs", exchangeTimeNs);
            number("instrument", instrumentId);
            if (venue == NO_VENUE)
            {
                fieldName("venue");
                out.append("null");
            }
            else
            {
                enumField("venue", VENUES, venue);
            }
            fieldName("symbol");
            if (symbol == null)
            {
                out.append("null");
            }
            else
            {
                TextFormat.appendEscaped(out.append('"'), symbol).append('"');
            }
        }
        else
        {
            out.append(sequence).append(' ');
            TextFormat.appendIsoTime(out, receiveTimeNs).append(' ').append(type).append(' ');
            appendTextInstrument(venue, symbol, instrumentId);
            if (unknownTemplateId >= 0)
            {
                number("templateId", unknownTemplateId);
            }
        }
    }

    private void appendTextInstrument(final int venue, final String symbol, final int instrumentId)
    {
        if (venue != NO_VENUE)
        {
            final String name = venue < VENUE_CONFIG_NAMES.length ? VENUE_CONFIG_NAMES[venue] : null;
            if (name != null)
            {
                out.append(name);
            }
            else
            {
                out.append(venue);
            }
        }
        if (symbol != null)
        {
            if (venue != NO_VENUE)
            {
                out.append(':');
            }
            TextFormat.appendEscaped(out, symbol);
        }
        else if (instrumentId != 0)
        {
            if (venue != NO_VENUE)
            {
                out.append(':');
            }
            out.append('#').append(instrumentId);
        }
        else if (venue == NO_VENUE)
        {
            out.append('-');
        }
    }

    void beginObject()
    {
        if (json)
        {
            out.append('{');
        }
    }

    void endObject()
    {
        if (json)
        {
            out.append('}');
        }
    }

    void fieldName(final String name)
    {
        if (json)
        {
            if (out.charAt(out.length() - 1) != '{')
            {
                out.append(',');
            }
            out.append('"').append(name).append("\":");
        }
        else
        {
            out.append(' ').append(name).append('=');
        }
    }

    void string(final String name, final String value)
    {
        fieldName(name);
        if (json)
        {
            out.append('"').append(value).append('"');
        }
        else
        {
            out.append(value);
        }
    }

    void number(final String name, final long value)
    {
        fieldName(name);
        out.append(value);
    }

    void optionalNumber(final String name, final long value, final long nullValue)
    {
        fieldName(name);
        if (value == nullValue)
        {
            out.append("null");
        }
        else
        {
            out.append(value);
        }
    }

    /**
     * A feature value or other real number: shortest round-trip form; NaN and infinities print as null in
     * JSON (not valid numbers there) and as NaN/Infinity in text.
     */
    void real(final String name, final double value)
    {
        fieldName(name);
        realValue(value);
    }

    void realValue(final double value)
    {
        if (Double.isFinite(value))
        {
            out.append(value);
        }
        else
        {
            out.append(json ? "null" : Double.toString(value));
        }
    }

    void bool(final String name, final boolean value)
    {
        fieldName(name);
        out.append(value);
    }

    /**
     * A price held as a double mantissa (an average, off the tick): a real number in the instrument's scale, or
     * the bare mantissa until the instrument is defined.
     */
    void averagePrice(final String name, final double mantissa)
    {
        fieldName(name);
        if (instrument == null || instrument.priceExponent() == 0)
        {
            realValue(mantissa);
        }
        else if (instrument.priceExponent() < 0)
        {
            // dividing by an exact power of ten rounds once; multiplying by 10^-k would round twice
            realValue(mantissa / StrictMath.pow(10, -instrument.priceExponent()));
        }
        else
        {
            realValue(mantissa * StrictMath.pow(10, instrument.priceExponent()));
        }
    }

    void price(final String name, final long mantissa)
    {
        fieldName(name);
        decimal(mantissa, true);
    }

    void qty(final String name, final long mantissa)
    {
        fieldName(name);
        decimal(mantissa, false);
    }

    private void decimal(final long mantissa, final boolean isPrice)
    {
        if (instrument == null)
        {
            // Scale unknown until the instrument's definition is seen: the bare mantissa, as a JSON number.
            out.append(mantissa);
            return;
        }
        final int exponent = isPrice ? instrument.priceExponent() : instrument.qtyExponent();
        if (json)
        {
            FixedPoint.append(out.append('"'), mantissa, exponent).append('"');
        }
        else
        {
            FixedPoint.append(out, mantissa, exponent);
        }
    }

    void enumField(final String name, final String[] names, final int raw)
    {
        fieldName(name);
        enumValue(names, raw);
    }

    /** Prints an enum by name; a value this schema does not know (a newer writer's) prints as its number. */
    private void enumValue(final String[] names, final int raw)
    {
        if (raw == ENUM_NULL)
        {
            out.append("null");
        }
        else if (raw >= 0 && raw < names.length && names[raw] != null)
        {
            if (json)
            {
                out.append('"').append(names[raw]).append('"');
            }
            else
            {
                out.append(names[raw]);
            }
        }
        else
        {
            out.append(raw);
        }
    }

    void flags(final String name, final short raw)
    {
        fieldName(name);
        out.append('[');
        boolean first = true;
        for (int bit = 0; bit < 8; bit++)
        {
            if ((raw & (1 << bit)) == 0)
            {
                continue;
            }
            if (!first)
            {
                out.append(',');
            }
            first = false;
            final String choice = bit == 0 ? "FIRST" : bit == 1 ? "LAST" : null;
            if (choice == null)
            {
                // A choice added by a newer schema: its bit number, so nothing set goes unseen.
                out.append(bit);
            }
            else if (json)
            {
                out.append('"').append(choice).append('"');
            }
            else
            {
                out.append(choice);
            }
        }
        out.append(']');
    }

    void beginLevels(final int count)
    {
        if (json)
        {
            fieldName("levels");
            out.append('[');
        }
        else
        {
            number("levels", count);
            if (count > 0 && textLevels > 0)
            {
                out.append(" [");
            }
        }
    }

    void level(final int index, final short side, final long price, final long qty)
    {
        if (json)
        {
            if (index > 0)
            {
                out.append(',');
            }
            out.append('{');
            enumField("side", SIDES, side);
            price("price", price);
            qty("qty", qty);
            out.append('}');
        }
        else if (index < textLevels)
        {
            if (index > 0)
            {
                out.append(", ");
            }
            enumValue(SIDES, side);
            out.append(' ');
            decimal(price, true);
            out.append(" x ");
            decimal(qty, false);
        }
    }

    void endLevels(final int count)
    {
        if (json)
        {
            out.append(']');
        }
        else if (count > 0 && textLevels > 0)
        {
            if (count > textLevels)
            {
                out.append(", ...+").append(count - textLevels);
            }
            out.append(']');
        }
    }

    void asciiText(final String name, final DirectBuffer text)
    {
        fieldName(name);
        out.append('"');
        TextFormat.appendEscaped(out, text, 0, text.capacity());
        out.append('"');
    }

    private static <E extends Enum<E>> String[] names(final E[] values, final ToIntFunction<E> rawValue)
    {
        final String[] names = new String[256];
        for (final E value : values)
        {
            final int raw = rawValue.applyAsInt(value);
            if (raw != ENUM_NULL)
            {
                names[raw] = value.name();
            }
        }
        return names;
    }

    private static String[] venueConfigNames()
    {
        final String[] names = new String[256];
        for (final Venue venue : Venue.values())
        {
            if (venue != Venue.NULL_VAL)
            {
                names[venue.value()] = Venues.configName(venue);
            }
        }
        return names;
    }
}
