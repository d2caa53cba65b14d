package com.augno.sdk.secrets.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.testing.gcp.FakeSecretManager;
import com.augno.sdk.testing.gcp.SecretManagerServer;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Google failures that judged nothing (the workload's token could not be fetched, an unknown or
 * cancelled call) are transient, so a key cache keeps serving its last good key through them; the
 * server rejecting the credentials stays permanent.
 */
class GcpTransientErrorsTest {
    private static final String PROJECT = "acme-prod";
    private static final String SECRET = "augno-api-key";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(
            value = Status.Code.class,
            names = {"UNKNOWN", "CANCELLED"})
    void unknownAndCancelledCallsAreTransient(Status.Code code) throws Exception {
        try (SecretManagerServer server = SecretManagerServer.inProcess()) {
            server.fake().addVersion(PROJECT, SECRET, TestKeys.sandbox());
            server.fake().failNext("AccessSecretVersion", Status.fromCode(code).withDescription("stream broke"));

            try (GcpSecretManagerSecretProvider provider =
                    builder(server.client()).build()) {
                assertThatThrownBy(provider::fetch)
                        .isInstanceOf(SecretUnavailableException.class)
                        .satisfies(e -> assertThat(((SecretProviderException) e).isTransient())
                                .isTrue());
            }
        }
    }

    @Test
    void credentialsThatCannotBeFetchedJustNowAreTransientNotAccessDenied() throws Exception {
        // What google-auth's call credentials do when the metadata server or STS does not answer.
        CallCredentials failing = new CallCredentials() {
            @Override
            public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
                applier.fail(Status.UNAUTHENTICATED
                        .withDescription("Failed computing credential metadata")
                        .withCause(new IOException("metadata server did not answer")));
            }
        };
        String name = "secret-manager-" + UUID.randomUUID();
        FakeSecretManager fake = new FakeSecretManager();
        Server server = InProcessServerBuilder.forName(name)
                .directExecutor()
                .addService(fake)
                .build()
                .start();
        ManagedChannel channel =
                InProcessChannelBuilder.forName(name).directExecutor().build();
        Channel withCredentials = ClientInterceptors.intercept(channel, new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(
                    MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
                return next.newCall(method, options.withCallCredentials(failing));
            }
        });
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        try (SecretManagerServiceClient client =
                        SecretManagerServiceClient.create(SecretManagerServiceSettings.newBuilder()
                                .setTransportChannelProvider(
                                        FixedTransportChannelProvider.create(GrpcTransportChannel.newBuilder()
                                                .setManagedChannel(
                                                        new ForwardingManagedChannel(channel, withCredentials))
                                                .build()))
                                .setCredentialsProvider(NoCredentialsProvider.create())
                                .build());
                GcpSecretManagerSecretProvider provider = builder(client).build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(SecretUnavailableException.class)
                    .hasMessageContaining("could not be refreshed")
                    .satisfies(LeakCanary::assertNoLeak);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void credentialsTheServerRejectsStayPermanent() throws Exception {
        try (SecretManagerServer server = SecretManagerServer.inProcess()) {
            server.fake().addVersion(PROJECT, SECRET, TestKeys.sandbox());
            server.fake().failNext("AccessSecretVersion", Status.UNAUTHENTICATED.withDescription("bad token"));

            try (GcpSecretManagerSecretProvider provider =
                    builder(server.client()).build()) {
                assertThatThrownBy(provider::fetch).isInstanceOf(SecretAccessDeniedException.class);
            }
        }
    }

    private GcpSecretManagerSecretProvider.Builder builder(SecretManagerServiceClient client) {
        return GcpSecretManagerSecretProvider.builder()
                .environment(new GcpEnvironment(Map.of(), home, home.resolve("product_name")))
                .client(client)
                .project(PROJECT)
                .secret(SECRET);
    }

    /** A managed channel whose calls go through an intercepted channel; lifecycle from the real one. */
    private static final class ForwardingManagedChannel extends ManagedChannel {
        private final ManagedChannel lifecycle;
        private final Channel calls;

        ForwardingManagedChannel(ManagedChannel lifecycle, Channel calls) {
            this.lifecycle = lifecycle;
            this.calls = calls;
        }

        @Override
        public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
            return calls.newCall(method, options);
        }

        @Override
        public String authority() {
            return calls.authority();
        }

        @Override
        public ManagedChannel shutdown() {
            lifecycle.shutdown();
            return this;
        }

        @Override
        public boolean isShutdown() {
            return lifecycle.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return lifecycle.isTerminated();
        }

        @Override
        public ManagedChannel shutdownNow() {
            lifecycle.shutdownNow();
            return this;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return lifecycle.awaitTermination(timeout, unit);
        }
    }
}
