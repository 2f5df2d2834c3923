package io.ringwall.gateways.sim;

import io.ringwall.gateways.json.JsonCursor;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Binance's WebSocket requests: {@code {"method":"SUBSCRIBE","params":[...],"id":1}} answered with
 * {@code {"result":null,"id":1}}, likewise UNSUBSCRIBE and LIST_SUBSCRIPTIONS; anything else gets Binance's
 * error object.
 */
final class ControlMessages
{
    private static final byte[] METHOD = "method".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PARAMS = "params".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "id".getBytes(StandardCharsets.US_ASCII);

    private ControlMessages()
    {
    }

    /**
     * Handles one request.
     *
     * @param text         the text frame.
     * @param client       whose subscriptions change.
     * @param onSubscribed told when the client subscribed to something.
     * @return the reply to send.
     */
    static String handle(final byte[] text, final SimClient client, final Runnable onSubscribed)
    {
        final JsonCursor cursor = new JsonCursor();
        final UnsafeBuffer view = new UnsafeBuffer(text);
        cursor.wrap(view, 0, text.length);
        String method = null;
        String id = "null";
        final List<String> params = new ArrayList<>();
        if (cursor.beginObject())
        {
            while (cursor.nextKey())
            {
                if (cursor.keyEquals(METHOD) && cursor.readString())
                {
                    method = view.getStringWithoutLengthAscii(cursor.stringStart(), cursor.stringEnd() - cursor.stringStart());
                }
                else if (cursor.keyEquals(PARAMS) && cursor.beginArray())
                {
                    while (cursor.nextElement() && cursor.readString())
                    {
                        params.add(view.getStringWithoutLengthAscii(cursor.stringStart(), cursor.stringEnd() - cursor.stringStart()));
                    }
                }
                else if (cursor.keyEquals(ID) && cursor.skipValue())
                {
                    id = view.getStringWithoutLengthAscii(cursor.valueStart(), cursor.position() - cursor.valueStart());
                }
                else
                {
                    cursor.skipValue();
                }
                if (cursor.hasError())
                {
                    break;
                }
            }
        }
        if (cursor.hasError())
        {
            return "{\"error\":{\"code\":3,\"msg\":\"Invalid JSON\"},\"id\":" + id + "}";
        }
        if ("SUBSCRIBE".equals(method))
        {
            params.forEach(client::subscribe);
            if (client.hasSubscriptions())
            {
                onSubscribed.run();
            }
            return "{\"result\":null,\"id\":" + id + "}";
        }
        if ("UNSUBSCRIBE".equals(method))
        {
            params.forEach(client::unsubscribe);
            return "{\"result\":null,\"id\":" + id + "}";
        }
        if ("LIST_SUBSCRIPTIONS".equals(method))
        {
            final StringBuilder out = new StringBuilder("{\"result\":[");
            final List<String> streams = client.subscriptions();
            for (int i = 0; i < streams.size(); i++)
            {
                out.append(i > 0 ? ",\"" : "\"").append(streams.get(i)).append('"');
            }
            return out.append("],\"id\":").append(id).append('}').toString();
        }
        return "{\"error\":{\"code\":2,\"msg\":\"Invalid request: unknown method\"},\"id\":" + id + "}";
    }
}
