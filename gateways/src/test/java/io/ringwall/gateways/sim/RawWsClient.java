package io.ringwall.gateways.sim;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A WebSocket client written against the socket, for the tests that must see the wire: each frame's
 * opcode and arrival time, pings, close frames, and a TCP close with no close frame before it. It can also
 * connect and never read, to play a slow client.
 */
final class RawWsClient implements AutoCloseable
{
    static final int TEXT = 1;
    static final int CLOSE = 8;
    static final int PING = 9;
    static final int PONG = 10;

    /**
     * A frame received.
     *
     * @param opcode  its opcode.
     * @param payload its payload.
     * @param atNs    {@link System#nanoTime()} when it was read.
     */
    record Frame(int opcode, byte[] payload, long atNs)
    {
        String text()
        {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final List<Frame> frames = new ArrayList<>();
    private volatile long eofAtNs;
    private Thread reader;

    private RawWsClient(final Socket socket) throws IOException
    {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Connects and completes the handshake.
     *
     * @param uri           ws://host:port/path?query.
     * @param read          start reading frames at once (false: never read, a slow client).
     * @param receiveBuffer socket receive buffer, 0 for the default.
     * @return the client.
     */
    static RawWsClient connect(final URI uri, final boolean read, final int receiveBuffer) throws IOException
    {
        final Socket socket = new Socket();
        if (receiveBuffer > 0)
        {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
        final RawWsClient client = new RawWsClient(socket);
        client.handshake(uri);
        if (read)
        {
            client.startReading();
        }
        return client;
    }

    /** Starts reading frames (a client connected with {@code read == false} wakes up). */
    void startReading()
    {
        reader = new Thread(this::readLoop, "raw-ws-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void handshake(final URI uri) throws IOException
    {
        final byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        final String path = uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        final String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() +
            "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) +
            "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true)
        {
            final int b = in.read();
            if (b < 0)
            {
                throw new EOFException("closed during the handshake: " + head);
            }
            head.write(b);
            final byte[] h = head.toByteArray();
            final int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n')
            {
                break;
            }
        }
        final String response = head.toString(StandardCharsets.US_ASCII);
        if (!response.startsWith("HTTP/1.1 101"))
        {
            throw new IOException("handshake refused: " + response);
        }
    }

    private void readLoop()
    {
        try
        {
            while (true)
            {
                final int b0 = in.readUnsignedByte();
                final int b1 = in.readUnsignedByte();
                long length = b1 & 0x7F;
                if (length == 126)
                {
                    length = in.readUnsignedShort();
                }
                else if (length == 127)
                {
                    length = in.readLong();
                }
                final byte[] payload = new byte[(int)length];
                in.readFully(payload);
                synchronized (this)
                {
                    frames.add(new Frame(b0 & 0x0F, payload, System.nanoTime()));
                    notifyAll();
                }
            }
        }
        catch (final IOException ex)
        {
            synchronized (this)
            {
                eofAtNs = System.nanoTime();
                notifyAll();
            }
        }
    }

    void sendText(final String text) throws IOException
    {
        send(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    void sendPing(final byte[] payload) throws IOException
    {
        send(PING, payload);
    }

    synchronized void send(final int opcode, final byte[] payload) throws IOException
    {
        final byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        final ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | opcode);
        if (payload.length < 126)
        {
            frame.write(0x80 | payload.length);
        }
        else
        {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        }
        frame.write(mask);
        for (int i = 0; i < payload.length; i++)
        {
            frame.write(payload[i] ^ mask[i & 3]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    synchronized List<Frame> frames()
    {
        return new ArrayList<>(frames);
    }

    synchronized List<Frame> frames(final int opcode)
    {
        return frames.stream().filter(f -> f.opcode() == opcode).toList();
    }

    /** @return when the server ended the connection ({@link System#nanoTime()}), or 0 if it has not. */
    long eofAtNs()
    {
        return eofAtNs;
    }

    /**
     * Waits until the frames received (and the end of the connection) pass a test.
     */
    synchronized List<Frame> await(final Predicate<RawWsClient> test, final Duration timeout) throws InterruptedException
    {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!test.test(this))
        {
            final long left = deadline - System.nanoTime();
            if (left <= 0)
            {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return new ArrayList<>(frames);
    }

    boolean ended()
    {
        return eofAtNs != 0;
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
