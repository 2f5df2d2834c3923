package io.ringwall.engine.analytics;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.Regime;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SnapshotTrigger;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.features.BarListener;
import io.ringwall.engine.features.Bars;
import io.ringwall.engine.features.EventTimeGrid;
import io.ringwall.engine.features.LiquidityFeatures;
import io.ringwall.engine.features.MarketImpact;
import io.ringwall.engine.features.TradeFlow;
import io.ringwall.engine.features.Volatility;
import io.ringwall.engine.features.regime.RegimeDetector;
import io.ringwall.engine.features.regime.RegimeSettings;
import io.ringwall.engine.features.wavelet.HaarWaveletEnergy;
import io.ringwall.engine.signals.SignalModel;
import io.ringwall.engine.walls.WallListener;
import io.ringwall.engine.walls.WallTracker;

/**
 * One instrument's analytics, on the business-logic thread and in event time: the book-driven features
 * (liquidity, impact, order-flow imbalance, walls) after each complete venue message while the book is
 * LIVE; trade flow and bars from every regular trade print; mid returns sampled on a fixed event-time grid
 * for volatility, wavelets and the regime; feature snapshots and signals at their cadences.
 * <p>
 * While the book is not LIVE nothing is computed from it: one PAUSED snapshot says so with the book's
 * state and no values, walls are paused (a resync must not read as pulled liquidity), and the sampled
 * returns restart after the resync instead of spanning it. Trades keep feeding flow and bars, which do
 * not depend on the book.
 */
public final class InstrumentAnalytics implements WallListener, BarListener
{
    /**
     * After a long silence the grid would owe one sample per missed point; beyond this many the window
     * state (2^L returns, regime history) is all zero returns anyway, so the rest are skipped.
     */
    static final int MAX_CATCH_UP_SAMPLES = 4096;

    private final InstrumentBook book;
    private final int instrumentId;
    private final int priceExponent;
    private final int qtyExponent;
    private final AnalyticsSettings settings;
    private final FeatureCatalog catalog;
    private final SignalModel model;
    private final AnalyticsDecisions decisions;
    private final SignalListener signalListener;
    private final FeatureVector features = new FeatureVector();

    private final LiquidityFeatures liquidity;
    private final MarketImpact impact;
    private final TradeFlow flow;
    private final Volatility volatility;
    private final Bars bars;
    private final HaarWaveletEnergy wavelet;
    private final RegimeDetector regime;
    private final WallTracker walls;

    private final EventTimeGrid sampleGrid;
    private final EventTimeGrid snapshotGrid;
    private final EventTimeGrid signalGrid;

    private boolean live;
    private boolean pausedReported;
    private boolean signalDue;
    private boolean snapshotDue;
    private long evaluatedUpdateId = Long.MIN_VALUE;
    private double lastSampledMid = Double.NaN;
    private long snapshots;
    private long signals;
    private long regimeChanges;
    private double lastConfidence = Double.NaN;
    private final long[] wallChanges = new long[WallChange.values().length - 1];   // NULL_VAL excluded

    InstrumentAnalytics(
        final InstrumentBook book,
        final AnalyticsSettings settings,
        final FeatureCatalog catalog,
        final SignalModel model,
        final AnalyticsDecisions decisions,
        final SignalListener signalListener)
    {
        this.signalListener = signalListener;
        this.book = book;
        this.instrumentId = book.instrumentId();
        this.priceExponent = book.priceExponent();
        this.qtyExponent = book.qtyExponent();
        this.settings = settings;
        this.catalog = catalog;
        this.model = model;
        this.decisions = decisions;

        liquidity = new LiquidityFeatures(settings.depthBandsBps(), settings.imbalanceLevels());
        impact = new MarketImpact(settings.impactNotionals());
        flow = new TradeFlow(settings.flowWindowsNs());
        volatility = new Volatility(settings.sampleIntervalNs(), settings.ewmaHalfLifeNs(), settings.realizedWindowsNs());
        bars = new Bars(settings.barTimeframesNs(), settings.atrPeriods(), this);
        wavelet = new HaarWaveletEnergy(settings.waveletLevels());
        regime = new RegimeDetector(RegimeSettings.DEFAULTS);
        walls = new WallTracker(instrumentId, settings.walls().settingsFor(book.symbol()), book.instrument().tickSize(),
            priceExponent, qtyExponent, this);
        walls.pause();

        sampleGrid = new EventTimeGrid(settings.sampleIntervalNs());
        snapshotGrid = new EventTimeGrid(settings.snapshotIntervalNs());
        signalGrid = new EventTimeGrid(settings.signalIntervalNs());
    }

    /**
     * Event time has moved to {@code nowNs}, before the input at that time is applied: takes the samples,
     * closes the bars and journals the snapshots and signals that fell due.
     */
    void onTime(final long nowNs)
    {
        checkState(nowNs);
        bars.onTime(nowNs);
        final long samplesDue = sampleGrid.advance(nowNs);
        if (samplesDue > 0 && live)
        {
            sample(samplesDue);
        }
        signalDue |= signalGrid.advance(nowNs) > 0;
        snapshotDue |= snapshotGrid.advance(nowNs) > 0;
        if (!live)
        {
            signalDue = false;
            snapshotDue = false;
            return;
        }
        // A venue message split over several inputs leaves the book half applied between them: what fell
        // due then is taken at the end of the message.
        if (book.atMessageBoundary())
        {
            emitDue();
        }
    }

    private void emitDue()
    {
        if (signalDue)
        {
            publish();
            final double score = model.score(features);
            final double confidence = SignalModel.probability(score);
            features.set(FeatureCatalog.SIGNAL_SCORE, score);
            features.set(FeatureCatalog.SIGNAL_CONFIDENCE, confidence);
            decisions.signal(instrumentId, score, confidence, model.horizonNs(), model.modelId(), model.source());
            lastConfidence = confidence;
            // the signal's snapshot stands in for a cadence one due at the same time
            decisions.featureSnapshot(instrumentId, BookState.LIVE, SnapshotTrigger.SIGNAL, catalog, features);
            signals++;
            snapshots++;
            // after the journal entry, so that the trading decisions it causes follow it
            signalListener.onSignal(instrumentId, score, confidence, decisions.nowNs());
        }
        else if (snapshotDue)
        {
            publish();
            decisions.featureSnapshot(instrumentId, BookState.LIVE, SnapshotTrigger.CADENCE, catalog, features);
            snapshots++;
        }
        signalDue = false;
        snapshotDue = false;
    }

    /**
     * After an input that may have changed the book or its state: follows the state, and at a message
     * boundary of a LIVE book updates the book-driven features and the walls.
     */
    void afterBookInput(final long nowNs)
    {
        checkState(nowNs);
        if (!live || !book.atMessageBoundary())
        {
            return;
        }
        // Book tickers, statuses and rejections change no level: the book-driven features only move when
        // a depth message or snapshot has been applied, i.e. when the book's update id moved.
        if (book.updateId() != evaluatedUpdateId)
        {
            evaluatedUpdateId = book.updateId();
            final OrderBook levels = book.book();
            liquidity.updateTop(levels, priceExponent, qtyExponent);
            flow.onTopOfBook(nowNs, levels.bestBidPrice(), levels.bestBidQty(), levels.bestAskPrice(), levels.bestAskQty(),
                priceExponent, qtyExponent);
            walls.evaluate(nowNs, levels);
        }
        emitDue();
    }

    /**
     * A public trade print of this instrument (regular prints only: insurance-fund and ADL prints are not
     * market trades).
     */
    public void onTrade(final long nowNs, final long price, final long qty, final AggressorSide aggressor)
    {
        flow.onTrade(nowNs, price, qty, aggressor, priceExponent, qtyExponent);
        bars.onTrade(nowNs, price, qty, aggressor, priceExponent, qtyExponent);
        if (live)
        {
            walls.onTrade(nowNs, price, qty, aggressor);
        }
    }

    private void checkState(final long nowNs)
    {
        final boolean nowLive = book.state() == BookState.LIVE;
        if (nowLive == live)
        {
            if (!live && !pausedReported && book.atMessageBoundary())
            {
                pausedReported = true;
                decisions.featureSnapshot(instrumentId, book.state(), SnapshotTrigger.PAUSED, catalog, features);
            }
            return;
        }
        live = nowLive;
        if (nowLive)
        {
            pausedReported = false;
            evaluatedUpdateId = Long.MIN_VALUE;
            walls.resume();
        }
        else
        {
            walls.pause();
            flow.resetTopOfBook();
            lastSampledMid = Double.NaN;
            pausedReported = true;
            decisions.featureSnapshot(instrumentId, book.state(), SnapshotTrigger.PAUSED, catalog, features);
        }
    }

    private void sample(final long due)
    {
        final double mid = liquidity.mid();
        final long points = Math.min(due, MAX_CATCH_UP_SAMPLES);
        final long last = sampleGrid.lastPointNs();
        final long interval = sampleGrid.intervalNs();
        for (long i = points - 1; i >= 0; i--)
        {
            // Between inputs nothing changed, so every point owed since the last one sees the current mid.
            final long pointNs = last - i * interval;
            if (!(mid > 0))
            {
                continue;
            }
            volatility.onSample(pointNs, mid);
            if (lastSampledMid > 0)
            {
                final double logReturn = StrictMath.log(mid / lastSampledMid);
                wavelet.onSample(logReturn);
                final Regime before = regime.regime();
                if (regime.onSample(logReturn))
                {
                    decisions.regimeChange(instrumentId, regime.regime(), before, regime.efficiencyRatio(),
                        regime.varianceRatio(), regime.volatilityPercentile());
                    regimeChanges++;
                }
            }
            lastSampledMid = mid;
        }
    }

    private void publish()
    {
        final long nowNs = decisions.nowNs();
        features.clear();
        features.set(FeatureCatalog.BOOK_STATE, 1.0);
        // the bands are measured when published, not on every update (see LiquidityFeatures.updateTop)
        liquidity.update(book.book(), priceExponent, qtyExponent);
        liquidity.publish(features);
        impact.walkAll(book.book(), priceExponent, qtyExponent);
        impact.publish(features);
        flow.publish(features, nowNs);
        volatility.publish(features);
        bars.publish(features);
        wavelet.publish(features);
        regime.publish(features);
        walls.publish(features, liquidity.mid());
    }

    @Override
    public void onWallChange(
        final int instrumentId,
        final long timeNs,
        final long wallId,
        final Side side,
        final WallChange change,
        final long lowPrice,
        final long highPrice,
        final int levels,
        final long size,
        final long peakSize,
        final double notional,
        final double distanceBps,
        final long ageNs,
        final long tradedQty,
        final double tradedFraction)
    {
        decisions.wallEvent(instrumentId, wallId, side, change, lowPrice, highPrice, levels, size, peakSize, notional,
            distanceBps, ageNs, tradedQty, tradedFraction);
        wallChanges[change.ordinal()]++;
    }

    @Override
    public void onBar(
        final int timeframe,
        final long openTimeNs,
        final long open,
        final long high,
        final long low,
        final long close,
        final long volume,
        final long buyVolume,
        final long trades,
        final double vwap)
    {
        if (settings.journalBars())
        {
            decisions.bar(instrumentId, settings.barTimeframesNs()[timeframe], openTimeNs, open, high, low, close, volume,
                buyVolume, (int)Math.min(trades, Integer.MAX_VALUE), vwap);
        }
    }

    /** @return the instrument's book. */
    public InstrumentBook book()
    {
        return book;
    }

    /** @return whether the book was LIVE at the last look, i.e. whether features are being computed. */
    public boolean isLive()
    {
        return live;
    }

    /**
     * Fills {@code out} with the features as of the input being processed, from a book at a message boundary
     * (for tools and later stages: the execution code reads impact through {@link #impact()}).
     */
    public void features(final FeatureVector out)
    {
        publish();
        out.copyFrom(features);
    }

    /** @return the market-impact calculator over this instrument's book. */
    public MarketImpact impact()
    {
        return impact;
    }

    /** @return the walls of this instrument. */
    public WallTracker walls()
    {
        return walls;
    }

    /** @return the liquidity features as of the last complete book message. */
    public LiquidityFeatures liquidity()
    {
        return liquidity;
    }

    /** @return snapshots journaled (cadence and signal). */
    public long snapshots()
    {
        return snapshots;
    }

    /** @return signals journaled. */
    public long signals()
    {
        return signals;
    }

    /**
     * @param change a wall change.
     * @return how many wall events of that change were journaled.
     */
    public long wallChanges(final WallChange change)
    {
        return wallChanges[change.ordinal()];
    }

    /** @return regime changes journaled. */
    public long regimeChanges()
    {
        return regimeChanges;
    }

    /** @return the regime now. */
    public Regime regime()
    {
        return regime.regime();
    }

    /**
     * @param timeframe the bar timeframe's index (0 is the first configured).
     * @return Wilder's ATR of that timeframe in quote currency, NaN until enough bars have closed.
     */
    public double atr(final int timeframe)
    {
        return bars.atr(timeframe);
    }

    /** @return the EWMA volatility of the sampled mid, annualised (NaN or 0 before enough samples). */
    public double annualisedVolatility()
    {
        return volatility.ewmaVolAnnualized();
    }

    /** @return the last signal's probability of an up-move, NaN before the first. */
    public double lastConfidence()
    {
        return lastConfidence;
    }
}
