package io.ringwall.journal;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.Venues;
import org.agrona.DirectBuffer;
import org.agrona.collections.Int2IntHashMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Selects journal events by type name and by symbol for the operator's {@code tail}
 * ({@code --type BookHealth,Trade --symbol BTCUSDT}); a symbol matches through the instruments the
 * shared {@link InstrumentCatalog} has learned. Per event it costs a template lookup and, with a symbol,
 * one hash probe, and allocates nothing.
 */
public final class EventFilter
{
    private static final int NO = 0;
    private static final int YES = 1;
    private static final int NOT_CACHED = -1;

    private final boolean[] knownTypes = new boolean[EventTypes.MAX_KNOWN_TEMPLATE_ID + 1];
    private final boolean anyType;
    private final boolean unknownTypes;
    private final String symbol;
    private final String venue;
    private final InstrumentCatalog catalog;
    private final Int2IntHashMap symbolMatches = new Int2IntHashMap(NOT_CACHED);
    private int cachedGeneration = -1;

    private EventFilter(
        final List<String> types, final String venue, final String symbol, final InstrumentCatalog catalog)
    {
        this.anyType = types.isEmpty();
        boolean unknown = false;
        for (final String type : types)
        {
            if (EventTypes.UNKNOWN.equals(type))
            {
                unknown = true;
            }
            else
            {
                knownTypes[EventTypes.templateId(type)] = true;
            }
        }
        this.unknownTypes = unknown;
        this.venue = venue;
        this.symbol = symbol;
        this.catalog = catalog;
    }

    /**
     * Builds a filter from the command line's values.
     *
     * @param types   comma-separated type names ("BookHealth,Trade"), exact case, or short names ("wall,features");
     *                null or empty for any type.
     * @param symbol  a symbol ("BTCUSDT") or venue and symbol ("binance-usdm:BTCUSDT"), any case; null or
     *                empty for any event, including those about no instrument.
     * @param catalog the instruments learned from the journal, shared with the printer.
     * @return the filter.
     * @throws IllegalArgumentException naming the valid type names, or the valid venues.
     */
    public static EventFilter of(final String types, final String symbol, final InstrumentCatalog catalog)
    {
        final List<String> names = new ArrayList<>();
        if (types != null)
        {
            for (final String part : types.split(","))
            {
                final String name = part.trim();
                if (name.isEmpty())
                {
                    continue;
                }
                if (!EventTypes.UNKNOWN.equals(name) && EventTypes.templateId(name) < 0)
                {
                    throw new IllegalArgumentException("unknown event type '" + name + "' (expected one of " +
                        String.join(", ", EventTypes.names()) + ", or " + String.join(", ", EventTypes.aliases()) + ")");
                }
                names.add(EventTypes.UNKNOWN.equals(name) ? name : EventTypes.name(EventTypes.templateId(name)));
            }
        }
        String venueName = null;
        String symbolName = null;
        if (symbol != null && !symbol.trim().isEmpty())
        {
            final String text = symbol.trim();
            final int colon = text.indexOf(':');
            if (colon >= 0)
            {
                venueName = Venues.configName(Venues.parse(text.substring(0, colon).toLowerCase(Locale.ROOT)));
            }
            symbolName = text.substring(colon + 1).toUpperCase(Locale.ROOT);
        }
        return new EventFilter(names, venueName, symbolName, catalog);
    }

    /**
     * @param catalog the instruments learned from the journal.
     * @return a filter that accepts every event.
     */
    public static EventFilter all(final InstrumentCatalog catalog)
    {
        return new EventFilter(new ArrayList<>(), null, null, catalog);
    }

    /**
     * Decides on one event, learning from it first if it defines an instrument (so a definition that is
     * itself filtered out still teaches the catalog its symbol).
     *
     * @param buffer holding the event.
     * @param offset where it starts.
     * @param length its length.
     * @return true if the event should be shown.
     */
    public boolean accept(final DirectBuffer buffer, final int offset, final int length)
    {
        catalog.learn(buffer, offset, length);
        final boolean event = Events.isEvent(buffer, offset, length);
        if (!anyType)
        {
            final String name = event ? EventTypes.name(Events.templateId(buffer, offset)) : null;
            final boolean typeMatches = name == null ? unknownTypes : knownTypes[Events.templateId(buffer, offset)];
            if (!typeMatches)
            {
                return false;
            }
        }
        if (symbol == null)
        {
            return true;
        }
        return event && symbolMatches(Events.instrumentId(buffer, offset));
    }

    private boolean symbolMatches(final int instrumentId)
    {
        if (cachedGeneration != catalog.generation())
        {
            symbolMatches.clear();
            cachedGeneration = catalog.generation();
        }
        int match = symbolMatches.get(instrumentId);
        if (match == NOT_CACHED)
        {
            final Instrument instrument = catalog.byId(instrumentId);
            match = instrument != null && instrument.symbol().equals(symbol) &&
                (venue == null || Venues.configName(instrument.venue()).equals(venue)) ? YES : NO;
            symbolMatches.put(instrumentId, match);
        }
        return match == YES;
    }
}
