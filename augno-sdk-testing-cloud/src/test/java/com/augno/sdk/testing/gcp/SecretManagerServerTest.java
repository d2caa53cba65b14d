package com.augno.sdk.testing.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.gax.rpc.NotFoundException;
import com.google.api.gax.rpc.PermissionDeniedException;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretPayload;
import com.google.cloud.secretmanager.v1.SecretVersion;
import com.google.protobuf.ByteString;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The Secret Manager fake through the real Google client on an in-process channel. */
class SecretManagerServerTest {
    private static final String NAME = FakeSecretManager.secretName("acme", "augno");

    @Test
    void versionsAreNumberedStampedAndReadable() {
        try (SecretManagerServer sm = SecretManagerServer.inProcess()) {
            Instant t = Instant.parse("2026-11-28T03:00:00Z");
            sm.fake().clock(Clock.fixed(t, ZoneOffset.UTC));
            sm.fake().addVersion("acme", "augno", "one");
            SecretManagerServiceClient client = sm.client();

            SecretVersion added = client.addSecretVersion(
                    NAME,
                    SecretPayload.newBuilder()
                            .setData(ByteString.copyFromUtf8("two"))
                            .build());

            assertThat(added.getName()).isEqualTo(NAME + "/versions/2");
            SecretVersion latest = client.getSecretVersion(NAME + "/versions/latest");
            assertThat(latest.getName()).isEqualTo(NAME + "/versions/2");
            assertThat(latest.getCreateTime().getSeconds()).isEqualTo(t.getEpochSecond());
            assertThat(client.accessSecretVersion(NAME + "/versions/1")
                            .getPayload()
                            .getData()
                            .toString(StandardCharsets.UTF_8))
                    .isEqualTo("one");
            assertThat(sm.fake().latest("acme", "augno")).isEqualTo("two");
            assertThat(sm.fake().versionCount("acme", "augno")).isEqualTo(2);
            assertThat(sm.fake().adds()).hasSize(1);
            assertThatThrownBy(() -> client.getSecretVersion(NAME + "/versions/3"))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aScriptedFailureAnswersTheNextCallOnly() {
        try (SecretManagerServer sm = SecretManagerServer.inProcess()) {
            sm.fake().addVersion("acme", "augno", "one");
            sm.fake().failNext("AccessSecretVersion", Status.PERMISSION_DENIED);

            assertThatThrownBy(() -> sm.client().accessSecretVersion(NAME + "/versions/latest"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(sm.client()
                            .accessSecretVersion(NAME + "/versions/latest")
                            .getName())
                    .isEqualTo(NAME + "/versions/1");
            assertThat(sm.fake().calls("AccessSecretVersion")).isGreaterThanOrEqualTo(2);
        }
    }
}
