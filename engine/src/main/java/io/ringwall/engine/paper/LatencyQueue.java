package io.ringwall.engine.paper;

/**
 * Requests (new orders or cancels) on their way to the paper venue, in the order they take effect: with one
 * constant latency per kind and a clock that does not go back, first sent is first due, so a ring suffices.
 */
final class LatencyQueue
{
    private final long[] dueNs;
    private final long[] clientOrderId;
    private final long[] sequence;
    private final int mask;
    private long head;
    private long tail;

    LatencyQueue(final int capacity)
    {
        final int size = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        dueNs = new long[size];
        clientOrderId = new long[size];
        sequence = new long[size];
        mask = size - 1;
    }

    boolean isEmpty()
    {
        return head == tail;
    }

    boolean isFull()
    {
        return tail - head == dueNs.length;
    }

    void add(final long due, final long id, final long seq)
    {
        final int i = (int)(tail++ & mask);
        dueNs[i] = due;
        clientOrderId[i] = id;
        sequence[i] = seq;
    }

    long headDueNs()
    {
        return dueNs[(int)(head & mask)];
    }

    long headSequence()
    {
        return sequence[(int)(head & mask)];
    }

    /** Removes the head and answers its client order id. */
    long poll()
    {
        return clientOrderId[(int)(head++ & mask)];
    }
}
