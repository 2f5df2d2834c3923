package io.ringwall.engine.feed;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.VenueInstruments;
import io.ringwall.gateways.binance.BinanceDecoder;
import io.ringwall.gateways.capture.CaptureFormat;
import io.ringwall.gateways.capture.CaptureHandler;
import io.ringwall.gateways.capture.CaptureReader;
import org.agrona.DirectBuffer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Feeds recorded frames through the same decoders (and, behind the ring, the same sync logic) as a live
 * gateway, in file order. Symbols the config does not name are registered on first sight with the venue's
 * default scale. Lines that are not records become rejected inputs, counted, never fatal.
 */
public final class Importer implements CaptureHandler
{
    private final Venue venue;
    private final VenueInstruments instruments;
    private final BinanceDecoder decoder;
    private final InputWriter writer;
    private final CaptureReader reader = new CaptureReader();
    private long frames;
    private long snapshots;
    private long malformedLines;
    private long bytes;
    private long lastReceiveTimeNs;
    private Progress progress = Progress.NONE;

    /** Told how far an import has got, every few thousand frames (on the importing thread). */
    @FunctionalInterface
    public interface Progress
    {
        Progress NONE = (frames, bytes) -> {};

        void onProgress(long frames, long bytes);
    }

    /**
     * @param venue    the venue the recording is from.
     * @param registry instruments known so far (config ones already defined in the journal).
     * @param sink     the inbound ring.
     */
    public Importer(final Venue venue, final InstrumentRegistry registry, final EventSink sink)
    {
        this.venue = venue;
        this.writer = new InputWriter(sink);
        this.instruments = new VenueInstruments(venue, registry, writer);
        for (final Instrument i : registry.all())
        {
            if (i.venue() == venue)
            {
                instruments.add(i);
            }
        }
        this.decoder = new BinanceDecoder(venue, instruments, sink);
    }

    /**
     * Imports one file.
     *
     * @param file   the capture.
     * @param format its format.
     * @return lines read.
     * @throws IOException if it cannot be read.
     */
    public long importFile(final Path file, final CaptureFormat format) throws IOException
    {
        return reader.read(file, format, this);
    }

    @Override
    public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs, final long line)
    {
        frames++;
        bytes += length;
        lastReceiveTimeNs = receiveTimeNs;
        decoder.onFrame(buffer, offset, length, receiveTimeNs);
        if ((frames & 0xFFF) == 0)
        {
            progress.onProgress(frames, bytes);
        }
    }

    @Override
    public void onSnapshot(
        final String symbol, final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs, final long line)
    {
        snapshots++;
        bytes += length;
        lastReceiveTimeNs = receiveTimeNs;
        final Instrument instrument = instruments.resolve(symbol, receiveTimeNs);
        if (instrument == null)
        {
            writer.rejected(venue, 0, InputKind.SNAPSHOT, RejectReason.UNKNOWN_SYMBOL, buffer, offset, length, 0, receiveTimeNs);
            return;
        }
        decoder.onSnapshot(instrument, buffer, offset, length, receiveTimeNs);
    }

    @Override
    public void onMalformedLine(final DirectBuffer buffer, final int offset, final int length, final long line, final String reason)
    {
        malformedLines++;
        // A line without a readable time takes the last good one: the logic's clock never runs backwards for it.
        writer.rejected(venue, 0, InputKind.CAPTURE_LINE, RejectReason.MALFORMED_LINE, buffer, offset, length, 0, lastReceiveTimeNs);
    }

    /**
     * @param progress told every 4,096 frames.
     * @return this.
     */
    public Importer progress(final Progress progress)
    {
        this.progress = progress;
        return this;
    }

    /** @return frames read. */
    public long frames()
    {
        return frames;
    }

    /** @return snapshots read. */
    public long snapshots()
    {
        return snapshots;
    }

    /** @return lines that were not records. */
    public long malformedLines()
    {
        return malformedLines;
    }

    /** @return frame and snapshot bytes read. */
    public long bytes()
    {
        return bytes;
    }

    /** @return the decoder, for its counters. */
    public BinanceDecoder decoder()
    {
        return decoder;
    }
}
