package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.AuditEvent;
import com.augno.sdk.api.core.RequestLog;
import com.augno.sdk.api.core.RequestLogListParams;
import com.augno.sdk.api.core.RoleType;
import com.augno.sdk.auth.ApiKeyCreateParams;
import com.augno.sdk.secrets.ApiKey;
import java.util.List;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link FakeAugnoServer.Builder#trustForwardedFor}: a test plants client IPs in request logs and
 * audit events through {@code X-Forwarded-For}; without the option the header changes nothing.
 */
class ForwardedForTest {
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    void withTrustTheFirstForwardedForEntryIsTheLoggedClientIp() {
        try (FakeAugnoServer server = started(true)) {
            ApiKey reader = server.mintKey("reader", "units:read");
            try (AugnoClient c = client(server, reader, "203.0.113.9, 10.0.0.1")) {
                c.catalog().units().list();
            }

            assertThat(logsOf(server, reader))
                    .singleElement()
                    .satisfies(log -> assertThat(log.clientIp()).hasValue("203.0.113.9"));
        }
    }

    @Test
    void withTrustAuditEventsCarryTheForwardedSourceIp() {
        try (FakeAugnoServer server = started(true)) {
            try (AugnoClient admin = client(server, server.adminKey(), "2001:db8::7")) {
                admin.auth()
                        .apiKeys()
                        .create(ApiKeyCreateParams.builder()
                                .name("planted")
                                .roleId(adminRoleId(admin))
                                .build());
                List<AuditEvent> events = admin.core().auditEvents().list().data();
                assertThat(events)
                        .isNotEmpty()
                        .allSatisfy(e -> assertThat(e.sourceIp()).hasValue("2001:db8::7"));
            }
        }
    }

    @Test
    void byDefaultTheHeaderIsIgnoredAndTheLogSaysLoopback() {
        try (FakeAugnoServer server = started(false)) {
            ApiKey reader = server.mintKey("reader", "units:read");
            try (AugnoClient c = client(server, reader, "203.0.113.9")) {
                c.catalog().units().list();
            }

            assertThat(logsOf(server, reader))
                    .singleElement()
                    .satisfies(log -> assertThat(log.clientIp()).hasValue("127.0.0.1"));
        }
    }

    @Test
    void withTrustAnEntryThatIsNotAnIpLiteralIsIgnored() {
        try (FakeAugnoServer server = started(true)) {
            ApiKey reader = server.mintKey("reader", "units:read");
            try (AugnoClient c = client(server, reader, "proxy.example.internal")) {
                c.catalog().units().list();
            }
            try (AugnoClient c = client(server, reader, null)) {
                c.catalog().units().list();
            }

            assertThat(logsOf(server, reader))
                    .hasSize(2)
                    .allSatisfy(log -> assertThat(log.clientIp()).hasValue("127.0.0.1"));
        }
    }

    private static FakeAugnoServer started(boolean trust) {
        return FakeAugnoServer.builder()
                .trustForwardedFor(trust)
                .onKeyMinted(LeakCanary::register)
                .build()
                .start();
    }

    private List<RequestLog> logsOf(FakeAugnoServer server, ApiKey key) {
        try (AugnoClient admin = client(server, server.adminKey(), null)) {
            return admin.core()
                    .requestLogs()
                    .list(RequestLogListParams.builder()
                            .actorIds(server.keyId(key))
                            .build())
                    .data();
        }
    }

    private static String adminRoleId(AugnoClient admin) {
        return admin.identity().roles().list().data().stream()
                .filter(r -> RoleType.ADMIN.equals(r.type()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A client whose requests carry {@code forwardedFor}, as a proxy in front of the API adds it. */
    private AugnoClient client(FakeAugnoServer server, ApiKey key, @Nullable String forwardedFor) {
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> forwardedFor == null
                        ? chain.proceed(chain.request())
                        : chain.proceed(chain.request()
                                .newBuilder()
                                .header("X-Forwarded-For", forwardedFor)
                                .build()))
                .build();
        return AugnoClient.builder()
                .secretProvider(server.storeFor(key))
                .baseUrl(server.baseUrl())
                .okHttpClient(http)
                .sleeper(sleeper)
                .build();
    }
}
