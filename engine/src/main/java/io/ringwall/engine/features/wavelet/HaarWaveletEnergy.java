package io.ringwall.engine.features.wavelet;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;

import java.util.Arrays;

/**
 * How the variance of the last {@code 2^L} sampled returns splits across time scales: the energy of each
 * level of the orthonormal Haar (db1) wavelet decomposition of that window, updated in O(L) coefficients
 * per sample, and the Shannon wavelet entropy of the detail levels.
 * <p>
 * <b>What is computed.</b> After every sample, for the window {@code w[0..W-1]} of the last {@code W = 2^L}
 * samples (oldest first), the standard DWT of {@code w} with blocks aligned to the window's start. Level j
 * (1..L) has {@code 2^(L-j)} blocks of {@code 2^j} samples; block k's detail coefficient is {@code d_j[k] =
 * (s - s') / 2^(j/2)}, {@code s} and {@code s'} the sums of its older and newer halves, and the final
 * approximation is {@code a_L = (sum of w) / 2^(L/2)}: the orthonormal Haar pyramid {@code a_j[k] =
 * (a_{j-1}[2k] + a_{j-1}[2k+1]) / sqrt(2)}, {@code d_j[k] = (a_{j-1}[2k] - a_{j-1}[2k+1]) / sqrt(2)}, carried
 * in unnormalised form so that no rounded sqrt(2) enters: the half sums are built pairwise, {@code s_j[k] =
 * s_{j-1}[2k] + s_{j-1}[2k+1]}, and {@code d_j[k]^2 = (s_{j-1}[2k] - s_{j-1}[2k+1])^2 / 2^j} with an exact
 * power-of-two scaling. {@link #energy(int) energy(j)} is {@code sum_k d_j[k]^2}, {@link
 * #approximationEnergy()} is {@code a_L^2 = (sum of w)^2 / W}; the transform being orthonormal, they add up
 * to {@code sum w[i]^2}. This is the DWT of the current window at every sample, not only when the window
 * happens to be aligned to some grid: since {@code W} is a multiple of {@code 2^j}, the window's level-j
 * blocks end at the current sample and every {@code 2^j} samples before it, i.e. they are the blocks of the
 * non-decimated transform in the current sample's phase modulo {@code 2^j}.
 * <p>
 * <b>How.</b> Each sample completes one new block per level, the block of {@code 2^j} samples ending at it:
 * its half sums are the level {@code j-1} sums of the block ending {@code 2^(j-1)} samples earlier (kept in a
 * ring per level) and of the block ending now, added in the same order as the pyramid, so every coefficient
 * is bit for bit the pyramid's. Each level keeps, per phase, the squared details of its window in a ring
 * under a binary tree of partial sums: a new coefficient overwrites the one that left the window (the same
 * phase, {@code W} samples earlier) and re-adds its {@code L - j} ancestors from their children. Nothing is
 * ever subtracted, so there is no drift and no cancellation when a spike leaves the window; an energy is a
 * pairwise sum of the window's current squares, within a few ulps of a direct sum of the same squares. Cost
 * per sample: L coefficients and {@code L(L-1)/2} additions; memory about {@code 16 L 2^L} bytes (16 MB at
 * L = 16, 160 KB at L = 10).
 * <p>
 * <b>Before warm-up</b> (fewer than W samples since construction or {@link #reset()}), the figures are those
 * of the window padded with zeros before the first sample; {@link #isWarm()} tells them apart. A non-finite
 * sample makes the figures NaN or infinite until it leaves the window, then they recover exactly, since every
 * figure is rebuilt from the window's own values.
 * <p>
 * <b>Relative energies and entropy</b> are over the detail levels only: {@code p_j = energy(j) / sum_i
 * energy(i)}, {@code i = 1..L}, the approximation excluded (the usual wavelet entropy; the approximation of a
 * window of returns is its drift, not a scale of its variation). {@link #entropy()} is {@code -sum_j p_j
 * ln p_j} with {@code 0 ln 0 = 0}: 0 when all the detail energy is at one level, {@code ln L} when it is
 * spread evenly. When the detail energy is zero (a constant window), {@code p_j} and the entropy are
 * undefined and reported as NaN, so that a flat market is never read as energy concentrated at one scale.
 * <p>
 * Single-threaded, allocation-free after construction, deterministic (plain IEEE arithmetic and
 * {@link StrictMath#log}).
 */
public final class HaarWaveletEnergy
{
    /** Largest supported depth: a window of 65,536 samples. */
    public static final int MAX_LEVELS = 16;

    private final int levels;
    private final int window;
    /**
     * Block-sum rings: level m (0..L-1) holds the sums of the last {@code 2^m} blocks of {@code 2^m} samples
     * (one ending at each of the last {@code 2^m} samples), at offset {@code 2^m - 1}, slot
     * {@code sample & (2^m - 1)}; level 0 is the sample itself.
     */
    private final double[] blockSums;
    /** {@code 2^-j} by level j (index 0 unused): exact, so a squared difference scales without rounding. */
    private final double[] scales;
    /**
     * Per level j (at {@code (j - 1) * 2W}), per phase p (at {@code p * 2n}, {@code n = 2^(L-j)}), a heap of
     * partial sums: node 1 is the phase's energy, leaves {@code n..2n-1} the squared details, slot
     * {@code (sample >>> j) & (n - 1)}; node 0 unused.
     */
    private final double[] sums;
    /** Energy per level of the current window, index 1..L (0 unused). */
    private final double[] energies;
    private double approximationEnergy;
    private double detailEnergy;
    private double entropy;
    private boolean entropyStale;
    private long samples;

    /**
     * @param levels decomposition depth L, 1..{@value #MAX_LEVELS}; the window is {@code 2^L} samples.
     */
    public HaarWaveletEnergy(final int levels)
    {
        if (levels < 1 || levels > MAX_LEVELS)
        {
            throw new IllegalArgumentException("levels must be in 1.." + MAX_LEVELS + ": " + levels);
        }
        this.levels = levels;
        this.window = 1 << levels;
        this.blockSums = new double[window - 1];
        this.scales = new double[levels + 1];
        for (int j = 1; j <= levels; j++)
        {
            scales[j] = 1.0 / (1 << j);
        }
        this.sums = new double[levels * 2 * window];
        this.energies = new double[levels + 1];
        reset();
    }

    /** @return the decomposition depth L. */
    public int levels()
    {
        return levels;
    }

    /** @return the window length {@code 2^L} in samples. */
    public int windowSize()
    {
        return window;
    }

    /** @return samples fed since construction or the last {@link #reset()}. */
    public long samples()
    {
        return samples;
    }

    /** @return true once a full window of samples has been seen since construction or the last reset. */
    public boolean isWarm()
    {
        return samples >= window;
    }

    /**
     * Adds the next sample (a return on the caller's fixed event-time grid) and updates every figure to the
     * window ending with it.
     */
    public void onSample(final double x)
    {
        final long t = samples;
        double sum = x;
        double total = 0.0;
        for (int j = 1; j <= levels; j++)
        {
            final int span = 1 << (j - 1);
            final int ring = span - 1 + (int)(t & (span - 1));
            final double earlier = blockSums[ring];
            blockSums[ring] = sum;
            final double difference = earlier - sum;
            sum = earlier + sum;

            final int n = window >>> j;
            final int base = (j - 1) * 2 * window + (int)(t & ((1 << j) - 1)) * 2 * n;
            int node = n + (int)((t >>> j) & (n - 1));
            sums[base + node] = difference * difference * scales[j];
            node >>>= 1;
            while (node >= 1)
            {
                sums[base + node] = sums[base + 2 * node] + sums[base + 2 * node + 1];
                node >>>= 1;
            }
            final double energy = sums[base + 1];
            energies[j] = energy;
            total += energy;
        }
        approximationEnergy = sum * sum * scales[levels];
        detailEnergy = total;
        entropyStale = true;
        samples = t + 1;
    }

    /**
     * @param level 1 (finest, pairs of samples) to L (the two halves of the window).
     * @return the sum of the squared level-{@code level} detail coefficients of the current window.
     */
    public double energy(final int level)
    {
        checkLevel(level);
        return energies[level];
    }

    /** @return the squared final approximation coefficient: {@code (sum of the window)^2 / W}. */
    public double approximationEnergy()
    {
        return approximationEnergy;
    }

    /** @return the energy of all the detail levels together (the window's energy less its approximation's). */
    public double detailEnergy()
    {
        return detailEnergy;
    }

    /**
     * @param level 1..L.
     * @return {@code energy(level) / detailEnergy()}, the approximation excluded; NaN when the detail energy
     *         is zero.
     */
    public double relativeEnergy(final int level)
    {
        checkLevel(level);
        return detailEnergy == 0.0 ? Double.NaN : energies[level] / detailEnergy;
    }

    /**
     * @return the Shannon entropy {@code -sum p_j ln p_j} of the detail levels' relative energies, in nats,
     *         0..ln L; NaN when the detail energy is zero. Computed on the first read after a sample.
     */
    public double entropy()
    {
        if (entropyStale)
        {
            entropy = computeEntropy();
            entropyStale = false;
        }
        return entropy;
    }

    /**
     * Writes each level's {@link #relativeEnergy(int) relative energy} as {@link FeatureCatalog#waveletEnergy(int)
     * waveletEnergy(level)}, 1..L, and the {@link #entropy() entropy} as WAVELET_ENTROPY; all NaN until warm.
     * Relative rather than absolute energies, so that the features describe how the variance splits across
     * scales whatever the instrument's volatility (which the volatility features carry).
     */
    public void publish(final FeatureVector out)
    {
        final boolean warm = isWarm();
        for (int j = 1; j <= levels; j++)
        {
            out.set(FeatureCatalog.waveletEnergy(j), warm ? relativeEnergy(j) : Double.NaN);
        }
        out.set(FeatureCatalog.WAVELET_ENTROPY, warm ? entropy() : Double.NaN);
    }

    /** Forgets every sample (the book stopped being LIVE): the next sample starts a new window. */
    public void reset()
    {
        Arrays.fill(blockSums, 0.0);
        Arrays.fill(sums, 0.0);
        Arrays.fill(energies, 0.0);
        approximationEnergy = 0.0;
        detailEnergy = 0.0;
        entropy = Double.NaN;
        entropyStale = false;
        samples = 0;
    }

    private double computeEntropy()
    {
        // zero: no distribution to take the entropy of; NaN or infinite: a non-finite sample in the window
        if (!(detailEnergy > 0.0 && detailEnergy < Double.POSITIVE_INFINITY))
        {
            return Double.NaN;
        }
        // Starting from +0.0 and subtracting keeps a one-level window's entropy at +0.0 rather than -0.0.
        double h = 0.0;
        for (int j = 1; j <= levels; j++)
        {
            final double p = energies[j] / detailEnergy;
            if (p > 0.0)
            {
                h -= p * StrictMath.log(p);
            }
        }
        return h;
    }

    private void checkLevel(final int level)
    {
        if (level < 1 || level > levels)
        {
            throw new IllegalArgumentException("level must be in 1.." + levels + ": " + level);
        }
    }
}
