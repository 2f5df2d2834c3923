package io.ringwall.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventFilterTest
{
    private final TestEvents events = new TestEvents();
    private final InstrumentCatalog catalog = new InstrumentCatalog();

    @Test
    void shouldPassOnlyTheNamedTypes()
    {
        final EventFilter filter = EventFilter.of("BookHealth, Trade", null, catalog);
        assertThat(accepted(filter, events.oneOfEach())).containsExactly("Trade", "BookHealth");
    }

    @Test
    void shouldAcceptTheOperatorsShortNames()
    {
        final EventFilter filter = EventFilter.of("trades,health", null, catalog);
        assertThat(accepted(filter, events.oneOfEach())).containsExactly("Trade", "BookHealth");
        assertThat(EventTypes.templateId("wall")).isEqualTo(EventTypes.templateId("WallEvent"));
        assertThat(EventTypes.templateId("features")).isEqualTo(EventTypes.templateId("FeatureSnapshot"));
    }

    @Test
    void shouldPassOnlyEventsAboutTheSymbolLearningItFromAFilteredOutDefinition()
    {
        final EventFilter filter = EventFilter.of("Trade,BookTicker,TimerTick", "btcusdt", catalog);
        assertThat(accepted(filter, events.oneOfEach())).containsExactly("Trade", "BookTicker");
        assertThat(catalog.byId(TestEvents.BTCUSDT).symbol()).isEqualTo("BTCUSDT");
    }

    @Test
    void shouldMatchAVenueQualifiedSymbolOnlyOnThatVenue()
    {
        assertThat(accepted(EventFilter.of(null, "binance:BTCUSDT", catalog), events.oneOfEach()))
            .containsExactly("InstrumentDefinition", "BookSnapshot", "BookDelta", "Trade", "BookTicker", "RejectedInput",
                "BookHealth", "SnapshotRequest");
        assertThat(accepted(EventFilter.of(null, "okx:BTCUSDT", new InstrumentCatalog()), events.oneOfEach())).isEmpty();
    }

    @Test
    void shouldShowNothingForASymbolBeforeItsDefinition()
    {
        final List<byte[]> withoutDefinition = events.oneOfEach().subList(1, 11);
        assertThat(accepted(EventFilter.of(null, "BTCUSDT", catalog), withoutDefinition)).isEmpty();
    }

    @Test
    void shouldPassEverythingWithNoCriteria()
    {
        assertThat(accepted(EventFilter.of("", " ", catalog), events.oneOfEach())).hasSize(11);
        assertThat(accepted(EventFilter.all(catalog), events.oneOfEach())).hasSize(11);
    }

    @Test
    void shouldSelectTemplatesThisSchemaDoesNotKnowAsUnknown()
    {
        final byte[] unknown = events.timerTick(1);
        new UnsafeBuffer(unknown).putShort(2, (short)199, java.nio.ByteOrder.LITTLE_ENDIAN);
        final EventFilter filter = EventFilter.of("Unknown", null, catalog);
        assertThat(filter.accept(new UnsafeBuffer(unknown), 0, unknown.length)).isTrue();
        assertThat(filter.accept(new UnsafeBuffer(unknown), 0, 5)).isTrue();
        final byte[] tick = events.timerTick(2);
        assertThat(filter.accept(new UnsafeBuffer(tick), 0, tick.length)).isFalse();
    }

    @Test
    void shouldRefuseATypeNameNamingTheValidOnes()
    {
        assertThatThrownBy(() -> EventFilter.of("Trade,Trades", null, catalog))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'Trades'")
            .hasMessageContaining("BookHealth")
            .hasMessageContaining("Unknown")
            .hasMessageContaining("wall, walls, features");
        assertThatThrownBy(() -> EventFilter.of(null, "nasdaq:AAPL", catalog)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> accepted(final EventFilter filter, final List<byte[]> all)
    {
        final List<String> types = new ArrayList<>();
        for (final byte[] event : all)
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(event);
            if (filter.accept(buffer, 0, event.length))
            {
                types.add(EventTypes.name(io.ringwall.codecs.Events.templateId(buffer, 0)));
            }
        }
        return types;
    }
}
