package io.ringwall.journal;

import io.ringwall.codecs.sbe.BarDecoder;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.FeatureSchemaDecoder;
import io.ringwall.codecs.sbe.FeatureSnapshotDecoder;
import io.ringwall.codecs.sbe.RegimeChangeDecoder;
import io.ringwall.codecs.sbe.SignalDecoder;
import io.ringwall.codecs.sbe.WallEventDecoder;
import io.ringwall.codecs.sbe.BookHealthDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.BookTickerDecoder;
import io.ringwall.codecs.sbe.GatewayStatusDecoder;
import io.ringwall.codecs.sbe.InstrumentDefinitionDecoder;
import io.ringwall.codecs.sbe.RejectedInputDecoder;
import io.ringwall.codecs.sbe.SessionStartDecoder;
import io.ringwall.codecs.sbe.SnapshotRequestDecoder;
import io.ringwall.codecs.sbe.TimerTickDecoder;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.OperatorCommandDecoder;
import io.ringwall.codecs.sbe.RiskVerdictDecoder;
import io.ringwall.codecs.sbe.SizingVerdictDecoder;
import io.ringwall.codecs.sbe.OrderUpdateDecoder;
import io.ringwall.codecs.sbe.AlgoUpdateDecoder;
import io.ringwall.codecs.sbe.FillDecoder;
import io.ringwall.codecs.sbe.PositionUpdateDecoder;
import io.ringwall.codecs.sbe.EquitySampleDecoder;
import io.ringwall.codecs.sbe.TradingStateChangeDecoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The event type names operators use (the SBE message names, e.g. "BookDelta") and their template ids,
 * plus {@link #UNKNOWN} for templates this build's schema does not know.
 */
public final class EventTypes
{
    /** The type name of any template id this schema does not define (a newer writer's, or garbage). */
    public static final String UNKNOWN = "Unknown";

    /** Template ids fit in this; the schema's highest id is below it. */
    static final int MAX_KNOWN_TEMPLATE_ID = 255;

    private static final String[] NAMES = new String[MAX_KNOWN_TEMPLATE_ID + 1];

    static
    {
        NAMES[InstrumentDefinitionDecoder.TEMPLATE_ID] = "InstrumentDefinition";
        NAMES[BookSnapshotDecoder.TEMPLATE_ID] = "BookSnapshot";
        NAMES[BookDeltaDecoder.TEMPLATE_ID] = "BookDelta";
        NAMES[TradeDecoder.TEMPLATE_ID] = "Trade";
        NAMES[BookTickerDecoder.TEMPLATE_ID] = "BookTicker";
        NAMES[GatewayStatusDecoder.TEMPLATE_ID] = "GatewayStatus";
        NAMES[TimerTickDecoder.TEMPLATE_ID] = "TimerTick";
        NAMES[RejectedInputDecoder.TEMPLATE_ID] = "RejectedInput";
        NAMES[SessionStartDecoder.TEMPLATE_ID] = "SessionStart";
        NAMES[BookHealthDecoder.TEMPLATE_ID] = "BookHealth";
        NAMES[SnapshotRequestDecoder.TEMPLATE_ID] = "SnapshotRequest";
        NAMES[WallEventDecoder.TEMPLATE_ID] = "WallEvent";
        NAMES[FeatureSchemaDecoder.TEMPLATE_ID] = "FeatureSchema";
        NAMES[FeatureSnapshotDecoder.TEMPLATE_ID] = "FeatureSnapshot";
        NAMES[BarDecoder.TEMPLATE_ID] = "Bar";
        NAMES[SignalDecoder.TEMPLATE_ID] = "Signal";
        NAMES[RegimeChangeDecoder.TEMPLATE_ID] = "RegimeChange";
        NAMES[OperatorCommandDecoder.TEMPLATE_ID] = "OperatorCommand";
        NAMES[RiskVerdictDecoder.TEMPLATE_ID] = "RiskVerdict";
        NAMES[SizingVerdictDecoder.TEMPLATE_ID] = "SizingVerdict";
        NAMES[OrderUpdateDecoder.TEMPLATE_ID] = "OrderUpdate";
        NAMES[AlgoUpdateDecoder.TEMPLATE_ID] = "AlgoUpdate";
        NAMES[FillDecoder.TEMPLATE_ID] = "Fill";
        NAMES[PositionUpdateDecoder.TEMPLATE_ID] = "PositionUpdate";
        NAMES[EquitySampleDecoder.TEMPLATE_ID] = "EquitySample";
        NAMES[TradingStateChangeDecoder.TEMPLATE_ID] = "TradingStateChange";
    }

    private EventTypes()
    {
    }

    /**
     * @param templateId a template id.
     * @return its message name, or null if this schema does not define it.
     */
    public static String name(final int templateId)
    {
        return templateId >= 0 && templateId <= MAX_KNOWN_TEMPLATE_ID ? NAMES[templateId] : null;
    }

    /**
     * @param name a message name, exact case ("BookDelta"), or one of the operator's short names ({@link #aliases()}:
     *             "wall", "features", "signals"...).
     * @return its template id, or -1 if the schema has no such message.
     */
    public static int templateId(final String name)
    {
        for (int i = 0; i < ALIASES.length; i += 2)
        {
            if (ALIASES[i].equals(name))
            {
                return templateId(ALIASES[i + 1]);
            }
        }
        for (int id = 0; id < NAMES.length; id++)
        {
            if (name.equals(NAMES[id]))
            {
                return id;
            }
        }
        return -1;
    }

    /** Short lower-case names for the types an operator tails most, as pairs (alias, message name). */
    private static final String[] ALIASES = {
        "wall", "WallEvent", "walls", "WallEvent",
        "features", "FeatureSnapshot", "signals", "Signal", "signal", "Signal",
        "bars", "Bar", "regime", "RegimeChange", "regimes", "RegimeChange",
        "trades", "Trade", "health", "BookHealth",
        "orders", "OrderUpdate", "fills", "Fill", "risk", "RiskVerdict", "positions", "PositionUpdate",
        "equity", "EquitySample", "algos", "AlgoUpdate", "sizing", "SizingVerdict", "halts", "TradingStateChange",
        "commands", "OperatorCommand",
    };

    /**
     * @return the short names, in the order listed in help texts.
     */
    public static List<String> aliases()
    {
        final List<String> aliases = new ArrayList<>();
        for (int i = 0; i < ALIASES.length; i += 2)
        {
            aliases.add(ALIASES[i]);
        }
        return aliases;
    }

    /**
     * @return every known type name in template id order, then {@link #UNKNOWN}.
     */
    public static List<String> names()
    {
        final List<String> names = new ArrayList<>();
        for (final String name : NAMES)
        {
            if (name != null)
            {
                names.add(name);
            }
        }
        names.add(UNKNOWN);
        return Collections.unmodifiableList(names);
    }
}
