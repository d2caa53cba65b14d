package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** Renders an {@link ApiError} as the API's {@code {"error": {...}}} envelope. */
final class ErrorRenderer {
    private volatile String baseUrl = "";

    /** Sets the base URL of {@code request_log_url}. */
    void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    byte[] body(ApiError e, @Nullable String logId) {
        ObjectNode err = Json.object();
        err.put("code", e.code);
        err.put("type", e.type());
        err.put("message", e.getMessage());
        err.put("param", e.param);
        err.put("doc_url", "https://docs.augno.com/api/errors#" + e.code);
        err.put("is_transient", e.isTransient);
        err.set("quota", NullNode.getInstance());
        err.put("request_log_url", logId == null ? null : baseUrl + "/v1/core/request-logs/" + logId);
        ObjectNode root = Json.object();
        root.set("error", err);
        return Json.bytes(root);
    }
}
