package io.ringwall.engine.features.wavelet;

/**
 * The reference: the textbook pyramid Haar DWT of a whole window computed from scratch, written for
 * reading, not speed, to check the incremental {@link HaarWaveletEnergy} against.
 */
final class DirectHaar
{
    private DirectHaar()
    {
    }

    /**
     * The pyramid in unnormalised form, block sums instead of approximations, the form whose coefficients
     * {@link HaarWaveletEnergy} computes bit for bit: {@code s_j[k] = s_{j-1}[2k] + s_{j-1}[2k+1]},
     * {@code d_j[k]^2 = (s_{j-1}[2k] - s_{j-1}[2k+1])^2 / 2^j}.
     *
     * @param window {@code 2^L} samples, oldest first.
     * @return index 0 the final approximation's energy, index j (1..L) level j's detail energy, each summed in
     *         coefficient order.
     */
    static double[] energies(final double[] window)
    {
        final int levels = Integer.numberOfTrailingZeros(window.length);
        final double[] result = new double[levels + 1];
        double[] sums = window.clone();
        for (int j = 1; j <= levels; j++)
        {
            final double[] next = new double[sums.length / 2];
            double energy = 0.0;
            for (int k = 0; k < next.length; k++)
            {
                final double difference = sums[2 * k] - sums[2 * k + 1];
                next[k] = sums[2 * k] + sums[2 * k + 1];
                energy += difference * difference / Math.pow(2, j);
            }
            result[j] = energy;
            sums = next;
        }
        result[0] = sums[0] * sums[0] / window.length;
        return result;
    }

    /** The same energies from the textbook orthonormal pyramid, dividing by a rounded sqrt(2) at each level. */
    static double[] orthonormalEnergies(final double[] window)
    {
        final int levels = Integer.numberOfTrailingZeros(window.length);
        final double[] result = new double[levels + 1];
        double[] approximation = window.clone();
        for (int j = 1; j <= levels; j++)
        {
            final double[] next = new double[approximation.length / 2];
            double energy = 0.0;
            for (int k = 0; k < next.length; k++)
            {
                final double detail = (approximation[2 * k] - approximation[2 * k + 1]) / Math.sqrt(2.0);
                next[k] = (approximation[2 * k] + approximation[2 * k + 1]) / Math.sqrt(2.0);
                energy += detail * detail;
            }
            result[j] = energy;
            approximation = next;
        }
        result[0] = approximation[0] * approximation[0];
        return result;
    }

    /** @return {@code -sum p_j ln p_j} over the detail levels of {@link #energies}' result; NaN if all zero. */
    static double entropy(final double[] energies)
    {
        double total = 0.0;
        for (int j = 1; j < energies.length; j++)
        {
            total += energies[j];
        }
        if (total == 0.0)
        {
            return Double.NaN;
        }
        double h = 0.0;
        for (int j = 1; j < energies.length; j++)
        {
            final double p = energies[j] / total;
            h -= p == 0.0 ? 0.0 : p * StrictMath.log(p);
        }
        return h;
    }

    /**
     * @param history every sample fed, oldest first, {@code count} of them.
     * @return the last {@code size} samples, oldest first, zeros standing in before the first sample.
     */
    static double[] lastWindow(final double[] history, final int count, final int size)
    {
        final double[] window = new double[size];
        for (int i = 0; i < size; i++)
        {
            final int index = count - size + i;
            window[i] = index < 0 ? 0.0 : history[index];
        }
        return window;
    }

    /**
     * The inverse transform, to build a window with chosen coefficients.
     *
     * @param approximation the final approximation coefficient.
     * @param details       {@code details[j - 1]} level j's {@code 2^(L-j)} coefficients.
     * @return the {@code 2^L} samples, oldest first.
     */
    static double[] synthesize(final double approximation, final double[][] details)
    {
        double[] current = {approximation};
        for (int j = details.length; j >= 1; j--)
        {
            final double[] detail = details[j - 1];
            final double[] finer = new double[2 * current.length];
            for (int k = 0; k < current.length; k++)
            {
                finer[2 * k] = (current[k] + detail[k]) / Math.sqrt(2.0);
                finer[2 * k + 1] = (current[k] - detail[k]) / Math.sqrt(2.0);
            }
            current = finer;
        }
        return current;
    }
}
