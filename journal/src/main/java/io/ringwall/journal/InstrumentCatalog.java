package io.ringwall.journal;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.InstrumentDefinitionDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;

/**
 * The instruments a reader has met so far, learned from the InstrumentDefinition events in the journal
 * itself, so that tools print symbols and decimal prices without being given the session's config.
 * The latest definition of an id wins; a definition that is malformed or has impossible exponents is ignored.
 */
public final class InstrumentCatalog
{
    private final Int2ObjectHashMap<Instrument> byId = new Int2ObjectHashMap<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private int generation;

    /**
     * Learns from an event if it is an instrument definition; cheap for every other event.
     *
     * @param buffer holding the event.
     * @param offset where it starts.
     * @param length its length.
     * @return true if the catalog changed.
     */
    public boolean learn(final DirectBuffer buffer, final int offset, final int length)
    {
        if (!Events.isEvent(buffer, offset, length) ||
            Events.templateId(buffer, offset) != InstrumentDefinitionDecoder.TEMPLATE_ID)
        {
            return false;
        }
        try
        {
            header.wrap(buffer, offset);
            final int blockLength = header.blockLength();
            final int bodyOffset = offset + MessageHeaderDecoder.ENCODED_LENGTH;
            final int end = offset + length;
            if (blockLength < InstrumentDefinitionDecoder.BLOCK_LENGTH ||
                bodyOffset + blockLength + InstrumentDefinitionDecoder.symbolHeaderLength() > end)
            {
                return false;
            }
            definition.wrap(buffer, bodyOffset, blockLength, header.version());
            final int id = definition.header().instrumentId();
            final Venue venue = Venue.get(definition.venueRaw());
            if (venue == Venue.NULL_VAL)
            {
                return false;
            }
            final int priceExponent = definition.priceExponent();
            final int qtyExponent = definition.qtyExponent();
            if (definition.limit() + InstrumentDefinitionDecoder.symbolHeaderLength() + definition.symbolLength() > end)
            {
                return false;
            }
            final String symbol = definition.symbol();
            final Instrument known = byId.get(id);
            if (known != null && known.venue() == venue && known.symbol().equals(symbol) &&
                known.priceExponent() == priceExponent && known.qtyExponent() == qtyExponent)
            {
                return false;
            }
            byId.put(id, new Instrument(id, venue, symbol, priceExponent, qtyExponent));
            generation++;
            return true;
        }
        catch (final IllegalArgumentException ex)
        {
            // An unknown venue value or an impossible id or exponent: keep printing this instrument raw.
            return false;
        }
    }

    /**
     * @param id an instrument id.
     * @return the instrument, or null if no valid definition of it has been seen.
     */
    public Instrument byId(final int id)
    {
        return byId.get(id);
    }

    /**
     * @return how many instruments are known.
     */
    public int size()
    {
        return byId.size();
    }

    /**
     * @return a number that changes whenever the catalog does, so that caches of it know when to refresh.
     */
    public int generation()
    {
        return generation;
    }
}
