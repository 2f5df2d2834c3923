package io.ringwall.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.gateways.binance.BinanceDecoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compares equal work: for every frame it decodes, the Jackson decoder publishes exactly the
 * bytes ours publishes.
 */
class JacksonBinanceDepthDecoderTest
{
    @Test
    void shouldPublishByteIdenticalEventsToOursForEveryBtcusdtDepthFrame() throws IOException
    {
        final List<BenchmarkData.Frame> frames = BenchmarkData.hftbacktestStream(DecodeBenchmark.CAPTURE, DecodeBenchmark.STREAM);
        assertThat(frames).hasSize(3_451);
        final CapturingEventSink oursSink = new CapturingEventSink();
        final CapturingEventSink jacksonSink = new CapturingEventSink();
        final BinanceDecoder ours = new BinanceDecoder(Venue.BINANCE, DecodeBenchmark.btcusdt(), oursSink);
        final JacksonBinanceDepthDecoder jackson = new JacksonBinanceDepthDecoder(new JsonFactory(), DecodeBenchmark.btcusdt(), jacksonSink);

        int multiPart = 0;
        for (final BenchmarkData.Frame frame : frames)
        {
            oursSink.clear();
            jacksonSink.clear();
            ours.onFrame(new UnsafeBuffer(frame.bytes()), 0, frame.bytes().length, frame.receiveTimeNs());
            assertThat(jackson.onFrame(frame.bytes(), 0, frame.bytes().length, frame.receiveTimeNs())).isTrue();

            assertThat(jacksonSink.size()).isEqualTo(oursSink.size()).isPositive();
            for (int i = 0; i < oursSink.size(); i++)
            {
                assertThat(jacksonSink.events().get(i)).isEqualTo(oursSink.events().get(i));
            }
            multiPart += oursSink.size() > 1 ? 1 : 0;
        }
        assertThat(ours.counters().rejected()).isZero();
        assertThat(multiPart).as("frames spanning several parts are compared too").isPositive();
    }

    @Test
    void shouldReadTheProjectJvmOptionsFilteredIntoTheJar() throws IOException
    {
        assertThat(BenchmarkMain.jvmOptions()).contains("--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
            .noneMatch(option -> option.contains("${"));
    }
}
