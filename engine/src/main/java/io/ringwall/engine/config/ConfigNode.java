package io.ringwall.engine.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML mapping being read with its dotted path known, so every error names the key. Keys that no
 * reader asked for are reported as unknown (a misspelt key silently ignored is a risk with money on it).
 */
final class ConfigNode
{
    private final String source;
    private final String path;
    private final Map<String, Object> values;
    private final Set<String> read = new TreeSet<>();

    ConfigNode(final String source, final String path, final Map<String, Object> values)
    {
        this.source = source;
        this.path = path;
        this.values = values == null ? Collections.emptyMap() : values;
    }

    String key(final String name)
    {
        return path.isEmpty() ? name : path + "." + name;
    }

    ConfigException error(final String name, final String reason)
    {
        return new ConfigException(source + ": " + key(name) + ": " + reason);
    }

    boolean has(final String name)
    {
        return values.containsKey(name) && values.get(name) != null;
    }

    private Object raw(final String name)
    {
        read.add(name);
        return values.get(name);
    }

    ConfigNode child(final String name)
    {
        final Object value = raw(name);
        if (value == null)
        {
            return new ConfigNode(source, key(name), null);
        }
        if (!(value instanceof Map))
        {
            throw error(name, "must be a mapping of keys, got " + describe(value));
        }
        @SuppressWarnings("unchecked")
        final Map<String, Object> map = (Map<String, Object>)value;
        return new ConfigNode(source, key(name), map);
    }

    List<ConfigNode> childList(final String name)
    {
        final Object value = raw(name);
        final List<ConfigNode> out = new ArrayList<>();
        if (value == null)
        {
            return out;
        }
        if (!(value instanceof List))
        {
            throw error(name, "must be a list, got " + describe(value));
        }
        final List<?> list = (List<?>)value;
        for (int i = 0; i < list.size(); i++)
        {
            final Object item = list.get(i);
            if (!(item instanceof Map))
            {
                throw error(name + "[" + i + "]", "must be a mapping of keys, got " + describe(item));
            }
            @SuppressWarnings("unchecked")
            final Map<String, Object> map = (Map<String, Object>)item;
            out.add(new ConfigNode(source, key(name) + "[" + i + "]", map));
        }
        return out;
    }

    Map<String, ConfigNode> childMap(final String name)
    {
        final ConfigNode node = child(name);
        final Map<String, ConfigNode> out = new LinkedHashMap<>();
        for (final String key : node.values.keySet())
        {
            out.put(key, node.child(key));
        }
        return out;
    }

    String string(final String name, final String defaultValue)
    {
        final Object value = raw(name);
        if (value == null)
        {
            return defaultValue;
        }
        if (value instanceof Map || value instanceof List)
        {
            throw error(name, "must be a single value, got " + describe(value));
        }
        return String.valueOf(value).trim();
    }

    String requireString(final String name)
    {
        final String value = string(name, null);
        if (value == null || value.isEmpty())
        {
            throw error(name, "is required");
        }
        return value;
    }

    long longValue(final String name, final long defaultValue, final long min, final long max)
    {
        final Object value = raw(name);
        if (value == null)
        {
            return defaultValue;
        }
        final long parsed;
        if (value instanceof Integer || value instanceof Long)
        {
            parsed = ((Number)value).longValue();
        }
        else
        {
            try
            {
                parsed = Long.parseLong(String.valueOf(value).trim().replace("_", ""));
            }
            catch (final NumberFormatException ex)
            {
                throw error(name, "must be a whole number, got " + describe(value));
            }
        }
        if (parsed < min || parsed > max)
        {
            throw error(name, "must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    int intValue(final String name, final int defaultValue, final int min, final int max)
    {
        return (int)longValue(name, defaultValue, min, max);
    }

    double doubleValue(final String name, final double defaultValue, final double minExclusive, final double max)
    {
        final Object value = raw(name);
        if (value == null)
        {
            return defaultValue;
        }
        final double parsed;
        try
        {
            parsed = value instanceof Number ? ((Number)value).doubleValue() : Double.parseDouble(String.valueOf(value).trim());
        }
        catch (final NumberFormatException ex)
        {
            throw error(name, "must be a number, got " + describe(value));
        }
        if (!(parsed > minExclusive) || parsed > max || Double.isNaN(parsed))
        {
            throw error(name, "must be above " + minExclusive + " and at most " + max + ", got " + parsed);
        }
        return parsed;
    }

    boolean bool(final String name, final boolean defaultValue)
    {
        final Object value = raw(name);
        if (value == null)
        {
            return defaultValue;
        }
        if (value instanceof Boolean)
        {
            return (Boolean)value;
        }
        throw error(name, "must be true or false, got " + describe(value));
    }

    long durationMs(final String name, final long defaultMs, final long minMs, final long maxMs)
    {
        final String value = string(name, null);
        if (value == null)
        {
            return defaultMs;
        }
        final long ms;
        try
        {
            ms = Durations.parseMillis(value);
        }
        catch (final IllegalArgumentException ex)
        {
            throw error(name, ex.getMessage());
        }
        if (ms < minMs || ms > maxMs)
        {
            throw error(name, "must be between " + Durations.format(minMs) + " and " + Durations.format(maxMs) + ", got " + value);
        }
        return ms;
    }

    <E extends Enum<E>> E choice(final String name, final E defaultValue, final Class<E> type)
    {
        final String value = string(name, null);
        if (value == null)
        {
            return defaultValue;
        }
        final String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (final E e : type.getEnumConstants())
        {
            if (e.name().equals(constant))
            {
                return e;
            }
        }
        final List<String> choices = new ArrayList<>();
        for (final E e : type.getEnumConstants())
        {
            choices.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw error(name, "must be one of " + String.join(", ", choices) + ", got '" + value + "'");
    }

    List<String> stringList(final String name)
    {
        final Object value = raw(name);
        final List<String> out = new ArrayList<>();
        if (value == null)
        {
            return out;
        }
        if (value instanceof List)
        {
            for (final Object o : (List<?>)value)
            {
                if (o instanceof Map || o instanceof List || o == null)
                {
                    throw error(name, "must be a list of plain values");
                }
                out.add(String.valueOf(o).trim());
            }
            return out;
        }
        out.add(String.valueOf(value).trim());
        return out;
    }

    double[] doubleList(final String name, final double[] defaultValue, final double minExclusive, final double max, final int maxItems)
    {
        if (!has(name))
        {
            raw(name);
            return defaultValue;
        }
        final List<String> items = stringList(name);
        if (items.isEmpty() || items.size() > maxItems)
        {
            throw error(name, "must list 1 to " + maxItems + " numbers, got " + items.size());
        }
        final double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++)
        {
            try
            {
                out[i] = Double.parseDouble(items.get(i).replace("_", ""));
            }
            catch (final NumberFormatException ex)
            {
                throw error(name, "'" + items.get(i) + "' is not a number");
            }
            if (!(out[i] > minExclusive) || out[i] > max)
            {
                throw error(name, "values must be above " + minExclusive + " and at most " + max + ", got " + items.get(i));
            }
            if (i > 0 && out[i] <= out[i - 1])
            {
                throw error(name, "values must be increasing, got " + items);
            }
        }
        return out;
    }

    long[] durationListNs(final String name, final long[] defaultNs, final long minMs, final long maxMs, final int maxItems)
    {
        if (!has(name))
        {
            raw(name);
            return defaultNs;
        }
        final List<String> items = stringList(name);
        if (items.isEmpty() || items.size() > maxItems)
        {
            throw error(name, "must list 1 to " + maxItems + " durations, got " + items.size());
        }
        final long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++)
        {
            final long ms;
            try
            {
                ms = Durations.parseMillis(items.get(i));
            }
            catch (final IllegalArgumentException ex)
            {
                throw error(name, ex.getMessage());
            }
            if (ms < minMs || ms > maxMs)
            {
                throw error(name, "durations must be between " + Durations.format(minMs) + " and " + Durations.format(maxMs) +
                    ", got " + items.get(i));
            }
            out[i] = ms * 1_000_000L;
            if (i > 0 && out[i] <= out[i - 1])
            {
                throw error(name, "durations must be increasing, got " + items);
            }
        }
        return out;
    }

    Path path(final String name, final Path baseDir, final Path defaultValue)
    {
        final String value = string(name, null);
        if (value == null)
        {
            return defaultValue;
        }
        final Path p = Path.of(value);
        return p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize();
    }

    /**
     * Fails on keys no reader asked for.
     */
    void rejectUnknownKeys()
    {
        for (final String key : values.keySet())
        {
            if (!read.contains(key))
            {
                final String hint = suggestion(key);
                throw new ConfigException(source + ": " + key(key) + ": unknown key" +
                    (hint == null ? "" : " (did you mean '" + hint + "'?)"));
            }
        }
    }

    private String suggestion(final String key)
    {
        for (final String known : read)
        {
            if (known.equalsIgnoreCase(key) || known.replace("-", "").equalsIgnoreCase(key.replace("-", "").replace("_", "")))
            {
                return known;
            }
        }
        return null;
    }

    private static String describe(final Object value)
    {
        if (value instanceof Map)
        {
            return "a mapping";
        }
        if (value instanceof List)
        {
            return "a list";
        }
        return "'" + value + "'";
    }
}
