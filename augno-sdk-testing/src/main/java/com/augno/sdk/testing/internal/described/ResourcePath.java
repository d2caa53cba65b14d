package com.augno.sdk.testing.internal.described;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an operation's resource lives: its path template split into the collection of the record
 * it addresses (if any) and the parent record the collection hangs under (if any).
 */
final class ResourcePath {
    /** The template segments. */
    private final String[] segments;
    /** Index of the last path parameter, or -1. */
    private final int lastParam;

    ResourcePath(String template) {
        this.segments = template.substring(1).split("/");
        int last = -1;
        for (int i = 0; i < segments.length; i++) {
            if (isParam(segments[i])) {
                last = i;
            }
        }
        this.lastParam = last;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{");
    }

    /** Whether the template ends with a path parameter ({@code .../{id}}). */
    boolean endsWithParam() {
        return lastParam == segments.length - 1 && lastParam >= 0;
    }

    /** Whether the template names a record: it has a path parameter. */
    boolean addressesRecord() {
        return lastParam >= 0;
    }

    /**
     * The concrete collection of the record the last path parameter names, e.g.
     * {@code /v1/sales/sales-orders} for {@code /v1/sales/sales-orders/{id}/actions/close}.
     */
    String recordCollection(List<String> values) {
        return concrete(lastParam, values);
    }

    /** The value of the last path parameter: the addressed record's id. */
    String recordId(List<String> values) {
        return values.get(values.size() - 1);
    }

    /** The template of the collection the last path parameter names. */
    String recordCollectionTemplate() {
        return "/" + String.join("/", java.util.Arrays.copyOfRange(segments, 0, Math.max(lastParam, 0)));
    }

    /** The whole path with the values filled in. */
    String concretePath(List<String> values) {
        return concrete(segments.length, values);
    }

    /**
     * For a collection path ({@code /v1/x/{id}/lines}), the parent record's collection template and
     * the index of its id among the values, or null when the path has no parameter.
     */
    @Nullable
    String parentCollectionTemplate() {
        if (lastParam < 0) {
            return null;
        }
        return recordCollectionTemplate();
    }

    /** Whether a concrete path fits a template ({@code /v1/x/ab_1/lines} fits {@code /v1/x/{id}/lines}). */
    static boolean fits(String template, String concrete) {
        String[] t = template.substring(1).split("/");
        String[] c = concrete.startsWith("/") ? concrete.substring(1).split("/") : new String[0];
        if (t.length != c.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!(isParam(t[i]) ? !c[i].isEmpty() : t[i].equals(c[i]))) {
                return false;
            }
        }
        return true;
    }

    private String concrete(int upTo, List<String> values) {
        StringBuilder sb = new StringBuilder();
        int v = 0;
        for (int i = 0; i < upTo; i++) {
            sb.append('/');
            sb.append(isParam(segments[i]) ? values.get(v++) : segments[i]);
        }
        return sb.toString();
    }
}
