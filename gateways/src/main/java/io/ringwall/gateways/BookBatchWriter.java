package io.ringwall.gateways;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.sbe.BatchFlagsEncoder;
import io.ringwall.codecs.sbe.BookDeltaEncoder;
import io.ringwall.codecs.sbe.BookSnapshotEncoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.RejectedInputEncoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.UnsafeApi;

import java.nio.ByteOrder;

/**
 * Writes one venue book message (a depth snapshot or a diff) as a batch of BookSnapshot or BookDelta
 * events, straight into claimed sink slots while the decoder reads its levels: a part is published when
 * the next level no longer fits its slot, every part repeats the header and update ids, the first carries
 * FIRST and the last LAST. The count of a part's levels group is patched when the part closes, so the
 * decoder never needs to know how many levels a message holds. Venue-neutral; owned by one thread.
 * <p>
 * Life of a batch: {@link #beginDelta} or {@link #beginSnapshot}, {@link #level} per level, then
 * {@link #finish()} or, if the message turns out bad, {@link #reject}, which turns the slot still held into
 * a RejectedInput so that a claimed slot is always published.
 */
public final class BookBatchWriter
{
    private static final ByteOrder ORDER = MessageHeaderEncoder.BYTE_ORDER;
    private static final boolean NATIVE_ORDER = ByteOrder.nativeOrder() == ORDER;
    private static final int LEVEL_LENGTH = BookDeltaEncoder.LevelsEncoder.sbeBlockLength();
    private static final int PRICE = BookDeltaEncoder.LevelsEncoder.priceEncodingOffset();
    private static final int QTY = BookDeltaEncoder.LevelsEncoder.qtyEncodingOffset();
    private static final int SIDE = BookDeltaEncoder.LevelsEncoder.sideEncodingOffset();
    private static final int MAX_GROUP_COUNT = BookDeltaEncoder.LevelsEncoder.countMaxValue();

    private static final int DELTA_GROUP = MessageHeaderEncoder.ENCODED_LENGTH + BookDeltaEncoder.BLOCK_LENGTH;
    private static final int DELTA_FLAGS = MessageHeaderEncoder.ENCODED_LENGTH + BookDeltaEncoder.flagsEncodingOffset();
    private static final int SNAPSHOT_GROUP = MessageHeaderEncoder.ENCODED_LENGTH + BookSnapshotEncoder.BLOCK_LENGTH;
    private static final int SNAPSHOT_FLAGS = MessageHeaderEncoder.ENCODED_LENGTH + BookSnapshotEncoder.flagsEncodingOffset();

    /** The largest RejectedInput, which a held slot must be able to become. */
    public static final int MAX_REJECTED_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + RejectedInputEncoder.BLOCK_LENGTH +
        RejectedInputEncoder.excerptHeaderLength() + InputWriter.MAX_EXCERPT;

    private static final long NO_SEQUENCE = Long.MIN_VALUE;

    private final EventSink sink;
    private final InputWriter inputs;
    private final MessageHeaderEncoder messageHeader = new MessageHeaderEncoder();
    private final BookDeltaEncoder delta = new BookDeltaEncoder();
    private final BookSnapshotEncoder snapshot = new BookSnapshotEncoder();
    private final int deltaLevelsPerPart;
    private final int snapshotLevelsPerPart;

    private boolean isDelta;
    private long receiveTimeNs;
    private long exchangeTimeNs;
    private int instrumentId;
    private long firstUpdateId;
    private long lastUpdateId;
    private long prevLastUpdateId;

    private long sequence = NO_SEQUENCE;
    private MutableDirectBuffer slot;
    private byte[] slotArray;
    private long slotAddress;
    private int partLimit;
    private int groupOffset;
    private int flagsOffset;
    private int levelsPerPart;
    private int levelCount;
    private int partsPublished;
    private boolean dropped;
    private boolean closed = true;

    /**
     * @param sink   where the parts go.
     * @param inputs writes RejectedInputs into the same sink.
     * @throws IllegalArgumentException if the sink's slots cannot hold a level or a full RejectedInput.
     */
    public BookBatchWriter(final EventSink sink, final InputWriter inputs)
    {
        this.sink = sink;
        this.inputs = inputs;
        final int capacity = sink.slotCapacity();
        if (capacity < MAX_REJECTED_LENGTH || capacity < DELTA_GROUP + BookDeltaEncoder.LevelsEncoder.HEADER_SIZE + LEVEL_LENGTH)
        {
            throw new IllegalArgumentException("slot capacity " + capacity + " is below the " + MAX_REJECTED_LENGTH +
                " bytes a book part or a RejectedInput needs");
        }
        deltaLevelsPerPart = levelsPerPart(capacity, DELTA_GROUP);
        snapshotLevelsPerPart = levelsPerPart(capacity, SNAPSHOT_GROUP);
    }

    /**
     * @return how many levels one BookDelta part holds in this sink's slots.
     */
    public int deltaLevelsPerPart()
    {
        return deltaLevelsPerPart;
    }

    /**
     * @return how many levels one BookSnapshot part holds in this sink's slots.
     */
    public int snapshotLevelsPerPart()
    {
        return snapshotLevelsPerPart;
    }

    /**
     * Starts a diff-depth batch; nothing is claimed until the first level or {@link #finish()}.
     *
     * @param receiveTimeNs    local receive time.
     * @param exchangeTimeNs   venue time, or 0.
     * @param instrumentId     the instrument.
     * @param firstUpdateId    first update id in the message (Binance U).
     * @param lastUpdateId     last update id in the message (Binance u).
     * @param prevLastUpdateId the previous message's last update id (Binance futures pu), or the SBE null value.
     */
    public void beginDelta(
        final long receiveTimeNs,
        final long exchangeTimeNs,
        final int instrumentId,
        final long firstUpdateId,
        final long lastUpdateId,
        final long prevLastUpdateId)
    {
        begin(true, receiveTimeNs, exchangeTimeNs, instrumentId);
        this.firstUpdateId = firstUpdateId;
        this.lastUpdateId = lastUpdateId;
        this.prevLastUpdateId = prevLastUpdateId;
    }

    /**
     * Starts a snapshot batch; nothing is claimed until the first level or {@link #finish()}.
     *
     * @param receiveTimeNs  local receive time.
     * @param exchangeTimeNs venue time, or 0.
     * @param instrumentId   the instrument.
     * @param lastUpdateId   the snapshot's update id.
     */
    public void beginSnapshot(final long receiveTimeNs, final long exchangeTimeNs, final int instrumentId, final long lastUpdateId)
    {
        begin(false, receiveTimeNs, exchangeTimeNs, instrumentId);
        this.lastUpdateId = lastUpdateId;
    }

    /**
     * Appends a level, publishing the current part first if it is full.
     *
     * @param price mantissa at the instrument's price exponent.
     * @param qty   mantissa at the instrument's quantity exponent; 0 removes the level.
     * @param side  bid or ask.
     * @return false if the sink dropped a slot this batch needed: stop the message there.
     */
    public boolean level(final long price, final long qty, final Side side)
    {
        if (levelCount == partLimit)
        {
            return levelInNextPart(price, qty, side);
        }
        // openPart() bounded partLimit by the slot buffer's real capacity, so these writes stay inside it.
        final long at = slotAddress + levelCount * (long)LEVEL_LENGTH;
        UnsafeApi.putLong(slotArray, at + PRICE, NATIVE_ORDER ? price : Long.reverseBytes(price));
        UnsafeApi.putLong(slotArray, at + QTY, NATIVE_ORDER ? qty : Long.reverseBytes(qty));
        UnsafeApi.putByte(slotArray, at + SIDE, (byte)side.value());
        levelCount++;
        return true;
    }

    /**
     * Publishes the last part with LAST (an empty part if the message had no levels).
     *
     * @return false if the sink dropped a slot the batch needed.
     */
    public boolean finish()
    {
        if (sequence == NO_SEQUENCE && !openPart())
        {
            return false;
        }
        publishPart(true);
        end();
        return true;
    }

    /**
     * Ends the batch as rejected: the slot still held, if any, becomes the RejectedInput, else one is claimed.
     * Parts already published stay published; the RejectedInput that follows them tells the logic the book
     * may be wrong. Also usable outside a batch, to reject any input through this writer's sink.
     *
     * @return false if the sink dropped the RejectedInput.
     */
    public boolean reject(
        final Venue venue,
        final int instrumentId,
        final InputKind kind,
        final RejectReason reason,
        final DirectBuffer frame,
        final int frameOffset,
        final int frameLength,
        final int errorOffset,
        final long receiveTimeNs)
    {
        if (sequence == NO_SEQUENCE)
        {
            end();
            return inputs.rejected(venue, instrumentId, kind, reason, frame, frameOffset, frameLength, errorOffset, receiveTimeNs);
        }
        final int length = inputs.encodeRejected(slot, 0, venue, instrumentId, kind, reason, frame, frameOffset, frameLength,
            errorOffset, receiveTimeNs);
        final long seq = sequence;
        end();
        sink.publish(seq, length);
        return true;
    }

    /**
     * @return parts of the current (or last) batch already published.
     */
    public int partsPublished()
    {
        return partsPublished;
    }

    /**
     * @return true if the current batch lost a slot to the sink's overload policy.
     */
    public boolean dropped()
    {
        return dropped;
    }

    /**
     * @return true while a claimed slot is held unpublished.
     */
    public boolean holdsSlot()
    {
        return sequence != NO_SEQUENCE;
    }

    /**
     * Kept out of {@link #level} so that the per-level path stays small enough to inline into a decoder's loop.
     */
    private boolean levelInNextPart(final long price, final long qty, final Side side)
    {
        if (!nextPart())
        {
            return false;
        }
        if (partLimit == 0)
        {
            dropped = true; // a slot smaller than the sink declared: no level can ever be written
            return false;
        }
        return level(price, qty, side);
    }

    private void begin(final boolean isDelta, final long receiveTimeNs, final long exchangeTimeNs, final int instrumentId)
    {
        this.isDelta = isDelta;
        this.receiveTimeNs = receiveTimeNs;
        this.exchangeTimeNs = exchangeTimeNs;
        this.instrumentId = instrumentId;
        this.groupOffset = isDelta ? DELTA_GROUP : SNAPSHOT_GROUP;
        this.flagsOffset = isDelta ? DELTA_FLAGS : SNAPSHOT_FLAGS;
        this.levelsPerPart = isDelta ? deltaLevelsPerPart : snapshotLevelsPerPart;
        // A full part with no slot held makes the first level open the first part.
        this.levelCount = 0;
        this.partLimit = 0;
        this.partsPublished = 0;
        this.dropped = false;
        this.closed = false;
        this.sequence = NO_SEQUENCE;
    }

    private void end()
    {
        // Any later level() finds a full part and no slot, and openPart() refuses: nothing is written by mistake.
        sequence = NO_SEQUENCE;
        slot = null;
        slotArray = null;
        levelCount = 0;
        partLimit = 0;
        closed = true;
    }

    private boolean nextPart()
    {
        if (sequence != NO_SEQUENCE)
        {
            publishPart(false);
        }
        return openPart();
    }

    private boolean openPart()
    {
        if (dropped || closed)
        {
            return false;
        }
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            dropped = true;
            return false;
        }
        final MutableDirectBuffer buffer = sink.buffer(seq);
        if (isDelta)
        {
            delta.wrapAndApplyHeader(buffer, 0, messageHeader);
            delta.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(exchangeTimeNs).causeSequence(0)
                .instrumentId(instrumentId).reserved(0);
            delta.firstUpdateId(firstUpdateId).lastUpdateId(lastUpdateId).prevLastUpdateId(prevLastUpdateId);
        }
        else
        {
            snapshot.wrapAndApplyHeader(buffer, 0, messageHeader);
            snapshot.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(exchangeTimeNs).causeSequence(0)
                .instrumentId(instrumentId).reserved(0);
            snapshot.lastUpdateId(lastUpdateId);
        }
        buffer.putShort(groupOffset, (short)LEVEL_LENGTH, ORDER);
        final int levelsOffset = groupOffset + BookDeltaEncoder.LevelsEncoder.HEADER_SIZE;
        sequence = seq;
        slot = buffer;
        slotArray = buffer.byteArray();
        slotAddress = buffer.addressOffset() + levelsOffset;
        partLimit = Math.min(levelsPerPart, Math.max(0, (buffer.capacity() - levelsOffset) / LEVEL_LENGTH));
        levelCount = 0;
        return true;
    }

    private void publishPart(final boolean last)
    {
        byte flags = 0;
        if (partsPublished == 0)
        {
            flags = BatchFlagsEncoder.fIRST(flags, true);
        }
        if (last)
        {
            flags = BatchFlagsEncoder.lAST(flags, true);
        }
        slot.putByte(flagsOffset, flags);
        slot.putShort(groupOffset + 2, (short)levelCount, ORDER);
        final long seq = sequence;
        final int length = groupOffset + BookDeltaEncoder.LevelsEncoder.HEADER_SIZE + levelCount * LEVEL_LENGTH;
        sequence = NO_SEQUENCE;
        slot = null;
        slotArray = null;
        partsPublished++;
        sink.publish(seq, length);
    }

    private static int levelsPerPart(final int capacity, final int groupOffset)
    {
        return Math.min(MAX_GROUP_COUNT, (capacity - groupOffset - BookDeltaEncoder.LevelsEncoder.HEADER_SIZE) / LEVEL_LENGTH);
    }
}
