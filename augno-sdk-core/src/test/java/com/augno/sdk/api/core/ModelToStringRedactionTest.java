package com.augno.sdk.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.internal.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: request logs and audit events hold what callers sent (bodies, query strings, changed
 * values), which can include a key pasted in the wrong place; their {@code toString} never prints
 * those, and redacts key-shaped text in the rest. Required fields of the key record are checked at
 * decoding.
 */
class ModelToStringRedactionTest {
    private final String key = TestKeys.canary();

    private String requestLogJson() {
        return "{\"id\":\"rq_1\",\"object\":\"request_log\",\"method\":\"POST\",\"host\":\"api.augno.com\","
                + "\"path\":\"/v1/auth/api-keys/" + key + "?secret=" + key + "\","
                + "\"normalized_route\":\"/v1/auth/api-keys/{id}\",\"status_code\":400,\"latency_us\":900,"
                + "\"user_agent\":\"curl/8 " + key + "\",\"referrer\":\"https://example.com/x?k=" + key + "\","
                + "\"error_message\":\"bad id " + key + "\","
                + "\"query_params\":{\"api_key\":\"" + key + "\"},"
                + "\"request_body\":{\"name\":\"n\",\"note\":\"" + key + "\"},"
                + "\"response_body\":{\"api_key_secret\":\"" + key + "\"},"
                + "\"occurred_at\":\"2026-05-10T00:00:00Z\",\"created_at\":\"2026-05-10T00:00:00Z\"}";
    }

    @Test
    void requestLogToStringShowsNoBodiesNoQueryAndRedactsFreeText() throws Exception {
        RequestLog log = Json.mapper().readValue(requestLogJson(), RequestLog.class);

        String text = log.toString();

        assertThat(text)
                .doesNotContain(key)
                .contains("requestBody=<not shown>")
                .contains("responseBody=<not shown>")
                .contains("queryParams=<not shown>")
                .contains("referrer=https://example.com/x?<not shown>")
                .contains("method=POST");
        assertThat(log.requestBody()).isPresent(); // the data itself is still there for the caller
        LeakCanary.assertNoLeak(log);
    }

    @Test
    void auditEventToStringNamesChangedFieldsButNoValuesOrMetadata() throws Exception {
        String json = "{\"id\":\"ae_1\",\"object\":\"audit_event\",\"action\":\"update\",\"resource_type\":\"user\","
                + "\"resource_id\":\"us_1\",\"changes\":{\"object\":\"list\",\"data\":[{\"object\":\"audit_field_change\",\"field\":\"note\","
                + "\"old_value\":\"" + key + "\",\"new_value\":{\"k\":\"" + key + "\"}}],"
                + "\"page_info\":{\"has_next_page\":false,\"has_prev_page\":false}},"
                + "\"metadata\":{\"reason\":\"" + key + "\"},\"request\":" + requestLogJson() + ","
                + "\"occurred_at\":\"2026-05-10T00:00:00Z\",\"created_at\":\"2026-05-10T00:00:00Z\"}";
        AuditEvent event = Json.mapper().readValue(json, AuditEvent.class);

        String text = event.toString();

        assertThat(text)
                .doesNotContain(key)
                .contains("field=note")
                .contains("oldValue=<not shown>")
                .contains("newValue=<not shown>")
                .contains("metadata=<not shown>");
        LeakCanary.assertNoLeak(event);
    }
}
