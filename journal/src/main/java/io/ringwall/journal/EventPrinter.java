package io.ringwall.journal;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.BarDecoder;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.FeatureSchemaDecoder;
import io.ringwall.codecs.sbe.FeatureSnapshotDecoder;
import io.ringwall.codecs.sbe.RegimeChangeDecoder;
import io.ringwall.codecs.sbe.SignalDecoder;
import io.ringwall.codecs.sbe.WallEventDecoder;
import io.ringwall.codecs.sbe.BookHealthDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.BookTickerDecoder;
import io.ringwall.codecs.sbe.GatewayStatusDecoder;
import io.ringwall.codecs.sbe.InstrumentDefinitionDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.RejectedInputDecoder;
import io.ringwall.codecs.sbe.SessionStartDecoder;
import io.ringwall.codecs.sbe.SnapshotRequestDecoder;
import io.ringwall.codecs.sbe.TimerTickDecoder;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.codecs.sbe.RiskVerdictDecoder;
import io.ringwall.codecs.sbe.SizingVerdictDecoder;
import io.ringwall.codecs.sbe.OrderUpdateDecoder;
import io.ringwall.codecs.sbe.AlgoUpdateDecoder;
import io.ringwall.codecs.sbe.FillDecoder;
import io.ringwall.codecs.sbe.PositionUpdateDecoder;
import io.ringwall.codecs.sbe.EquitySampleDecoder;
import io.ringwall.codecs.sbe.TradingStateChangeDecoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/**
 * Renders any journal event as one line of text or one JSON object, for the operator's {@code tail}.
 * Symbols and price scales come from the InstrumentDefinition events it has seen (through its
 * {@link InstrumentCatalog}); until an instrument is defined its prices and quantities print as raw
 * mantissas. Decoders honour the message header's block length and version, so a journal from a newer
 * writer prints the fields this build knows, and a template it does not know prints as {@code Unknown}.
 * Nothing in an event can make it throw. Allocates (it builds text); for tools, not the hot path.
 */
public final class EventPrinter
{
    /** How many book levels a text line shows by default; JSON always has them all. */
    public static final int DEFAULT_TEXT_LEVELS = 5;

    /** Pass as {@code textLevels} to show every level in text too. */
    public static final int ALL_LEVELS = Integer.MAX_VALUE;

    private static final int GROUP_HEADER_LENGTH = 4;


    private final InstrumentCatalog catalog;
    private final EventFormat format;
    private final UnsafeBuffer message = new UnsafeBuffer(0, 0);
    private final UnsafeBuffer varData = new UnsafeBuffer(0, 0);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private final BookSnapshotDecoder snapshot = new BookSnapshotDecoder();
    private final BookDeltaDecoder delta = new BookDeltaDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final BookTickerDecoder ticker = new BookTickerDecoder();
    private final GatewayStatusDecoder status = new GatewayStatusDecoder();
    private final TimerTickDecoder tick = new TimerTickDecoder();
    private final RejectedInputDecoder rejected = new RejectedInputDecoder();
    private final SessionStartDecoder sessionStart = new SessionStartDecoder();
    private final BookHealthDecoder health = new BookHealthDecoder();
    private final SnapshotRequestDecoder snapshotRequest = new SnapshotRequestDecoder();
    private final WallEventDecoder wall = new WallEventDecoder();
    private final FeatureSchemaDecoder featureSchema = new FeatureSchemaDecoder();
    private final FeatureSnapshotDecoder featureSnapshot = new FeatureSnapshotDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final RegimeChangeDecoder regime = new RegimeChangeDecoder();
    private final OperatorCommandDecoder operatorCommand = new OperatorCommandDecoder();
    private final RiskVerdictDecoder riskVerdict = new RiskVerdictDecoder();
    private final SizingVerdictDecoder sizingVerdict = new SizingVerdictDecoder();
    private final OrderUpdateDecoder orderUpdate = new OrderUpdateDecoder();
    private final AlgoUpdateDecoder algoUpdate = new AlgoUpdateDecoder();
    private final FillDecoder fill = new FillDecoder();
    private final PositionUpdateDecoder positionUpdate = new PositionUpdateDecoder();
    private final EquitySampleDecoder equitySample = new EquitySampleDecoder();
    private final TradingStateChangeDecoder tradingStateChange = new TradingStateChangeDecoder();
    private final FeatureNames featureNames = new FeatureNames();

    private StringBuilder out;
    private boolean json;
    private int length;
    private Instrument instrument;

    /**
     * A printer with its own catalog showing {@link #DEFAULT_TEXT_LEVELS} levels per text line.
     */
    public EventPrinter()
    {
        this(new InstrumentCatalog(), DEFAULT_TEXT_LEVELS);
    }

    /**
     * @param catalog    the instruments, shared with an {@link EventFilter} if there is one.
     * @param textLevels how many book levels a text line shows, or {@link #ALL_LEVELS}.
     */
    public EventPrinter(final InstrumentCatalog catalog, final int textLevels)
    {
        if (textLevels < 0)
        {
            throw new IllegalArgumentException("textLevels must not be negative: " + textLevels);
        }
        this.catalog = catalog;
        this.format = new EventFormat(textLevels);
    }

    /**
     * @return the feature names this printer has learned.
     */
    public FeatureNames featureNames()
    {
        return featureNames;
    }

    /**
     * @return the instruments this printer has learned.
     */
    public InstrumentCatalog catalog()
    {
        return catalog;
    }

    /**
     * Appends an event as one line of text (no line terminator): sequence, receive time, type,
     * venue:symbol, then the event's fields.
     *
     * @param out    where to append.
     * @param buffer holding the event.
     * @param offset where it starts.
     * @param length its length.
     * @return {@code out}.
     */
    public StringBuilder appendText(final StringBuilder out, final DirectBuffer buffer, final int offset, final int length)
    {
        return render(out, buffer, offset, length, false);
    }

    /**
     * Appends an event as one JSON object on one line, with every field.
     *
     * @param out    where to append.
     * @param buffer holding the event.
     * @param offset where it starts.
     * @param length its length.
     * @return {@code out}.
     */
    public StringBuilder appendJson(final StringBuilder out, final DirectBuffer buffer, final int offset, final int length)
    {
        return render(out, buffer, offset, length, true);
    }

    /**
     * @param buffer holding the event.
     * @param offset where it starts.
     * @param length its length.
     * @return the event as one line of text.
     */
    public String text(final DirectBuffer buffer, final int offset, final int length)
    {
        return appendText(new StringBuilder(128), buffer, offset, length).toString();
    }

    /**
     * @param buffer holding the event.
     * @param offset where it starts.
     * @param length its length.
     * @return the event as one JSON object.
     */
    public String json(final DirectBuffer buffer, final int offset, final int length)
    {
        return appendJson(new StringBuilder(256), buffer, offset, length).toString();
    }

    private StringBuilder render(
        final StringBuilder out, final DirectBuffer buffer, final int offset, final int length, final boolean json)
    {
        this.out = out;
        this.json = json;
        this.length = length;
        final int start = out.length();
        format.start(out, json, null);
        try
        {
            catalog.learn(buffer, offset, length);
            featureNames.learn(buffer, offset, length);
            // A view of exactly this event: a length or count that points past it fails a bounds check
            // here instead of reading whatever follows it in the journal.
            message.wrap(buffer, offset, length);
            if (!Events.isEvent(message, 0, length))
            {
                renderForeign();
                return out;
            }
            header.wrap(message, 0);
            instrument = catalog.byId(Events.instrumentId(message, 0));
            format.start(out, json, instrument);
            final int templateId = header.templateId();
            final String type = EventTypes.name(templateId);
            if (type == null)
            {
                renderUnknown(templateId);
                return out;
            }
            try
            {
                renderKnown(type, templateId);
            }
            catch (final RuntimeException ex)
            {
                out.setLength(start);
                renderMalformed(type);
            }
        }
        catch (final RuntimeException ex)
        {
            // Not even the headers could be read (a range beyond the buffer): say so, never fail the tail.
            out.setLength(start);
            if (json)
            {
                out.append("{\"type\":\"").append(EventTypes.UNKNOWN).append("\",\"length\":").append(length).append('}');
            }
            else
            {
                out.append("? ? ").append(EventTypes.UNKNOWN).append(" - length=").append(length);
            }
        }
        finally
        {
            format.finish();
            this.out = null;
            this.instrument = null;
        }
        return out;
    }

    private void renderKnown(final String type, final int templateId)
    {
        final int blockLength = header.blockLength();
        final int version = header.version();
        final int body = MessageHeaderDecoder.ENCODED_LENGTH;
        need(body, blockLength);
        switch (templateId)
        {
            case InstrumentDefinitionDecoder.TEMPLATE_ID:
                checkBlock(blockLength, InstrumentDefinitionDecoder.BLOCK_LENGTH);
                definition.wrap(message, body, blockLength, version);
                renderDefinition(type);
                break;

            case BookSnapshotDecoder.TEMPLATE_ID:
                checkBlock(blockLength, BookSnapshotDecoder.BLOCK_LENGTH);
                snapshot.wrap(message, body, blockLength, version);
                renderSnapshot(type);
                break;

            case BookDeltaDecoder.TEMPLATE_ID:
                checkBlock(blockLength, BookDeltaDecoder.BLOCK_LENGTH);
                delta.wrap(message, body, blockLength, version);
                renderDelta(type);
                break;

            case TradeDecoder.TEMPLATE_ID:
                checkBlock(blockLength, TradeDecoder.BLOCK_LENGTH);
                trade.wrap(message, body, blockLength, version);
                renderTrade(type);
                break;

            case BookTickerDecoder.TEMPLATE_ID:
                checkBlock(blockLength, BookTickerDecoder.BLOCK_LENGTH);
                ticker.wrap(message, body, blockLength, version);
                renderTicker(type);
                break;

            case GatewayStatusDecoder.TEMPLATE_ID:
                checkBlock(blockLength, GatewayStatusDecoder.BLOCK_LENGTH);
                status.wrap(message, body, blockLength, version);
                renderStatus(type);
                break;

            case TimerTickDecoder.TEMPLATE_ID:
                checkBlock(blockLength, TimerTickDecoder.BLOCK_LENGTH);
                tick.wrap(message, body, blockLength, version);
                beginEvent(type, EventFormat.NO_VENUE, null);
                format.number("tick", tick.tick());
                format.endObject();
                break;

            case RejectedInputDecoder.TEMPLATE_ID:
                checkBlock(blockLength, RejectedInputDecoder.BLOCK_LENGTH);
                rejected.wrap(message, body, blockLength, version);
                renderRejected(type);
                break;

            case SessionStartDecoder.TEMPLATE_ID:
                checkBlock(blockLength, SessionStartDecoder.BLOCK_LENGTH);
                sessionStart.wrap(message, body, blockLength, version);
                renderSessionStart(type);
                break;

            case BookHealthDecoder.TEMPLATE_ID:
                checkBlock(blockLength, BookHealthDecoder.BLOCK_LENGTH);
                health.wrap(message, body, blockLength, version);
                renderHealth(type);
                break;

            case SnapshotRequestDecoder.TEMPLATE_ID:
                checkBlock(blockLength, SnapshotRequestDecoder.BLOCK_LENGTH);
                snapshotRequest.wrap(message, body, blockLength, version);
                beginEvent(type, EventFormat.NO_VENUE, null);
                format.number("attempt", snapshotRequest.attempt());
                format.enumField("reason", EventFormat.BOOK_HEALTH_REASONS, snapshotRequest.reasonRaw());
                format.endObject();
                break;

            case WallEventDecoder.TEMPLATE_ID:
                checkBlock(blockLength, WallEventDecoder.BLOCK_LENGTH);
                wall.wrap(message, body, blockLength, version);
                renderWall(type);
                break;

            case FeatureSchemaDecoder.TEMPLATE_ID:
                checkBlock(blockLength, FeatureSchemaDecoder.BLOCK_LENGTH);
                featureSchema.wrap(message, body, blockLength, version);
                renderFeatureSchema(type);
                break;

            case FeatureSnapshotDecoder.TEMPLATE_ID:
                checkBlock(blockLength, FeatureSnapshotDecoder.BLOCK_LENGTH);
                featureSnapshot.wrap(message, body, blockLength, version);
                renderFeatureSnapshot(type);
                break;

            case BarDecoder.TEMPLATE_ID:
                checkBlock(blockLength, BarDecoder.BLOCK_LENGTH);
                bar.wrap(message, body, blockLength, version);
                renderBar(type);
                break;

            case SignalDecoder.TEMPLATE_ID:
                checkBlock(blockLength, SignalDecoder.BLOCK_LENGTH);
                signal.wrap(message, body, blockLength, version);
                beginEvent(type, EventFormat.NO_VENUE, null);
                format.real("score", signal.score());
                format.real("confidence", signal.confidence());
                format.number("horizonNs", signal.horizonNs());
                format.number("modelId", signal.modelId());
                format.enumField("source", EventFormat.SIGNAL_SOURCES, signal.sourceRaw());
                format.endObject();
                break;

            case RegimeChangeDecoder.TEMPLATE_ID:
                checkBlock(blockLength, RegimeChangeDecoder.BLOCK_LENGTH);
                regime.wrap(message, body, blockLength, version);
                beginEvent(type, EventFormat.NO_VENUE, null);
                format.enumField("regime", EventFormat.REGIMES, regime.regimeRaw());
                format.enumField("previousRegime", EventFormat.REGIMES, regime.previousRegimeRaw());
                format.real("efficiencyRatio", regime.efficiencyRatio());
                format.real("varianceRatio", regime.varianceRatio());
                format.real("volatilityPercentile", regime.volatilityPercentile());
                format.endObject();
                break;

            case OperatorCommandDecoder.TEMPLATE_ID:
                checkBlock(blockLength, OperatorCommandDecoder.BLOCK_LENGTH);
                operatorCommand.wrap(message, body, blockLength, version);
                renderOperatorCommand(type);
                break;

            case RiskVerdictDecoder.TEMPLATE_ID:
                checkBlock(blockLength, RiskVerdictDecoder.BLOCK_LENGTH);
                riskVerdict.wrap(message, body, blockLength, version);
                renderRiskVerdict(type);
                break;

            case SizingVerdictDecoder.TEMPLATE_ID:
                checkBlock(blockLength, SizingVerdictDecoder.BLOCK_LENGTH);
                sizingVerdict.wrap(message, body, blockLength, version);
                renderSizingVerdict(type);
                break;

            case OrderUpdateDecoder.TEMPLATE_ID:
                checkBlock(blockLength, OrderUpdateDecoder.BLOCK_LENGTH);
                orderUpdate.wrap(message, body, blockLength, version);
                renderOrderUpdate(type);
                break;

            case AlgoUpdateDecoder.TEMPLATE_ID:
                checkBlock(blockLength, AlgoUpdateDecoder.BLOCK_LENGTH);
                algoUpdate.wrap(message, body, blockLength, version);
                renderAlgoUpdate(type);
                break;

            case FillDecoder.TEMPLATE_ID:
                checkBlock(blockLength, FillDecoder.BLOCK_LENGTH);
                fill.wrap(message, body, blockLength, version);
                renderFill(type);
                break;

            case PositionUpdateDecoder.TEMPLATE_ID:
                checkBlock(blockLength, PositionUpdateDecoder.BLOCK_LENGTH);
                positionUpdate.wrap(message, body, blockLength, version);
                renderPositionUpdate(type);
                break;

            case EquitySampleDecoder.TEMPLATE_ID:
                checkBlock(blockLength, EquitySampleDecoder.BLOCK_LENGTH);
                equitySample.wrap(message, body, blockLength, version);
                renderEquitySample(type);
                break;

            case TradingStateChangeDecoder.TEMPLATE_ID:
                checkBlock(blockLength, TradingStateChangeDecoder.BLOCK_LENGTH);
                tradingStateChange.wrap(message, body, blockLength, version);
                renderTradingStateChange(type);
                break;

            default:
                throw new IllegalStateException("template " + templateId + " is named but not rendered");
        }
    }

    private void renderDefinition(final String type)
    {
        final short venue = definition.venueRaw();
        final byte priceExponent = definition.priceExponent();
        final byte qtyExponent = definition.qtyExponent();
        wrapVarData(definition.limit());
        // The header shows the symbol this event defines, even if the catalog refused the definition.
        final byte[] symbolBytes = new byte[varData.capacity()];
        varData.getBytes(0, symbolBytes);
        // Latin-1 keeps one char per byte, so stray bytes print escaped exactly like other ASCII fields.
        final String symbol = new String(symbolBytes, StandardCharsets.ISO_8859_1);
        final long tickSize = definition.tickSize();
        beginEvent(type, venue, symbol);
        format.number("priceExponent", priceExponent);
        format.number("qtyExponent", qtyExponent);
        if (tickSize > 0)
        {
            format.number("tickSize", tickSize);
        }
        format.endObject();
    }

    private void renderSnapshot(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("lastUpdateId", snapshot.lastUpdateId());
        format.flags("flags", snapshot.flags().getRaw());
        need(snapshot.limit(), GROUP_HEADER_LENGTH);
        final BookSnapshotDecoder.LevelsDecoder levels = snapshot.levels();
        checkGroup(levels.count(), levels.actingBlockLength(), BookSnapshotDecoder.LevelsDecoder.sbeBlockLength(), snapshot.limit());
        format.beginLevels(levels.count());
        for (int i = 0; levels.hasNext(); i++)
        {
            levels.next();
            format.level(i, levels.sideRaw(), levels.price(), levels.qty());
        }
        format.endLevels(levels.count());
        format.endObject();
    }

    private void renderDelta(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("firstUpdateId", delta.firstUpdateId());
        format.number("lastUpdateId", delta.lastUpdateId());
        format.optionalNumber("prevLastUpdateId", delta.prevLastUpdateId(), BookDeltaDecoder.prevLastUpdateIdNullValue());
        format.flags("flags", delta.flags().getRaw());
        need(delta.limit(), GROUP_HEADER_LENGTH);
        final BookDeltaDecoder.LevelsDecoder levels = delta.levels();
        checkGroup(levels.count(), levels.actingBlockLength(), BookDeltaDecoder.LevelsDecoder.sbeBlockLength(), delta.limit());
        format.beginLevels(levels.count());
        for (int i = 0; levels.hasNext(); i++)
        {
            levels.next();
            format.level(i, levels.sideRaw(), levels.price(), levels.qty());
        }
        format.endLevels(levels.count());
        format.endObject();
    }

    private void renderTrade(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("tradeId", trade.tradeId());
        format.price("price", trade.price());
        format.qty("qty", trade.qty());
        format.number("firstTradeId", trade.firstTradeId());
        format.number("lastTradeId", trade.lastTradeId());
        format.enumField("aggressor", EventFormat.AGGRESSOR_SIDES, trade.aggressorRaw());
        format.enumField("source", EventFormat.TRADE_SOURCES, trade.sourceRaw());
        format.enumField("printType", EventFormat.PRINT_TYPES, trade.printTypeRaw());
        format.endObject();
    }

    private void renderTicker(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("updateId", ticker.updateId());
        format.price("bidPrice", ticker.bidPrice());
        format.qty("bidQty", ticker.bidQty());
        format.price("askPrice", ticker.askPrice());
        format.qty("askQty", ticker.askQty());
        format.endObject();
    }

    private void renderStatus(final String type)
    {
        final long detail = status.detail();
        final short venue = status.venueRaw();
        final short code = status.statusRaw();
        wrapVarData(status.limit());
        beginEvent(type, venue, null);
        format.number("detail", detail);
        format.enumField("status", EventFormat.GATEWAY_STATUS_CODES, code);
        format.asciiText("text", varData);
        format.endObject();
    }

    private void renderRejected(final String type)
    {
        final int errorOffset = rejected.errorOffset();
        final int frameLength = rejected.frameLength();
        final short venue = rejected.venueRaw();
        final short reason = rejected.reasonRaw();
        final short kind = rejected.kindRaw();
        wrapVarData(rejected.limit());
        beginEvent(type, venue, null);
        format.number("errorOffset", errorOffset);
        format.number("frameLength", frameLength);
        format.enumField("reason", EventFormat.REJECT_REASONS, reason);
        format.enumField("kind", EventFormat.INPUT_KINDS, kind);
        format.asciiText("excerpt", varData);
        format.endObject();
    }

    private void renderWall(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("wallId", wall.wallId());
        format.enumField("change", EventFormat.WALL_CHANGES, wall.changeRaw());
        format.enumField("side", EventFormat.SIDES, wall.sideRaw());
        format.price("priceLow", wall.priceLow());
        format.price("priceHigh", wall.priceHigh());
        format.number("levels", wall.levels());
        format.qty("size", wall.size());
        format.qty("peakSize", wall.peakSize());
        format.real("notional", wall.notional());
        format.real("distanceBps", wall.distanceBps());
        format.number("ageNs", wall.ageNs());
        format.qty("tradedQty", wall.tradedQty());
        format.real("tradedFraction", wall.tradedFraction());
        format.endObject();
    }

    private void renderFeatureSchema(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        final FeatureSchemaDecoder.FeaturesDecoder features = featureSchema.features();
        format.number("features", features.count());
        if (json)
        {
            format.fieldName("names");
            out.append('{');
            boolean first = true;
            while (features.hasNext())
            {
                features.next();
                final int id = features.featureId();
                out.append(first ? "" : ",").append('"').append(id).append("\":\"");
                TextFormat.appendEscaped(out, features.name());
                out.append('"');
                first = false;
            }
            out.append('}');
        }
        format.endObject();
    }

    private void renderFeatureSnapshot(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.enumField("bookState", EventFormat.BOOK_STATES, featureSnapshot.bookStateRaw());
        format.enumField("trigger", EventFormat.SNAPSHOT_TRIGGERS, featureSnapshot.triggerRaw());
        final int instrumentId = featureSnapshot.header().instrumentId();
        final FeatureSnapshotDecoder.FeaturesDecoder features = featureSnapshot.features();
        if (json)
        {
            format.fieldName("features");
            out.append('{');
        }
        boolean first = true;
        while (features.hasNext())
        {
            features.next();
            final int id = features.featureId();
            final String name = featureNames.name(instrumentId, id);
            if (json)
            {
                out.append(first ? "" : ",").append('"');
                if (name != null)
                {
                    TextFormat.appendEscaped(out, name);
                }
                else
                {
                    out.append('#').append(id);
                }
                out.append("\":");
                format.realValue(features.value());
            }
            else
            {
                out.append(' ');
                if (name != null)
                {
                    out.append(name);
                }
                else
                {
                    out.append('#').append(id);
                }
                out.append('=');
                format.realValue(features.value());
            }
            first = false;
        }
        if (json)
        {
            out.append('}');
        }
        format.endObject();
    }

    private void renderBar(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("timeframeNs", bar.timeframeNs());
        format.string("openTime", TextFormat.appendIsoTime(new StringBuilder(32), bar.openTimeNs()).toString());
        format.price("open", bar.openPrice());
        format.price("high", bar.highPrice());
        format.price("low", bar.lowPrice());
        format.price("close", bar.closePrice());
        format.qty("volume", bar.volume());
        format.qty("buyVolume", bar.buyVolume());
        format.number("trades", bar.trades());
        format.real("vwap", bar.vwap());
        format.endObject();
    }

    private void renderSessionStart(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("firstInputSequence", sessionStart.firstInputSequence());
        wrapVarData(sessionStart.limit());
        format.asciiText("engineVersion", varData);
        final int configAt = sessionStart.limit() + SessionStartDecoder.engineVersionHeaderLength() + varData.capacity();
        wrapVarData(configAt);
        utf8Text("configText");
        // version 1 added the model file's text; an older session has none
        final int modelAt = configAt + SessionStartDecoder.configTextHeaderLength() + varData.capacity();
        if (header.version() >= 1 && modelAt + SessionStartDecoder.modelTextHeaderLength() <= length)
        {
            wrapVarData(modelAt);
            utf8Text("modelText");
        }
        format.endObject();
    }

    private void utf8Text(final String name)
    {
        format.fieldName(name);
        if (json)
        {
            // Declared UTF-8: decoded (malformed sequences become U+FFFD), then escaped to ASCII.
            final byte[] bytes = new byte[varData.capacity()];
            varData.getBytes(0, bytes);
            out.append('"');
            TextFormat.appendEscaped(out, new String(bytes, StandardCharsets.UTF_8));
            out.append('"');
        }
        else
        {
            // A whole file does not belong on a tail line; the JSON form carries it.
            out.append('(').append(varData.capacity()).append(" bytes)");
        }
    }

    private void renderHealth(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("bookUpdateId", health.bookUpdateId());
        format.number("eventUpdateId", health.eventUpdateId());
        format.price("bestBidPrice", health.bestBidPrice());
        format.price("bestAskPrice", health.bestAskPrice());
        format.enumField("state", EventFormat.BOOK_STATES, health.stateRaw());
        format.enumField("previousState", EventFormat.BOOK_STATES, health.previousStateRaw());
        format.enumField("reason", EventFormat.BOOK_HEALTH_REASONS, health.reasonRaw());
        format.endObject();
    }

    private void renderOperatorCommand(final String type)
    {
        final short command = operatorCommand.commandRaw();
        wrapVarData(operatorCommand.limit());
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.enumField("command", EventFormat.OPERATOR_COMMANDS, command);
        format.asciiText("note", varData);
        format.endObject();
    }

    private void renderRiskVerdict(final String type)
    {
        final RiskVerdictDecoder d = riskVerdict;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("intentId", d.intentId());
        format.enumField("verdict", EventFormat.RISK_VERDICTS, d.verdictRaw());
        format.enumField("side", EventFormat.SIDES, d.sideRaw());
        format.price("price", d.price());
        format.qty("qty", d.qty());
        format.real("notional", d.notional());
        format.real("measured", d.measured());
        format.real("threshold", d.threshold());
        format.bool("reducing", d.reducing() != 0);
        format.endObject();
    }

    private void renderSizingVerdict(final String type)
    {
        final SizingVerdictDecoder d = sizingVerdict;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("intentId", d.intentId());
        format.enumField("model", EventFormat.SIZING_MODELS, d.modelRaw());
        format.qty("qty", d.qty());
        format.real("winProbability", d.winProbability());
        format.real("payoffRatio", d.payoffRatio());
        format.real("volatility", d.volatility());
        format.real("fraction", d.fraction());
        format.real("equity", d.equity());
        format.real("notional", d.notional());
        format.bool("capped", d.capped() != 0);
        format.endObject();
    }

    private void renderOrderUpdate(final String type)
    {
        final OrderUpdateDecoder d = orderUpdate;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("clientOrderId", d.clientOrderId());
        format.number("parentId", d.parentId());
        format.enumField("side", EventFormat.SIDES, d.sideRaw());
        format.enumField("state", EventFormat.ORDER_STATES, d.stateRaw());
        format.enumField("previousState", EventFormat.ORDER_STATES, d.previousStateRaw());
        format.price("price", d.price());
        format.qty("qty", d.qty());
        format.qty("filledQty", d.filledQty());
        format.qty("leavesQty", d.leavesQty());
        format.averagePrice("avgPrice", d.avgPrice());
        format.number("rejectCode", d.rejectCode());
        format.endObject();
    }

    private void renderAlgoUpdate(final String type)
    {
        final AlgoUpdateDecoder d = algoUpdate;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("parentId", d.parentId());
        format.enumField("algo", EventFormat.ALGO_KINDS, d.algoRaw());
        format.enumField("side", EventFormat.SIDES, d.sideRaw());
        format.enumField("state", EventFormat.ALGO_STATES, d.stateRaw());
        format.enumField("outcome", EventFormat.ALGO_OUTCOMES, d.outcomeRaw());
        format.qty("qty", d.qty());
        format.qty("filledQty", d.filledQty());
        format.averagePrice("avgPrice", d.avgPrice());
        format.endObject();
    }

    private void renderFill(final String type)
    {
        final FillDecoder d = fill;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("clientOrderId", d.clientOrderId());
        format.enumField("side", EventFormat.SIDES, d.sideRaw());
        format.enumField("liquidity", EventFormat.LIQUIDITIES, d.liquidityRaw());
        format.price("price", d.price());
        format.qty("qty", d.qty());
        format.qty("leavesQty", d.leavesQty());
        format.real("fee", d.fee());
        format.endObject();
    }

    private void renderPositionUpdate(final String type)
    {
        final PositionUpdateDecoder d = positionUpdate;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.number("strategyId", d.strategyId());
        format.qty("qty", d.qty());
        format.averagePrice("avgPrice", d.avgPrice());
        format.real("realizedPnl", d.realizedPnl());
        format.real("unrealizedPnl", d.unrealizedPnl());
        format.real("fees", d.fees());
        format.endObject();
    }

    private void renderEquitySample(final String type)
    {
        final EquitySampleDecoder d = equitySample;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.real("equity", d.equity());
        format.real("cash", d.cash());
        format.real("drawdown", d.drawdown());
        format.real("grossExposure", d.grossExposure());
        format.real("netExposure", d.netExposure());
        format.endObject();
    }

    private void renderTradingStateChange(final String type)
    {
        final TradingStateChangeDecoder d = tradingStateChange;
        beginEvent(type, EventFormat.NO_VENUE, null);
        format.enumField("state", EventFormat.TRADING_STATES, d.stateRaw());
        format.enumField("previousState", EventFormat.TRADING_STATES, d.previousStateRaw());
        format.enumField("reason", EventFormat.KILL_REASONS, d.reasonRaw());
        format.real("equity", d.equity());
        format.real("dailyPnl", d.dailyPnl());
        format.real("drawdown", d.drawdown());
        format.endObject();
    }

    private void renderUnknown(final int templateId)
    {
        beginEvent(EventTypes.UNKNOWN, EventFormat.NO_VENUE, null, templateId);
        format.number("schemaId", header.schemaId());
        format.number("version", header.version());
        format.number("blockLength", header.blockLength());
        format.number("length", length);
        format.endObject();
    }

    private void renderMalformed(final String type)
    {
        beginEvent(type, EventFormat.NO_VENUE, null);
        if (json)
        {
            out.append(",\"malformed\":true");
        }
        else
        {
            out.append(" malformed");
        }
        format.number("version", header.version());
        format.number("blockLength", header.blockLength());
        format.number("length", length);
        format.endObject();
    }

    /** An entry too short for the event headers, or of another schema: only its message header is shown. */
    private void renderForeign()
    {
        if (!json)
        {
            out.append("? ? ").append(EventTypes.UNKNOWN).append(" -");
        }
        else
        {
            format.beginObject();
            format.string("type", EventTypes.UNKNOWN);
        }
        if (length >= MessageHeaderDecoder.ENCODED_LENGTH)
        {
            header.wrap(message, 0);
            format.number("templateId", header.templateId());
            format.number("schemaId", header.schemaId());
            format.number("version", header.version());
            format.number("blockLength", header.blockLength());
        }
        format.number("length", length);
        format.endObject();
    }

    private void beginEvent(final String type, final int venueRaw, final String symbol)
    {
        beginEvent(type, venueRaw, symbol, -1);
    }

    /**
     * Opens the output with what every event shares. The venue is the message's own when it has a venue
     * field (a connection-wide gateway status has no instrument), else the instrument's.
     */
    private void beginEvent(final String type, final int venueRaw, final String symbolOverride, final int unknownTemplateId)
    {
        final int venue = venueRaw != EventFormat.NO_VENUE && venueRaw != EventFormat.ENUM_NULL ? venueRaw :
            instrument != null ? instrument.venue().value() : EventFormat.NO_VENUE;
        final String symbol = symbolOverride != null ? symbolOverride : instrument != null ? instrument.symbol() : null;
        format.beginEvent(
            type,
            unknownTemplateId,
            Events.causeSequence(message, 0),
            Events.receiveTimeNs(message, 0),
            Events.exchangeTimeNs(message, 0),
            Events.instrumentId(message, 0),
            venue,
            symbol);
    }

    /** Wraps {@link #varData} around the variable-length field whose length prefix is at {@code limit}. */
    private void wrapVarData(final int limit)
    {
        need(limit, 2);
        final int dataLength = message.getShort(limit, MessageHeaderDecoder.BYTE_ORDER) & 0xFFFF;
        need(limit + 2, dataLength);
        varData.wrap(message, limit + 2, dataLength);
    }

    private void need(final int at, final int bytes)
    {
        if (at < 0 || bytes < 0 || at + bytes > length)
        {
            throw new IndexOutOfBoundsException("event of " + length + " bytes has no " + bytes + " bytes at " + at);
        }
    }

    private static void checkBlock(final int actingBlockLength, final int knownBlockLength)
    {
        // Every field of version 0 is in every version, so a shorter block is damage, not an older writer.
        if (actingBlockLength < knownBlockLength)
        {
            throw new IndexOutOfBoundsException("block of " + actingBlockLength + " bytes, expected at least " + knownBlockLength);
        }
    }

    private void checkGroup(final int count, final int actingBlockLength, final int knownBlockLength, final int limit)
    {
        checkBlock(actingBlockLength, knownBlockLength);
        need(limit, count * actingBlockLength);
    }

}
