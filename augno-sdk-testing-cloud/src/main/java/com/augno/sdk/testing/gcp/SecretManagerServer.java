package com.augno.sdk.testing.gcp;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FakeSecretManager} served either in-process, with a real {@link
 * SecretManagerServiceClient} (default settings, no credentials) on an in-process channel, or as
 * plaintext gRPC on a loopback port, as emulators are (point a {@code gcp-sm} reference's
 * {@code endpoint} at {@link #endpoint()}).
 *
 * <pre>{@code
 * try (SecretManagerServer sm = SecretManagerServer.inProcess()) {
 *     sm.fake().addVersion("acme", "augno", "...");
 *     SecretManagerServiceClient client = sm.client();
 * }
 * }</pre>
 */
public final class SecretManagerServer implements AutoCloseable {
    private final FakeSecretManager fake;
    private final Server server;
    private final @Nullable ManagedChannel channel;
    private final @Nullable SecretManagerServiceClient client;

    private SecretManagerServer(
            FakeSecretManager fake,
            Server server,
            @Nullable ManagedChannel channel,
            @Nullable SecretManagerServiceClient client) {
        this.fake = fake;
        this.server = server;
        this.channel = channel;
        this.client = client;
    }

    /** Starts an in-process server and a client on it with the client's default settings. */
    public static SecretManagerServer inProcess() {
        String name = "secret-manager-" + UUID.randomUUID();
        FakeSecretManager fake = new FakeSecretManager();
        try {
            Server server = InProcessServerBuilder.forName(name)
                    .directExecutor()
                    .addService(fake)
                    .build()
                    .start();
            ManagedChannel channel =
                    InProcessChannelBuilder.forName(name).directExecutor().build();
            SecretManagerServiceClient client =
                    SecretManagerServiceClient.create(SecretManagerServiceSettings.newBuilder()
                            .setTransportChannelProvider(
                                    FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel)))
                            .setCredentialsProvider(NoCredentialsProvider.create())
                            .build());
            return new SecretManagerServer(fake, server, channel, client);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a plaintext gRPC server on a free loopback port, without a client. */
    public static SecretManagerServer loopback() {
        FakeSecretManager fake = new FakeSecretManager();
        try {
            Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .addService(fake)
                    .build()
                    .start();
            return new SecretManagerServer(fake, server, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the fake behind this server, to set up secrets and faults. */
    public FakeSecretManager fake() {
        return fake;
    }

    /** The in-process client (in-process servers only). */
    public SecretManagerServiceClient client() {
        return Objects.requireNonNull(client, "not an in-process server");
    }

    /** {@code http://127.0.0.1:<port>} (loopback servers only). */
    public String endpoint() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
    }

    /** Releases held calls, closes the client and channel, and stops the server (waits up to 5 s each). */
    @Override
    public void close() {
        fake.releaseHeld();
        try {
            if (client != null) {
                client.close();
                client.awaitTermination(5, TimeUnit.SECONDS);
            }
            if (channel != null) {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
