package io.ringwall.engine.walls;

/**
 * The parameters of wall detection and tracking, with defaults for a liquid spot pair; see {@link WallTracker}
 * for how each one is used.
 *
 * @param levels           N: the top levels of each side that are searched for walls and whose median level size
 *                         is the side's baseline, in [1, 10000].
 * @param sizeMultiple     k: a cluster is a wall when its size is at least k times the baseline; at least
 *                         {@code seedMultiple}.
 * @param seedMultiple     a level joins or starts a cluster only when its own size is at least this many times the
 *                         baseline, so that a run of ordinary levels never adds up to a wall; above 0.
 * @param holdFraction     hysteresis: a live wall is kept while its cluster still reaches this fraction of both
 *                         the size and the notional thresholds and lies within the {@link #holdLevels()} best
 *                         levels (1 for none), in (0, 1].
 * @param minNotional      the least notional (Σ price·qty, quote currency) of a new wall, not negative.
 * @param clusterTicks     levels within this many ticks of the previous seed level join its cluster, not negative;
 *                         0 when {@code clusterBps} is used instead.
 * @param clusterBps       the same distance in basis points of the side's best price, not negative; 0 when
 *                         {@code clusterTicks} is used. At most one of the two is set; both 0 makes every wall a
 *                         single level (matched over time by overlap alone).
 * @param changeThreshold  the relative size change, against the size last reported, that is reported as GREW or
 *                         SHRANK; also the most of its peak an ended wall may have lost and still count as FADED,
 *                         in (0, 1).
 * @param consumedFraction an ended wall is CONSUMED when trades at its prices are at least this fraction of its
 *                         loss, in [0, 1].
 * @param maxWallsPerSide  the most live walls per side, in [1, 4096]; new walls beyond it are not tracked, the
 *                         smallest first.
 */
public record WallSettings(
    int levels,
    double sizeMultiple,
    double seedMultiple,
    double holdFraction,
    double minNotional,
    int clusterTicks,
    double clusterBps,
    double changeThreshold,
    double consumedFraction,
    int maxWallsPerSide)
{
    /** The largest N: the scratch arrays are sized by it, and a deeper window is no longer "near the price". */
    public static final int MAX_LEVELS = 10_000;

    /** The largest capacity per side. */
    public static final int MAX_WALLS_PER_SIDE = 4096;

    /**
     * N 50, k 5, seeds at 2x the median, kept down to half the thresholds, 100,000 quote, clusters within 2 ticks,
     * changes reported past 20%, consumed when trades explain half the loss, 64 walls per side.
     */
    public static final WallSettings DEFAULTS = new WallSettings(50, 5.0, 2.0, 0.5, 100_000.0, 2, 0.0, 0.2, 0.5, 64);

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the first parameter out of range.
     */
    public WallSettings
    {
        if (levels < 1 || levels > MAX_LEVELS)
        {
            throw invalid("levels", levels, "in [1, " + MAX_LEVELS + "]");
        }
        if (!(seedMultiple > 0) || Double.isInfinite(seedMultiple))
        {
            throw invalid("seedMultiple", seedMultiple, "finite and above 0");
        }
        if (!(sizeMultiple >= seedMultiple) || Double.isInfinite(sizeMultiple))
        {
            throw invalid("sizeMultiple", sizeMultiple, "finite and at least seedMultiple (" + seedMultiple + ")");
        }
        if (!(holdFraction > 0 && holdFraction <= 1))
        {
            throw invalid("holdFraction", holdFraction, "in (0, 1]");
        }
        if (!(minNotional >= 0) || Double.isInfinite(minNotional))
        {
            throw invalid("minNotional", minNotional, "finite and not negative");
        }
        if (clusterTicks < 0)
        {
            throw invalid("clusterTicks", clusterTicks, "not negative");
        }
        if (!(clusterBps >= 0) || Double.isInfinite(clusterBps))
        {
            throw invalid("clusterBps", clusterBps, "finite and not negative");
        }
        if (clusterTicks > 0 && clusterBps > 0)
        {
            throw new IllegalArgumentException("clusterBps must be 0 when clusterTicks is set (" + clusterTicks + "): set one of them");
        }
        if (!(changeThreshold > 0 && changeThreshold < 1))
        {
            throw invalid("changeThreshold", changeThreshold, "in (0, 1)");
        }
        if (!(consumedFraction >= 0 && consumedFraction <= 1))
        {
            throw invalid("consumedFraction", consumedFraction, "in [0, 1]");
        }
        if (maxWallsPerSide < 1 || maxWallsPerSide > MAX_WALLS_PER_SIDE)
        {
            throw invalid("maxWallsPerSide", maxWallsPerSide, "in [1, " + MAX_WALLS_PER_SIDE + "]");
        }
    }

    /**
     * The hold window: a live wall is kept while its cluster lies within this many best levels, {@code levels /
     * holdFraction} rounded up and at most {@code 4 * levels}, so that a wall at the edge of the top N does not
     * end and reappear each time a level in front of it comes or goes.
     *
     * @return the number of levels read per side at each evaluation.
     */
    public int holdLevels()
    {
        return (int)Math.min(4L * levels, (long)Math.ceil(levels / holdFraction));
    }

    /**
     * @param levels the new N.
     * @return these settings with another N.
     */
    public WallSettings withLevels(final int levels)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, clusterBps,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    /**
     * @param sizeMultiple the new k.
     * @param seedMultiple the new seed multiple.
     * @return these settings with other multiples of the baseline.
     */
    public WallSettings withMultiples(final double sizeMultiple, final double seedMultiple)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, clusterBps,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    /**
     * @param holdFraction the new hysteresis fraction.
     * @return these settings with another hysteresis.
     */
    public WallSettings withHoldFraction(final double holdFraction)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, clusterBps,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    /**
     * @param minNotional the new minimum notional.
     * @return these settings with another minimum notional.
     */
    public WallSettings withMinNotional(final double minNotional)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, clusterBps,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    /**
     * @param clusterTicks the new cluster distance in ticks.
     * @return these settings clustering by ticks (the bps distance cleared).
     */
    public WallSettings withClusterTicks(final int clusterTicks)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, 0.0,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    /**
     * @param clusterBps the new cluster distance in basis points.
     * @return these settings clustering by basis points (the tick distance cleared).
     */
    public WallSettings withClusterBps(final double clusterBps)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, 0, clusterBps,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    /**
     * @param changeThreshold  the new reporting threshold.
     * @param consumedFraction the new consumed fraction.
     * @return these settings with other change and end classification thresholds.
     */
    public WallSettings withThresholds(final double changeThreshold, final double consumedFraction)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, clusterBps,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    /**
     * @param maxWallsPerSide the new capacity.
     * @return these settings with another capacity per side.
     */
    public WallSettings withMaxWallsPerSide(final int maxWallsPerSide)
    {
        return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, clusterBps,
            changeThreshold, consumedFraction, maxWallsPerSide);
    }

    private static IllegalArgumentException invalid(final String name, final Object value, final String rule)
    {
        return new IllegalArgumentException(name + " must be " + rule + ", was " + value);
    }
}
