package io.ringwall.journal;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.sbe.FeatureSchemaDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;

/**
 * The feature names a reader has met, learned from the FeatureSchema events a journal carries before an
 * instrument's first feature snapshot, so snapshots print and export by name without the engine's config.
 */
public final class FeatureNames
{
    private final Int2ObjectHashMap<String[]> byInstrument = new Int2ObjectHashMap<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final FeatureSchemaDecoder schema = new FeatureSchemaDecoder();

    /**
     * Learns from an event if it is a FeatureSchema.
     *
     * @param buffer holding the event.
     * @param offset where it starts.
     * @param length its length.
     * @return true if names were learned.
     */
    public boolean learn(final DirectBuffer buffer, final int offset, final int length)
    {
        if (!Events.isEvent(buffer, offset, length) || Events.templateId(buffer, offset) != FeatureSchemaDecoder.TEMPLATE_ID)
        {
            return false;
        }
        try
        {
            header.wrap(buffer, offset);
            schema.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            final String[] names = new String[1 << 16];
            final FeatureSchemaDecoder.FeaturesDecoder features = schema.features();
            while (features.hasNext())
            {
                features.next();
                names[features.featureId()] = features.name();
            }
            if (schema.limit() > offset + length)
            {
                return false;
            }
            byInstrument.put(schema.header().instrumentId(), names);
            return true;
        }
        catch (final RuntimeException ex)
        {
            return false; // a schema cut short: its snapshots print ids instead of names
        }
    }

    /**
     * @param instrumentId an instrument.
     * @param featureId    a feature id.
     * @return the feature's name, or null if not learned.
     */
    public String name(final int instrumentId, final int featureId)
    {
        final String[] names = byInstrument.get(instrumentId);
        return names == null || featureId < 0 || featureId >= names.length ? null : names[featureId];
    }
}
