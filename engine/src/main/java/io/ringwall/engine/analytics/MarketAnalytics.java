package io.ringwall.engine.analytics;

import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.decision.DecisionSink;
import io.ringwall.engine.decision.InputContext;
import io.ringwall.engine.signals.SignalModel;

import java.util.Arrays;

/**
 * The analytics stage of every instrument, driven by the business logic after each input. Per input it
 * touches only the input's instrument; a timer tick (instrument 0) advances every instrument's event-time
 * grids, so cadences keep running on a quiet instrument.
 */
public final class MarketAnalytics
{
    private final AnalyticsSettings settings;
    private final FeatureCatalog catalog;
    private final SignalModel model;
    private final AnalyticsDecisions decisions;
    private InstrumentAnalytics[] instruments = new InstrumentAnalytics[16];
    private int maxId;
    private SignalListener signalListener = SignalListener.NONE;

    /**
     * @param settings the analytics parameters (enabled).
     * @param model    the signal model: a trained one or the default rule.
     * @param input    the input being processed (decisions are stamped with it).
     * @param sink     where decisions go.
     */
    public MarketAnalytics(
        final AnalyticsSettings settings, final SignalModel model, final InputContext input, final DecisionSink sink)
    {
        this.settings = settings;
        this.catalog = new FeatureCatalog(settings);
        this.model = model;
        this.decisions = new AnalyticsDecisions(input, sink);
    }

    /**
     * Starts (or restarts, when the instrument was redefined with a new book) an instrument's analytics and
     * journals the names of the features its snapshots will carry. Allocates: definitions precede data.
     *
     * @param book the instrument's book.
     */
    public void define(final InstrumentBook book)
    {
        final int id = book.instrumentId();
        if (id >= instruments.length)
        {
            instruments = Arrays.copyOf(instruments, Math.max(instruments.length * 2, id + 1));
        }
        final InstrumentAnalytics existing = instruments[id];
        if (existing != null && existing.book() == book)
        {
            return;
        }
        instruments[id] = new InstrumentAnalytics(book, settings, catalog, model, decisions, signalListener);
        maxId = Math.max(maxId, id);
        decisions.featureSchema(id, catalog);
    }

    /**
     * Advances event time before an input is applied, so that samples and snapshots due before it see the
     * state as it was.
     *
     * @param instrumentId the input's instrument, or 0 for one that concerns every instrument (a timer tick).
     * @param nowNs        the input's time.
     */
    public void onTime(final int instrumentId, final long nowNs)
    {
        if (instrumentId == 0)
        {
            for (int id = 1; id <= maxId; id++)
            {
                final InstrumentAnalytics analytics = instruments[id];
                if (analytics != null)
                {
                    analytics.onTime(nowNs);
                }
            }
        }
        else
        {
            final InstrumentAnalytics analytics = get(instrumentId);
            if (analytics != null)
            {
                analytics.onTime(nowNs);
            }
        }
    }

    /**
     * After an input that may have changed a book or its state (depth, snapshot, ticker, status, rejection).
     *
     * @param instrumentId the input's instrument, or 0 when it concerned a whole venue.
     * @param nowNs        the input's time.
     */
    public void afterBookInput(final int instrumentId, final long nowNs)
    {
        if (instrumentId == 0)
        {
            for (int id = 1; id <= maxId; id++)
            {
                final InstrumentAnalytics analytics = instruments[id];
                if (analytics != null)
                {
                    analytics.afterBookInput(nowNs);
                }
            }
        }
        else
        {
            final InstrumentAnalytics analytics = get(instrumentId);
            if (analytics != null)
            {
                analytics.afterBookInput(nowNs);
            }
        }
    }

    /**
     * @param instrumentId an instrument id.
     * @return its analytics, or null when it was never defined.
     */
    public InstrumentAnalytics get(final int instrumentId)
    {
        return instrumentId > 0 && instrumentId < instruments.length ? instruments[instrumentId] : null;
    }

    /**
     * Sets who hears each signal (set-up time, before instruments are defined).
     *
     * @param listener the listener, {@link SignalListener#NONE} for nobody.
     */
    public void signalListener(final SignalListener listener)
    {
        if (listener == null)
        {
            throw new IllegalArgumentException("listener must not be null");
        }
        this.signalListener = listener;
    }

    /** @return the feature ids and names the snapshots carry. */
    public FeatureCatalog catalog()
    {
        return catalog;
    }

    /** @return the signal model in use. */
    public SignalModel model()
    {
        return model;
    }
}
