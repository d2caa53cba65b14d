package com.augno.sdk.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.StoreFault;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rotate answer that carries the new secret but lacks a required field of the key record: the
 * write-failure path must still hand the secret back (no NullPointerException in its place).
 * WireMock stands in front of the fake API and answers only the rotate call itself.
 */
class KeyRotatorBrokenAnswerTest {
    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private final WireMockServer proxy =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void start() {
        proxy.start();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(server.baseUrl())));
    }

    @AfterEach
    void stop() {
        proxy.stop();
    }

    @Test
    void aStoreWriteFailureAfterAnAnswerWithoutTheKeyIdStillHandsBackTheSecret() {
        ApiKey runtimeKey = server.mintKey("billing-sync", "customers:read");
        InMemorySecretStore store = server.storeFor(runtimeKey);
        String newSecret = server.defaultMode() == KeyMode.SANDBOX ? TestKeys.sandbox() : TestKeys.production();
        ObjectNode answer = new ObjectMapper().createObjectNode().put("object", "created_api_key");
        answer.putObject("api_key_info") // no "id": a required field is missing
                .put("object", "api_key")
                .put("name", "billing-sync")
                .put("redacted_value", TestKeys.redacted(newSecret))
                .put("created_at", "2026-01-01T00:00:00Z")
                .put("updated_at", "2026-01-01T00:00:00Z");
        answer.put("api_key_secret", newSecret);
        proxy.stubFor(post(urlPathMatching("/v1/auth/api-keys/[^/]+/actions/rotate"))
                .atPriority(1)
                .willReturn(okJson(answer.toString())));
        store.failPuts(StoreFault.accessDenied());

        try (AugnoClient admin = AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl("http://127.0.0.1:" + proxy.port())
                .maxRetries(0)
                .sleeper(d -> {})
                .build()) {
            RotationIncompleteException e = catchThrowableOfType(
                    RotationIncompleteException.class,
                    () -> KeyRotator.builder(admin, store)
                            .sleeper(d -> {})
                            .build()
                            .rotate(server.keyId(runtimeKey)));

            assertThat(e).isNotNull();
            ApiKey held = e.unstoredSecret().orElseThrow();
            assertThat(held.redacted()).isEqualTo(TestKeys.redacted(newSecret));
            assertThat(e.state().newKeyId()).contains("(id missing from Augno's answer)");
            LeakCanary.assertNoLeak(e, e.state());
        }
    }

    /**
     * Issue 20: a NullPointerException on the write-failure path (here: the answer lacks every
     * required field of the new key's record, and the store's description breaks once a write has
     * failed) must not replace the exception that holds the new secret. Before the fix the caller
     * got the NullPointerException and the secret was gone.
     */
    @Test
    void aNullPointerExceptionOnTheWriteFailurePathNeverReplacesTheExceptionHoldingTheSecret() {
        ApiKey runtimeKey = server.mintKey("billing-sync", "customers:read");
        InMemorySecretStore store = server.storeFor(runtimeKey);
        String newSecret = server.defaultMode() == KeyMode.SANDBOX ? TestKeys.sandbox() : TestKeys.production();
        ObjectNode answer = new ObjectMapper().createObjectNode().put("object", "created_api_key");
        answer.putObject("api_key_info").put("object", "api_key"); // no id, name, redacted value or times
        answer.put("api_key_secret", newSecret);
        proxy.stubFor(post(urlPathMatching("/v1/auth/api-keys/[^/]+/actions/rotate"))
                .atPriority(1)
                .willReturn(okJson(answer.toString())));
        store.failPuts(StoreFault.accessDenied());
        BreaksAfterAFailedWrite broken = new BreaksAfterAFailedWrite(store);

        try (AugnoClient admin = AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl("http://127.0.0.1:" + proxy.port())
                .maxRetries(0)
                .sleeper(d -> {})
                .build()) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
                    KeyRotator.builder(admin, broken).sleeper(d -> {}).build().rotate(server.keyId(runtimeKey)));

            assertThat(thrown).isInstanceOf(RotationIncompleteException.class);
            RotationIncompleteException e = (RotationIncompleteException) thrown;
            assertThat(e.unstoredSecret().orElseThrow().redacted()).isEqualTo(TestKeys.redacted(newSecret));
            assertThat(e.getCause()).isInstanceOf(NullPointerException.class);
            assertThat(e.state().newKeyId()).contains("(id missing from Augno's answer)");
            LeakCanary.assertNoLeak(e, e.state());
        }
    }

    /** A store whose description is built from state a failed write leaves null: a bug, not an outage. */
    private static final class BreaksAfterAFailedWrite implements WritableSecretStore {
        private final InMemorySecretStore delegate;
        private final AtomicBoolean failed = new AtomicBoolean();

        BreaksAfterAFailedWrite(InMemorySecretStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public String put(SecretValue value, PutOptions options) {
            try {
                return delegate.put(value, options);
            } catch (RuntimeException e) {
                failed.set(true);
                throw e;
            }
        }

        @Override
        public WriteAccess canWrite() {
            return delegate.canWrite();
        }

        @Override
        public SecretValue fetch() {
            return delegate.fetch();
        }

        @Override
        public String description() {
            if (failed.get()) {
                throw new NullPointerException("the store's description after a failed write");
            }
            return delegate.description();
        }
    }
}
