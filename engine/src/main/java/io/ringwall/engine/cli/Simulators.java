package io.ringwall.engine.cli;

import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.gateways.capture.CaptureFormat;
import io.ringwall.gateways.sim.ExchangeSimulator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Starts the exchange simulator from config.
 */
final class Simulators
{
    private Simulators()
    {
    }

    static ExchangeSimulator start(final RingwallConfig.SimulatorSettings settings) throws IOException
    {
        final ExchangeSimulator.Builder builder = ExchangeSimulator.builder()
            .venue(settings.venue())
            .speed(settings.speed())
            .port(settings.port());
        for (final Path capture : settings.captures())
        {
            builder.capture(capture, CaptureFormat.detect(capture));
        }
        return builder.build().start();
    }
}
