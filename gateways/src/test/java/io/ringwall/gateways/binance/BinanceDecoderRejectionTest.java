package io.ringwall.gateways.binance;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.gateways.binance.Decoded.Delta;
import io.ringwall.gateways.binance.Decoded.Event;
import io.ringwall.gateways.binance.Decoded.Rejected;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad input yields exactly one RejectedInput with the right reason, kind, instrument and offset.
 */
class BinanceDecoderRejectionTest
{
    static final String DEPTH = "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1723161255208," +
        "\"s\":\"BTCUSDT\",\"U\":50093239189,\"u\":50093239202,\"b\":[[\"61737.63000000\",\"0.00000000\"]," +
        "[\"61730.17000000\",\"0.00000000\"]],\"a\":[[\"61837.64000000\",\"1.54698000\"]]}}";
    static final String TRADE = "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1723161255343,\"s\":\"BTCUSDT\"," +
        "\"t\":3735683259,\"p\":\"61837.63000000\",\"q\":\"0.02000000\",\"T\":1723161255342,\"m\":true,\"M\":true}}";

    private final DecoderFixture fixture = new DecoderFixture(Venue.BINANCE, "BTCUSDT");
    private final int btcusdt = fixture.instrument("BTCUSDT").id();

    @Test
    void shouldAcceptTheUnmodifiedFrames()
    {
        assertThat(fixture.frame(DEPTH)).singleElement().isInstanceOf(Delta.class);
        assertThat(fixture.frame(TRADE)).singleElement().isInstanceOf(Decoded.Trade.class);
    }

    @Test
    void shouldRejectATruncatedFrameAsMalformed()
    {
        final String truncated = DEPTH.substring(0, DEPTH.length() - 20);
        final Rejected rejected = onlyRejection(fixture.frame(truncated));
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejected.kind()).isEqualTo(InputKind.DEPTH);
        assertThat(rejected.header().instrumentId()).isEqualTo(btcusdt);
        assertThat(rejected.errorOffset()).isEqualTo(truncated.length());
        assertThat(rejected.frameLength()).isEqualTo(truncated.length());
        assertThat(rejected.excerpt()).isEqualTo(truncated);
    }

    @Test
    void shouldRejectGarbageAsMalformed()
    {
        final Rejected rejected = onlyRejection(fixture.frame("<html>502 Bad Gateway</html>"));
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejected.kind()).isEqualTo(InputKind.UNKNOWN);
        assertThat(rejected.header().instrumentId()).isZero();
        assertThat(rejected.errorOffset()).isZero();
        assertThat(rejected.excerpt()).isEqualTo("<html>502 Bad Gateway</html>");
    }

    @Test
    void shouldRejectAnEmptyFrameAndTrailingGarbage()
    {
        assertThat(onlyRejection(fixture.frame("")).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(onlyRejection(fixture.frame(DEPTH + "}")).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(onlyRejection(fixture.frame(DEPTH.replace(",\"U\":", ",,\"U\":"))).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldRejectADepthUpdateWithoutItsLastUpdateId()
    {
        final Rejected rejected = onlyRejection(fixture.frame(DEPTH.replace(",\"u\":50093239202", "")));
        assertThat(rejected.reason()).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(rejected.kind()).isEqualTo(InputKind.DEPTH);
        assertThat(rejected.header().instrumentId()).isEqualTo(btcusdt);
    }

    @Test
    void shouldRejectAPriceThatIsNotANumber()
    {
        final String frame = TRADE.replace("\"p\":\"61837.63000000\"", "\"p\":\"abc\"");
        final Rejected rejected = onlyRejection(fixture.frame(frame));
        assertThat(rejected.reason()).isEqualTo(RejectReason.BAD_NUMBER);
        assertThat(rejected.kind()).isEqualTo(InputKind.TRADE);
        assertThat(rejected.errorOffset()).isEqualTo(frame.indexOf("\"abc\""));
    }

    @Test
    void shouldRejectMoreDecimalsThanTheExponentHolds()
    {
        final String frame = DEPTH.replace("\"1.54698000\"", "\"1.123456789\"");
        final Rejected rejected = onlyRejection(fixture.frame(frame));
        assertThat(rejected.reason()).isEqualTo(RejectReason.PRECISION_LOSS);
        assertThat(rejected.errorOffset()).isEqualTo(frame.indexOf("\"1.123456789\""));
    }

    @Test
    void shouldAcceptTrailingZerosBeyondTheExponent()
    {
        fixture.add("ETHBTC", -5, -3);
        final List<Event> events = fixture.frame(TRADE.replace("btcusdt", "ethbtc").replace("BTCUSDT", "ETHBTC")
            .replace("\"q\":\"0.02000000\"", "\"q\":\"0.02000000000000000000000\""));
        assertThat(events).singleElement().isInstanceOfSatisfying(Decoded.Trade.class, trade ->
        {
            assertThat(trade.price()).isEqualTo(6_183_763_000L);
            assertThat(trade.qty()).isEqualTo(20L);
        });
    }

    @Test
    void shouldRejectANumberTooLargeForALong()
    {
        final Rejected rejected = onlyRejection(fixture.frame(DEPTH.replace("\"61730.17000000\"", "\"1234567890123456789012345\"")));
        assertThat(rejected.reason()).isEqualTo(RejectReason.NUMBER_OVERFLOW);
        final Rejected id = onlyRejection(fixture.frame(DEPTH.replace("50093239202", "1234567890123456789012345")));
        assertThat(id.reason()).isEqualTo(RejectReason.NUMBER_OVERFLOW);
    }

    @Test
    void shouldRejectANegativeQuantity()
    {
        final Rejected rejected = onlyRejection(fixture.frame(DEPTH.replace("\"1.54698000\"", "\"-1.54698000\"")));
        assertThat(rejected.reason()).isEqualTo(RejectReason.NEGATIVE_VALUE);
        assertThat(onlyRejection(fixture.frame(TRADE.replace("\"0.02000000\"", "\"-0.02\""))).reason())
            .isEqualTo(RejectReason.NEGATIVE_VALUE);
    }

    @Test
    void shouldRejectAZeroPriceButAcceptAZeroQuantity()
    {
        final String frame = DEPTH.replace("\"61730.17000000\"", "\"0.00000000\"");
        final Rejected rejected = onlyRejection(fixture.frame(frame));
        assertThat(rejected.reason()).isEqualTo(RejectReason.ZERO_PRICE);
        assertThat(rejected.errorOffset()).isEqualTo(frame.indexOf("[\"0.00000000\"") + 1);
        assertThat(onlyRejection(fixture.frame(TRADE.replace("\"61837.63000000\"", "\"0\""))).reason())
            .isEqualTo(RejectReason.ZERO_PRICE);
    }

    @Test
    void shouldRejectAFirstUpdateIdAboveTheLast()
    {
        final String frame = DEPTH.replace("\"U\":50093239189", "\"U\":50093239203");
        final Rejected rejected = onlyRejection(fixture.frame(frame));
        assertThat(rejected.reason()).isEqualTo(RejectReason.BAD_UPDATE_IDS);
        assertThat(rejected.errorOffset()).isEqualTo(frame.indexOf("50093239203"));
        assertThat(onlyRejection(fixture.frame(DEPTH.replace("\"U\":50093239189", "\"U\":-1"))).reason())
            .isEqualTo(RejectReason.BAD_UPDATE_IDS);
    }

    @Test
    void shouldRejectAnUnknownSymbolWhenUnknownSymbolsAreRefused()
    {
        final String frame = DEPTH.replace("btcusdt", "dogeusdt").replace("BTCUSDT", "DOGEUSDT");
        final Rejected rejected = onlyRejection(fixture.frame(frame));
        assertThat(rejected.reason()).isEqualTo(RejectReason.UNKNOWN_SYMBOL);
        assertThat(rejected.header().instrumentId()).isZero();
        assertThat(rejected.errorOffset()).isEqualTo(frame.indexOf("\"DOGEUSDT\""));
        assertThat(fixture.registry.find(Venue.BINANCE, "DOGEUSDT")).isNull();
    }

    @Test
    void shouldRejectAnUnknownEventType()
    {
        final Rejected rejected = onlyRejection(fixture.frame("{\"e\":\"somethingNew\",\"E\":1,\"s\":\"BTCUSDT\"}"));
        assertThat(rejected.reason()).isEqualTo(RejectReason.UNKNOWN_MESSAGE);
    }

    @Test
    void shouldPublishThePartsAlreadyWrittenThenARejectionWhenAFrameFailsLate()
    {
        final int levels = fixture.deltaLevelsPerPart() + 40;
        final StringBuilder bids = new StringBuilder();
        for (int i = 0; i < levels; i++)
        {
            bids.append(i == 0 ? "" : ",").append("[\"").append(60_000 - i).append(".01000000\",\"")
                .append(i == levels - 3 ? "1.0000000001" : "0.50000000").append("\"]");
        }
        final String frame = DEPTH.replaceFirst("\"b\":\\[.*?\\]\\],", "\"b\":[" + bids + "],");
        final List<Event> events = fixture.frame(frame);

        assertThat(events).hasSize(2);
        final Delta part = (Delta)events.get(0);
        assertThat(part.first()).isTrue();
        assertThat(part.last()).isFalse();
        assertThat(part.levels()).hasSize(fixture.deltaLevelsPerPart());
        final Rejected rejected = (Rejected)events.get(1);
        assertThat(rejected.reason()).isEqualTo(RejectReason.PRECISION_LOSS);
        assertThat(rejected.kind()).isEqualTo(InputKind.DEPTH);
        assertThat(rejected.header().instrumentId()).isEqualTo(btcusdt);
        assertThat(fixture.decoder.counters().rejected()).isEqualTo(1);
        assertThat(fixture.decoder.counters().events()).isEqualTo(1);
    }

    @Test
    void shouldRejectAFrameWhoseWrapperBreaksAfterACompletePayload()
    {
        final String frame = DEPTH.substring(0, DEPTH.length() - 1);
        final Rejected rejected = onlyRejection(fixture.frame(frame));
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejected.kind()).isEqualTo(InputKind.DEPTH);
        assertThat(rejected.header().instrumentId()).isEqualTo(btcusdt);
    }

    @Test
    void shouldRejectARepeatedField()
    {
        assertThat(onlyRejection(fixture.frame(DEPTH.replace("\"u\":50093239202", "\"u\":50093239202,\"u\":50093239203"))).reason())
            .isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldRejectARangeOutsideTheBufferWithoutReadingIt()
    {
        fixture.sink.clear();
        fixture.decoder.onFrame(new UnsafeBuffer(new byte[10]), 5, 10, 1L);
        fixture.decoder.onFrame(new UnsafeBuffer(new byte[10]), -1, 2, 1L);
        fixture.decoder.onFrame(null, 0, 0, 1L);
        assertThat(Decoded.all(fixture.sink.events())).hasSize(3).allSatisfy(event ->
            assertThat(((Rejected)event).reason()).isEqualTo(RejectReason.MALFORMED_JSON));
    }

    @Test
    void shouldStopAFrameAndCountItWhenTheSinkDropsASlot()
    {
        final DroppingSink sink = new DroppingSink(2);
        final DecoderFixture base = new DecoderFixture(Venue.BINANCE, "BTCUSDT");
        final BinanceDecoder decoder = new BinanceDecoder(Venue.BINANCE, base.instruments, sink);
        final StringBuilder bids = new StringBuilder();
        for (int i = 0; i < 3 * base.deltaLevelsPerPart(); i++)
        {
            bids.append(i == 0 ? "" : ",").append("[\"").append(60_000 - i).append(".01\",\"0.5\"]");
        }
        final byte[] frame = DEPTH.replaceFirst("\"b\":\\[.*?\\]\\],", "\"b\":[" + bids + "],").getBytes(StandardCharsets.US_ASCII);

        decoder.onFrame(new UnsafeBuffer(frame), 0, frame.length, 1L);

        assertThat(decoder.counters().dropped()).isEqualTo(1);
        final List<Event> events = Decoded.all(sink.capturing.events());
        assertThat(events).hasSize(2);
        assertThat(((Delta)events.get(0)).first()).isTrue();
        assertThat(((Delta)events.get(0)).last()).isFalse();
        assertThat(((Rejected)events.get(1)).reason()).isEqualTo(RejectReason.DROPPED_OVERLOAD);
    }

    static Rejected onlyRejection(final List<Event> events)
    {
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).isInstanceOf(Rejected.class);
        return (Rejected)events.get(0);
    }

    /**
     * Drops the claims after the first {@code budget}, then accepts again (a RejectedInput may get through).
     */
    static final class DroppingSink implements EventSink
    {
        final CapturingEventSink capturing = new CapturingEventSink();
        private int claims;
        private final int dropAt;

        DroppingSink(final int dropAt)
        {
            this.dropAt = dropAt;
        }

        @Override
        public long claim()
        {
            return ++claims == dropAt ? NO_SLOT : capturing.claim();
        }

        @Override
        public MutableDirectBuffer buffer(final long sequence)
        {
            return capturing.buffer(sequence);
        }

        @Override
        public void publish(final long sequence, final int length)
        {
            capturing.publish(sequence, length);
        }

        @Override
        public int slotCapacity()
        {
            return capturing.slotCapacity();
        }
    }
}
