package com.augno.keys.cli;

import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.AddSecretVersionRequest;
import com.google.cloud.secretmanager.v1.SecretPayload;
import com.google.cloud.secretmanager.v1.SecretVersion;
import com.google.iam.v1.TestIamPermissionsRequest;
import com.google.iam.v1.TestIamPermissionsResponse;
import com.google.protobuf.ByteString;
import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * The part of Google Secret Manager a rotation uses ({@code AccessSecretVersion}, {@code
 * AddSecretVersion}, {@code TestIamPermissions}), as plaintext gRPC on a loopback port, as
 * emulators are; the service is bound by hand with the real method names and protobuf marshallers.
 * A trimmed copy of the GCP module's test fake (its test classes are not published).
 */
final class FakeSecretManagerGrpc implements BindableService, AutoCloseable {
    private static final String SERVICE = "google.cloud.secretmanager.v1.SecretManagerService";

    private final Map<String, List<byte[]>> secrets = new ConcurrentHashMap<>();
    private final Server server;

    FakeSecretManagerGrpc() {
        try {
            this.server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .addService(this)
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    String endpoint() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
    }

    void addVersion(String secretName, String value) {
        secrets.computeIfAbsent(secretName, k -> new CopyOnWriteArrayList<>())
                .add(value.getBytes(StandardCharsets.UTF_8));
    }

    String latest(String secretName) {
        List<byte[]> versions = secrets.get(secretName);
        return new String(versions.get(versions.size() - 1), StandardCharsets.UTF_8);
    }

    int versionCount(String secretName) {
        return secrets.get(secretName).size();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private static <Q extends com.google.protobuf.Message, R extends com.google.protobuf.Message>
            MethodDescriptor<Q, R> unary(String method, Q request, R response) {
        return MethodDescriptor.<Q, R>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, method))
                .setRequestMarshaller(ProtoUtils.marshaller(request))
                .setResponseMarshaller(ProtoUtils.marshaller(response))
                .build();
    }

    @Override
    public ServerServiceDefinition bindService() {
        return ServerServiceDefinition.builder(SERVICE)
                .addMethod(
                        unary(
                                "AccessSecretVersion",
                                AccessSecretVersionRequest.getDefaultInstance(),
                                AccessSecretVersionResponse.getDefaultInstance()),
                        ServerCalls.asyncUnaryCall(this::access))
                .addMethod(
                        unary(
                                "AddSecretVersion",
                                AddSecretVersionRequest.getDefaultInstance(),
                                SecretVersion.getDefaultInstance()),
                        ServerCalls.asyncUnaryCall(this::add))
                .addMethod(
                        unary(
                                "TestIamPermissions",
                                TestIamPermissionsRequest.getDefaultInstance(),
                                TestIamPermissionsResponse.getDefaultInstance()),
                        ServerCalls.asyncUnaryCall(this::testIamPermissions))
                .build();
    }

    private void access(AccessSecretVersionRequest request, StreamObserver<AccessSecretVersionResponse> observer) {
        String name = request.getName();
        int cut = name.lastIndexOf("/versions/");
        List<byte[]> versions = cut < 0 ? null : secrets.get(name.substring(0, cut));
        if (versions == null || versions.isEmpty() || !name.endsWith("/versions/latest")) {
            observer.onError(Status.NOT_FOUND
                    .withDescription("Secret Version [" + name + "] not found.")
                    .asRuntimeException());
            return;
        }
        byte[] data = versions.get(versions.size() - 1);
        observer.onNext(AccessSecretVersionResponse.newBuilder()
                .setName(name.substring(0, cut) + "/versions/" + versions.size())
                .setPayload(SecretPayload.newBuilder()
                        .setData(ByteString.copyFrom(data))
                        .setDataCrc32C(crc32c(data)))
                .build());
        observer.onCompleted();
    }

    private void add(AddSecretVersionRequest request, StreamObserver<SecretVersion> observer) {
        List<byte[]> versions = secrets.get(request.getParent());
        if (versions == null) {
            observer.onError(Status.NOT_FOUND
                    .withDescription("Secret [" + request.getParent() + "] not found.")
                    .asRuntimeException());
            return;
        }
        versions.add(request.getPayload().getData().toByteArray());
        observer.onNext(SecretVersion.newBuilder()
                .setName(request.getParent() + "/versions/" + versions.size())
                .setState(SecretVersion.State.ENABLED)
                .build());
        observer.onCompleted();
    }

    private void testIamPermissions(
            TestIamPermissionsRequest request, StreamObserver<TestIamPermissionsResponse> observer) {
        // Every permission asked for is granted.
        observer.onNext(TestIamPermissionsResponse.newBuilder()
                .addAllPermissions(request.getPermissionsList())
                .build());
        observer.onCompleted();
    }

    private static long crc32c(byte[] data) {
        CRC32C c = new CRC32C();
        c.update(data);
        return c.getValue();
    }
}
