package io.ringwall.gateways.sim;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One connection to the simulator: an HTTP request is either a WebSocket upgrade on a Binance stream path
 * ({@code /stream?streams=a/b}, {@code /ws/a/b}, with or without the futures {@code /public} or
 * {@code /market} prefix) or a REST call; after an upgrade it handles the client's frames (pings, close,
 * SUBSCRIBE requests).
 */
final class SimServerHandler extends ChannelInboundHandlerAdapter
{
    private static final Logger LOG = LoggerFactory.getLogger(SimServerHandler.class);
    private static final int MAX_CLIENT_FRAME = 1 << 20;

    private final ExchangeSimulator simulator;
    private WebSocketServerHandshaker handshaker;
    private SimClient client;

    SimServerHandler(final ExchangeSimulator simulator)
    {
        this.simulator = simulator;
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) throws Exception
    {
        simulator.stats().tcpConnectionsAccepted.incrementAndGet();
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) throws Exception
    {
        if (client != null)
        {
            simulator.clients().remove(client);
            simulator.stats().connectionsClosed.incrementAndGet();
            client = null;
        }
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg)
    {
        try
        {
            if (msg instanceof FullHttpRequest)
            {
                onRequest(ctx, (FullHttpRequest)msg);
            }
            else if (msg instanceof WebSocketFrame)
            {
                onFrame(ctx, (WebSocketFrame)msg);
            }
        }
        finally
        {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        LOG.debug("simulator: closing {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    private void onRequest(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        if (!request.decoderResult().isSuccess())
        {
            respond(ctx, false, new RestEndpoints.Answer(HttpResponseStatus.BAD_REQUEST, "{\"code\":-1,\"msg\":\"Bad request.\"}", -1), 0);
            return;
        }
        if (request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true))
        {
            upgrade(ctx, request);
            return;
        }
        simulator.stats().restRequests.incrementAndGet();
        final boolean keepAlive = HttpUtil.isKeepAlive(request);
        final SimulatorFaults.RestError error = simulator.faults().takeRestError();
        final RestEndpoints.Answer answer = error != null ?
            errorAnswer(error, simulator.rest().spend(1)) : simulator.rest().answer(request.method(), request.uri());
        final int retryAfter = error != null ? error.retryAfterSeconds() : 0;
        final long delayNs = simulator.faults().restDelayNs();
        if (delayNs > 0)
        {
            simulator.stats().restDelayed.incrementAndGet();
            ctx.executor().schedule(() -> respond(ctx, keepAlive, answer, retryAfter), delayNs, TimeUnit.NANOSECONDS);
        }
        else
        {
            respond(ctx, keepAlive, answer, retryAfter);
        }
    }

    private void upgrade(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        final QueryStringDecoder query = new QueryStringDecoder(request.uri());
        String path = query.path();
        if (path.startsWith("/public/") || path.startsWith("/market/"))
        {
            path = path.substring(path.indexOf('/', 1));
        }
        final boolean raw;
        final List<String> streams = new ArrayList<>();
        if (path.equals("/stream"))
        {
            raw = false;
            final List<String> values = query.parameters().get("streams");
            if (values != null)
            {
                values.forEach(v -> split(v, streams));
            }
        }
        else if (path.equals("/ws") || path.startsWith("/ws/"))
        {
            raw = true;
            split(path.substring(3), streams);
        }
        else
        {
            respond(ctx, false, new RestEndpoints.Answer(HttpResponseStatus.NOT_FOUND, "{\"code\":-1,\"msg\":\"Not found.\"}", -1), 0);
            return;
        }

        final String location = "ws://" + request.headers().get(HttpHeaderNames.HOST, "127.0.0.1") + request.uri();
        handshaker = new WebSocketServerHandshakerFactory(location, null, false, MAX_CLIENT_FRAME).newHandshaker(request);
        if (handshaker == null)
        {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        final SimClient joining = new SimClient(ctx.channel(), raw);
        streams.forEach(joining::subscribe);
        handshaker.handshake(ctx.channel(), request).addListener(f ->
        {
            if (!f.isSuccess())
            {
                ctx.close();
                return;
            }
            ctx.pipeline().addBefore(ctx.name(), "ws-aggregator", new WebSocketFrameAggregator(MAX_CLIENT_FRAME));
            client = joining;
            simulator.clients().add(joining);
            simulator.stats().connectionsAccepted.incrementAndGet();
            if (joining.hasSubscriptions())
            {
                simulator.startPlayback();
            }
        });
    }

    private void onFrame(final ChannelHandlerContext ctx, final WebSocketFrame frame)
    {
        final SimClient c = client;
        if (c == null)
        {
            return;
        }
        if (frame instanceof PingWebSocketFrame)
        {
            if (!c.stalled(System.nanoTime()))
            {
                ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
            }
        }
        else if (frame instanceof PongWebSocketFrame)
        {
            simulator.stats().pongsReceived.incrementAndGet();
        }
        else if (frame instanceof CloseWebSocketFrame)
        {
            c.markClosing();
            handshaker.close(ctx.channel(), (CloseWebSocketFrame)frame.retain());
        }
        else if (frame instanceof TextWebSocketFrame)
        {
            simulator.stats().controlMessages.incrementAndGet();
            final String reply = ControlMessages.handle(ByteBufUtil.getBytes(frame.content()), c, simulator::startPlayback);
            if (!c.stalled(System.nanoTime()))
            {
                ctx.writeAndFlush(new TextWebSocketFrame(reply));
            }
        }
    }

    private static RestEndpoints.Answer errorAnswer(final SimulatorFaults.RestError error, final long usedWeight)
    {
        final String body;
        if (error.status() == 429)
        {
            body = "{\"code\":-1003,\"msg\":\"Too many requests; please use the websocket for live updates to avoid polling the API.\"}";
        }
        else if (error.status() == 418)
        {
            body = "{\"code\":-1003,\"msg\":\"Way too many requests; IP banned. Please use the websocket for live updates to avoid bans.\"}";
        }
        else
        {
            body = "{\"code\":-1000,\"msg\":\"An unknown error occurred while processing the request.\"}";
        }
        return new RestEndpoints.Answer(HttpResponseStatus.valueOf(error.status()), body, usedWeight);
    }

    private static void respond(final ChannelHandlerContext ctx, final boolean keepAlive, final RestEndpoints.Answer answer, final int retryAfter)
    {
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, answer.status(),
            Unpooled.copiedBuffer(answer.body(), StandardCharsets.UTF_8));
        response.headers()
            .set(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=UTF-8")
            .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        if (answer.usedWeight() >= 0)
        {
            response.headers().set("X-MBX-USED-WEIGHT-1M", answer.usedWeight());
        }
        if (retryAfter > 0)
        {
            response.headers().setInt(HttpHeaderNames.RETRY_AFTER, retryAfter);
        }
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive)
        {
            ctx.writeAndFlush(response);
        }
        else
        {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static void split(final String streams, final List<String> into)
    {
        for (final String s : streams.split("/"))
        {
            if (!s.isBlank())
            {
                into.add(s.trim());
            }
        }
    }
}
