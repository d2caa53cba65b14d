package com.augno.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.secrets.ApiKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link RequestHeaderTemplate} sends the headers, in the order, each call used to assemble. */
class RequestHeaderTemplateTest {
    private static final HttpUrl URL = HttpUrl.get("https://api.augno.com/v1/auth/api-keys/key_1");
    private final ApiKey key = FakeKeySource.key(TestKeys.canary());

    @Test
    void sameHeadersAsBuiltPerCallForEveryCombination() {
        List<Map<String, String>> overrides = new ArrayList<>();
        overrides.add(Map.of());
        overrides.add(Map.of("X-Trace", "t-1"));
        overrides.add(Map.of("Accept", "text/csv"));
        overrides.add(Map.of("user-agent", "my-app/2"));
        overrides.add(Map.of("AUGNO-VERSION", "2.0"));
        overrides.add(Map.of("OpenMRP-Version", "2.0"));
        overrides.add(Map.of("augno-account", "acct_other"));
        overrides.add(Map.of("Idempotency-Key", "mine"));
        overrides.add(Map.of("authorization", "Basic abc"));
        Map<String, String> several = new LinkedHashMap<>();
        several.put("Openmrp-Account", "acct_2");
        several.put("X-One", "1");
        several.put("accept", "application/xml");
        overrides.add(several);
        int compared = 0;
        for (String account : new String[] {null, "acct_01HX"}) {
            ClientConfig config = config("augno-java/test", account);
            RequestHeaderTemplate template = new RequestHeaderTemplate(config);
            for (String idempotencyKey : new String[] {null, "idem-123"}) {
                for (Map<String, String> o : overrides) {
                    Headers expected = perCall(config, key, idempotencyKey, o);
                    Request.Builder b = new Request.Builder().url(URL);
                    template.addTo(b, key, idempotencyKey, o);
                    assertSameHeaders(expected, b.build().headers());
                    compared++;
                }
            }
        }
        assertEquals(40, compared);
    }

    @Test
    void bothBrandsOfVersionAndAccountAreSent() {
        Request.Builder b = new Request.Builder().url(URL);
        new RequestHeaderTemplate(config("ua/1", "acct_9")).addTo(b, key, null, Map.of());
        Headers h = b.build().headers();
        assertEquals(
                List.of(
                        "Authorization",
                        "OpenMRP-Version",
                        "Augno-Version",
                        "User-Agent",
                        "Accept",
                        "OpenMRP-Account",
                        "Augno-Account"),
                names(h));
        assertEquals("1.0.forge-preview.3", h.get("OpenMRP-Version"));
        assertEquals("1.0.forge-preview.3", h.get("Augno-Version"));
        assertEquals("acct_9", h.get("OpenMRP-Account"));
        assertEquals("acct_9", h.get("Augno-Account"));
        assertTrue(("Bearer " + key.reveal()).equals(h.get("Authorization")), "Authorization is Bearer and the key");
    }

    @Test
    void authorizationIsMadeOncePerKeyValue() {
        RequestHeaderTemplate template = new RequestHeaderTemplate(config("ua/1", null));
        String first = template.authorization(key);
        assertSame(first, template.authorization(key));
        // Another ApiKey object holding the same key: the same value, not made again.
        assertSame(first, template.authorization(FakeKeySource.key(key.reveal())));
        ApiKey rotated = FakeKeySource.key(TestKeys.canary());
        String second = template.authorization(rotated);
        assertNotSame(first, second);
        assertTrue(("Bearer " + rotated.reveal()).equals(second), "the new key's value");
        assertFalse(first.equals(second), "a new key, a new value");
        assertTrue(("Bearer " + key.reveal()).equals(template.authorization(key)), "back to the first key");
    }

    @Test
    void toStringNeverShowsTheKey() {
        RequestHeaderTemplate template = new RequestHeaderTemplate(config("ua/1", "acct_1"));
        template.authorization(key);
        String s = template.toString();
        assertFalse(s.contains(key.reveal()), "the key in toString");
        assertFalse(s.contains("Bearer"), "the Authorization value in toString");
        assertTrue(s.contains("Authorization") && s.contains("Augno-Account"), s);
    }

    @Test
    void anUnusableHeaderValueStillFailsTheCallNotTheClient() {
        ClientConfig config = config("agent\u00e9", null); // OkHttp refuses non-ASCII header values
        RequestHeaderTemplate template = new RequestHeaderTemplate(config); // no failure here
        IllegalArgumentException before =
                assertThrows(IllegalArgumentException.class, () -> perCall(config, key, null, Map.of()));
        IllegalArgumentException now = assertThrows(
                IllegalArgumentException.class,
                () -> template.addTo(new Request.Builder().url(URL), key, null, Map.of()));
        assertEquals(before.getMessage(), now.getMessage());
    }

    /** How AttemptStage built the headers before the template (commit 0d4ad9b), kept as the reference. */
    private static Headers perCall(
            ClientConfig config, ApiKey key, @Nullable String idempotencyKey, Map<String, String> overrides) {
        Request.Builder b = new Request.Builder()
                .url(URL)
                .header("Authorization", "Bearer " + key.reveal())
                .header("OpenMRP-Version", config.apiVersion())
                .header("Augno-Version", config.apiVersion())
                .header("User-Agent", config.userAgent())
                .header("Accept", "application/json");
        String account = config.account();
        if (account != null) {
            b.header("OpenMRP-Account", account);
            b.header("Augno-Account", account);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        for (Map.Entry<String, String> h : overrides.entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        return b.build().headers();
    }

    /** Compares names and values in order; a failure names the headers, never their values. */
    private static void assertSameHeaders(Headers expected, Headers actual) {
        assertEquals(names(expected), names(actual), "header names in order");
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.value(i).equals(actual.value(i)), "the value of " + expected.name(i));
        }
        assertTrue(expected.equals(actual), "headers equal");
    }

    private static List<String> names(Headers h) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            names.add(h.name(i));
        }
        return names;
    }

    private static ClientConfig config(String userAgent, @Nullable String account) {
        return new ClientConfig(
                BaseUrls.parse("https://api.augno.com"),
                "1.0.forge-preview.3",
                account,
                userAgent,
                Duration.ofSeconds(10),
                2,
                Fixture.CLOCK,
                new RecordingSleeper(),
                false);
    }
}
