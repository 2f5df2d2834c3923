package io.ringwall.engine.logic;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.BookTickerDecoder;
import io.ringwall.codecs.sbe.GatewayStatusDecoder;
import io.ringwall.codecs.sbe.InstrumentDefinitionDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.RejectedInputDecoder;
import io.ringwall.codecs.sbe.SessionStartDecoder;
import io.ringwall.codecs.sbe.TimerTickDecoder;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.engine.analytics.MarketAnalytics;
import io.ringwall.engine.book.BookDecisions;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.book.LadderOrderBook;
import io.ringwall.engine.book.MarketBooks;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.book.SnapshotRequester;
import io.ringwall.engine.decision.DecisionSink;
import io.ringwall.engine.decision.InputContext;
import io.ringwall.engine.signals.SignalModels;
import io.ringwall.engine.trading.TradingStage;
import org.agrona.DirectBuffer;

import java.util.function.IntFunction;

/**
 * The business logic: one deterministic state machine fed one input at a time through
 * {@link #onEvent}, on one thread. Its only clock is the input's receive time, its only outputs are
 * decisions; it calls no clock, random source, logger or I/O, so replaying the journaled inputs
 * reproduces its decisions byte for byte. Hosting it elsewhere (a replay loop, an Aeron Cluster
 * service) is a wiring change.
 */
public final class BusinessLogic
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private final BookSnapshotDecoder snapshot = new BookSnapshotDecoder();
    private final BookDeltaDecoder delta = new BookDeltaDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final BookTickerDecoder ticker = new BookTickerDecoder();
    private final GatewayStatusDecoder status = new GatewayStatusDecoder();
    private final RejectedInputDecoder rejected = new RejectedInputDecoder();
    private final OperatorCommandDecoder command = new OperatorCommandDecoder();
    private final InputContext input = new InputContext();
    private final MarketBooks books;
    private final MarketAnalytics analytics;
    private final TradingStage trading;
    private final LogicCounters counters = new LogicCounters();

    /**
     * Runs on the production book, {@link LadderOrderBook}.
     *
     * @param settings  the logic's parameters.
     * @param sink      where decisions go.
     * @param requester delivers snapshot requests to gateways ({@link SnapshotRequester#NONE} in replay).
     */
    public BusinessLogic(final LogicSettings settings, final DecisionSink sink, final SnapshotRequester requester)
    {
        this(settings, sink, requester, LadderOrderBook::new);
    }

    /**
     * @param settings    the logic's parameters.
     * @param sink        where decisions go.
     * @param requester   delivers snapshot requests to gateways.
     * @param bookFactory makes each instrument's book (the price ladder in production; tests swap in the array and reference books).
     */
    public BusinessLogic(
        final LogicSettings settings, final DecisionSink sink, final SnapshotRequester requester, final IntFunction<OrderBook> bookFactory)
    {
        final BookDecisions bookDecisions = new BookDecisions(input, sink, requester);
        this.books = new MarketBooks(bookDecisions, settings.initialBookLevels(), settings.syncBufferBytes(), bookFactory);
        this.analytics = settings.analytics().enabled() ?
            new MarketAnalytics(settings.analytics(), SignalModels.load(settings.analytics()), input, sink) : null;
        // LogicSettings refuses trading without analytics: the stage trades on their signals
        this.trading = settings.trading().enabled() ? new TradingStage(settings.trading(), input, sink) : null;
        if (trading != null)
        {
            analytics.signalListener(trading);
        }
    }

    /**
     * Processes one input event. Decision events passed in are ignored (replay feeds inputs only, but a
     * journal holds both).
     *
     * @param buffer holding the event.
     * @param offset where it starts (its message header).
     * @param length its length.
     */
    public void onEvent(final DirectBuffer buffer, final int offset, final int length)
    {
        if (!Events.isEvent(buffer, offset, length))
        {
            counters.unreadable++;
            return;
        }
        header.wrap(buffer, offset);
        final int templateId = header.templateId();
        if (Events.isDecision(templateId))
        {
            return;
        }
        final int body = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        final int blockLength = header.blockLength();
        final int version = header.version();
        input.set(templateId, Events.causeSequence(buffer, offset), Events.receiveTimeNs(buffer, offset),
            Events.exchangeTimeNs(buffer, offset));
        counters.inputs++;
        final int instrumentId = Events.instrumentId(buffer, offset);
        if (analytics != null && templateId != InstrumentDefinitionDecoder.TEMPLATE_ID)
        {
            analytics.onTime(instrumentId, input.nowNs());
        }
        // definitions and the session start carry the wall clock of set-up, not market time: they move no grid
        if (trading != null && templateId != InstrumentDefinitionDecoder.TEMPLATE_ID &&
            templateId != SessionStartDecoder.TEMPLATE_ID)
        {
            trading.onTime(input.nowNs());
        }

        switch (templateId)
        {
            case BookDeltaDecoder.TEMPLATE_ID:
            {
                delta.wrap(buffer, body, blockLength, version);
                final InstrumentBook book = books.get(delta.header().instrumentId());
                if (book != null)
                {
                    book.onDelta(buffer, offset, length, delta);
                }
                else
                {
                    counters.undefinedInstrument++;
                }
                break;
            }

            case BookTickerDecoder.TEMPLATE_ID:
            {
                ticker.wrap(buffer, body, blockLength, version);
                final InstrumentBook book = books.get(ticker.header().instrumentId());
                if (book != null)
                {
                    book.onTicker(ticker);
                }
                else
                {
                    counters.undefinedInstrument++;
                }
                break;
            }

            case TradeDecoder.TEMPLATE_ID:
            {
                trade.wrap(buffer, body, blockLength, version);
                final InstrumentBook book = books.get(trade.header().instrumentId());
                if (book != null)
                {
                    book.onTrade();
                    if (analytics != null && trade.printType() == PrintType.REGULAR)
                    {
                        analytics.get(instrumentId).onTrade(input.nowNs(), trade.price(), trade.qty(), trade.aggressor());
                    }
                    if (trading != null && trade.printType() == PrintType.REGULAR)
                    {
                        trading.onTrade(instrumentId, trade.price(), trade.qty(), trade.aggressor(), input.nowNs());
                    }
                }
                else
                {
                    counters.undefinedInstrument++;
                }
                break;
            }

            case BookSnapshotDecoder.TEMPLATE_ID:
            {
                snapshot.wrap(buffer, body, blockLength, version);
                final InstrumentBook book = books.get(snapshot.header().instrumentId());
                if (book != null)
                {
                    book.onSnapshot(snapshot);
                }
                else
                {
                    counters.undefinedInstrument++;
                }
                break;
            }

            case GatewayStatusDecoder.TEMPLATE_ID:
                status.wrap(buffer, body, blockLength, version);
                if (status.header().instrumentId() == 0)
                {
                    books.onVenueStatus(status.venue(), status.status());
                }
                else
                {
                    books.onInstrumentStatus(status.header().instrumentId(), status.status());
                }
                break;

            case RejectedInputDecoder.TEMPLATE_ID:
                rejected.wrap(buffer, body, blockLength, version);
                counters.rejected++;
                books.onRejected(rejected.header().instrumentId(), rejected.kind());
                break;

            case InstrumentDefinitionDecoder.TEMPLATE_ID:
                definition.wrap(buffer, body, blockLength, version);
                final long tickSize = definition.tickSize();   // the null value in a version-0 journal
                final InstrumentBook defined = books.define(new Instrument(definition.header().instrumentId(),
                    definition.venue(), definition.symbol(), definition.priceExponent(), definition.qtyExponent(),
                    Math.max(0, tickSize)));
                if (analytics != null)
                {
                    analytics.define(defined);
                }
                if (trading != null)
                {
                    trading.define(analytics.get(defined.instrumentId()));
                }
                break;

            case TimerTickDecoder.TEMPLATE_ID:
                counters.timerTicks++;
                break;

            case SessionStartDecoder.TEMPLATE_ID:
                break;

            case OperatorCommandDecoder.TEMPLATE_ID:
                command.wrap(buffer, body, blockLength, version);
                counters.operatorCommands++;
                // without a trading stage there is nothing to halt: the command is only counted
                if (trading == null || !trading.onOperatorCommand(command.command(), input.nowNs()))
                {
                    counters.ignoredOperatorCommands++;
                }
                break;

            default:
                counters.unknownTemplates++;
                break;
        }

        if (analytics != null && changesBooks(templateId))
        {
            analytics.afterBookInput(instrumentId, input.nowNs());
        }
        if (trading != null && changesBooks(templateId))
        {
            trading.afterBookInput(instrumentId, input.nowNs());
        }
    }

    private static boolean changesBooks(final int templateId)
    {
        return templateId == BookDeltaDecoder.TEMPLATE_ID || templateId == BookSnapshotDecoder.TEMPLATE_ID ||
            templateId == BookTickerDecoder.TEMPLATE_ID || templateId == GatewayStatusDecoder.TEMPLATE_ID ||
            templateId == RejectedInputDecoder.TEMPLATE_ID;
    }

    /**
     * @return the analytics stage, or null when the settings disable it.
     */
    public MarketAnalytics analytics()
    {
        return analytics;
    }

    /**
     * @return the trading stage, or null when the settings disable it.
     */
    public TradingStage trading()
    {
        return trading;
    }

    /**
     * @return the books, for tools reading the state after a replay (not thread-safe while live).
     */
    public MarketBooks books()
    {
        return books;
    }

    /**
     * @return what the logic has counted.
     */
    public LogicCounters counters()
    {
        return counters;
    }

    /**
     * @return the input being (or last) processed.
     */
    public InputContext input()
    {
        return input;
    }
}
