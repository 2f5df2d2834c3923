package io.ringwall.engine.features.regime;

import java.util.Arrays;

/**
 * The sum of the last n values added, kept under a binary tree of partial sums so that a value leaving the
 * window is overwritten, never subtracted: the sum cannot drift and a spike leaves no residue once it is out.
 * <p>
 * The values are the leaves {@code n..2n-1} of an implicit tree whose node i (1..n-1) is the sum of nodes 2i
 * and 2i+1; node 1 is then the sum of every leaf for any n, not only a power of two. Adding a value rewrites
 * its leaf and its at most {@code ceil(log2 n)} ancestors from their children, so the sum is a fixed-shape
 * pairwise sum of the window's current values. Unfilled leaves are zero.
 */
final class WindowSum
{
    private final int length;
    private final double[] nodes;
    /** Leaf offset (0..n-1) the next value goes to, the oldest value once the window is full. */
    private int next;

    WindowSum(final int length)
    {
        this.length = length;
        this.nodes = new double[2 * length];
    }

    void add(final double value)
    {
        int node = length + next;
        nodes[node] = value;
        next = next + 1 == length ? 0 : next + 1;
        node >>>= 1;
        while (node >= 1)
        {
            nodes[node] = nodes[2 * node] + nodes[2 * node + 1];
            node >>>= 1;
        }
    }

    /** @return the sum of the window (node 1; for n = 1 that is the single leaf). */
    double sum()
    {
        return nodes[1];
    }

    /**
     * @param age 0 for the value added last, up to n - 1.
     * @return the value added {@code age} values ago (zero if the window has not held it yet).
     */
    double recent(final int age)
    {
        final int offset = next - 1 - age;
        return nodes[length + (offset < 0 ? offset + length : offset)];
    }

    void clear()
    {
        Arrays.fill(nodes, 0.0);
        next = 0;
    }
}
