package com.augno.sdk.runtime;

import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.NetworkGuard;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The program the forked-JVM client tests run: builds an {@link AugnoClient} against the parent's
 * loopback fake server ({@code args[1]}) with a provider that counts its calls, and prints tagged
 * lines ({@code BUILT}, {@code STATUS n}, {@code REFUSED <rule> <message>}, {@code PROVIDER_CALLS n},
 * {@code LOG <line>}).
 *
 * <p>Modes: {@code build-and-call} (build, send one GET); {@code android-properties} (set the
 * properties as Android sets them, then build); {@code internal-context} (the same properties, then
 * the internal {@code ClientContext.create} directly).
 */
public final class ClientChildMain {
    private static final AtomicInteger PROVIDER_CALLS = new AtomicInteger();

    private ClientChildMain() {}

    @SuppressWarnings("SystemOut") // Output for the parent test, not library code.
    public static void main(String[] args) {
        NetworkGuard.install();
        String mode = args[0];
        String baseUrl = args[1];
        if (mode.equals("android-properties") || mode.equals("internal-context")) {
            System.setProperty("java.vm.name", "Dalvik");
            System.setProperty("java.vendor", "The Android Project");
            System.setProperty("java.vm.vendor", "The Android Project");
            System.setProperty("java.runtime.name", "Android Runtime");
            System.setProperty("android.icu.library.version", "72.1.0.1");
        }
        if (mode.equals("internal-context")) {
            // The internal transport's public entry point, called directly, must refuse too.
            try {
                com.augno.sdk.internal.http.ClientContext.create(
                        new com.augno.sdk.internal.http.ClientConfig(
                                okhttp3.HttpUrl.get(baseUrl),
                                "1.0.forge-preview.3",
                                null,
                                "test",
                                java.time.Duration.ofSeconds(5),
                                0,
                                java.time.Clock.systemUTC(),
                                com.augno.sdk.http.Sleeper.system(),
                                false),
                        new okhttp3.OkHttpClient.Builder()
                                .followRedirects(false)
                                .followSslRedirects(false)
                                .build(),
                        com.augno.sdk.internal.auth.KeyCache.builder(new CountingProvider())
                                .build());
                System.out.println("BUILT");
            } catch (UnsupportedRuntimeException e) {
                System.out.println("REFUSED " + e.rule() + " " + e.getMessage());
            }
            System.out.println("PROVIDER_CALLS " + PROVIDER_CALLS.get());
            return;
        }
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(new CountingProvider())
                .baseUrl(baseUrl)
                .maxRetries(0)
                .build()) {
            System.out.println("BUILT");
            ApiResponse<JsonNode> response = client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/ping").build(), JsonNode.class);
            System.out.println("STATUS " + response.statusCode());
        } catch (UnsupportedRuntimeException e) {
            System.out.println("REFUSED " + e.rule() + " " + e.getMessage());
        }
        System.out.println("PROVIDER_CALLS " + PROVIDER_CALLS.get());
        for (String line : LogCapture.lines()) {
            if (line.contains("com.augno.sdk.runtime")) {
                System.out.println("LOG " + line);
            }
        }
    }

    /** A provider that hands out a generated sandbox key and counts how often it was asked. */
    private static final class CountingProvider implements SecretProvider {
        @Override
        public SecretValue fetch() {
            PROVIDER_CALLS.incrementAndGet();
            return SecretValue.of(TestKeys.sandbox());
        }

        @Override
        public String description() {
            return "counting test provider";
        }
    }
}
