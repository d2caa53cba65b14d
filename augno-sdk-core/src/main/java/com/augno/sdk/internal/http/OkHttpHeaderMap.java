package com.augno.sdk.internal.http;

import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import okhttp3.Headers;

/**
 * Not API. OkHttp's response {@link Headers} seen as the map {@link Headers#toMultimap()} returns
 * (names in lower case, each with its values in order), without building it: {@link #forEach}
 * walks the headers once, so {@code ResponseHeaders.of(new OkHttpHeaderMap(h))} copies them once
 * instead of twice. Read-only; {@link #entrySet()} (which nothing on the call path uses) builds
 * {@code toMultimap()}.
 */
final class OkHttpHeaderMap extends AbstractMap<String, List<String>> {
    private final Headers headers;

    OkHttpHeaderMap(Headers headers) {
        this.headers = headers;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super List<String>> action) {
        Headers h = headers;
        int n = h.size();
        for (int i = 0; i < n; i++) {
            String name = h.name(i);
            if (seenBefore(h, i, name)) {
                continue; // its values went out with its first occurrence
            }
            action.accept(name.toLowerCase(Locale.US), valuesFrom(h, i, name));
        }
    }

    /** Whether a header before {@code i} has the same name, ignoring case. */
    private static boolean seenBefore(Headers h, int i, String name) {
        for (int j = 0; j < i; j++) {
            if (h.name(j).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The values of {@code name} from its first occurrence {@code first} on, in order. */
    private static List<String> valuesFrom(Headers h, int first, String name) {
        int n = h.size();
        int count = 1;
        for (int j = first + 1; j < n; j++) {
            if (h.name(j).equalsIgnoreCase(name)) {
                count++;
            }
        }
        if (count == 1) {
            return List.of(h.value(first));
        }
        String[] values = new String[count];
        values[0] = h.value(first);
        for (int j = first + 1, k = 1; j < n; j++) {
            if (h.name(j).equalsIgnoreCase(name)) {
                values[k++] = h.value(j);
            }
        }
        return List.of(values);
    }

    @Override
    public int size() {
        return headers.names().size();
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return headers.toMultimap().entrySet();
    }
}
