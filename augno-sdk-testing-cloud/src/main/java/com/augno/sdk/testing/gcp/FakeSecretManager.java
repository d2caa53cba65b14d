package com.augno.sdk.testing.gcp;

import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.AddSecretVersionRequest;
import com.google.cloud.secretmanager.v1.GetSecretVersionRequest;
import com.google.cloud.secretmanager.v1.SecretPayload;
import com.google.cloud.secretmanager.v1.SecretVersion;
import com.google.iam.v1.TestIamPermissionsRequest;
import com.google.iam.v1.TestIamPermissionsResponse;
import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * An in-memory Secret Manager speaking the real gRPC service ({@code
 * google.cloud.secretmanager.v1.SecretManagerService}, protobuf on the wire), for the real Google
 * client. Secrets live in projects; versions are numbered from 1 and carry their creation time (from
 * the {@link #clock(Clock) clock}). Emulated: {@code AccessSecretVersion} (a number or
 * {@code latest}), {@code AddSecretVersion} (checks the payload's CRC32C when sent),
 * {@code GetSecretVersion} (state and creation time) and {@code TestIamPermissions} (what
 * {@link #grant} allowed). Errors, hangs and checksum behaviour are scripted per test. Serve it with
 * {@link SecretManagerServer}. Thread-safe.
 *
 * <p>The service definition is bound by hand, exactly as the generated {@code
 * SecretManagerServiceGrpc.SecretManagerServiceImplBase} does it (same full method names and
 * protobuf marshallers): the artifact holding that generated class,
 * {@code grpc-google-cloud-secretmanager-v1}, is not in the Maven repository this build can reach.
 * Methods not bound here answer {@code UNIMPLEMENTED}, as the base class does.
 */
public final class FakeSecretManager implements BindableService {
    /** The gRPC service this fake serves. */
    public static final String SERVICE = "google.cloud.secretmanager.v1.SecretManagerService";

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
                        ServerCalls.asyncUnaryCall(this::accessSecretVersion))
                .addMethod(
                        unary(
                                "AddSecretVersion",
                                AddSecretVersionRequest.getDefaultInstance(),
                                SecretVersion.getDefaultInstance()),
                        ServerCalls.asyncUnaryCall(this::addSecretVersion))
                .addMethod(
                        unary(
                                "GetSecretVersion",
                                GetSecretVersionRequest.getDefaultInstance(),
                                SecretVersion.getDefaultInstance()),
                        ServerCalls.asyncUnaryCall(this::getSecretVersion))
                .addMethod(
                        unary(
                                "TestIamPermissions",
                                TestIamPermissionsRequest.getDefaultInstance(),
                                TestIamPermissionsResponse.getDefaultInstance()),
                        ServerCalls.asyncUnaryCall(this::testIamPermissions))
                .build();
    }

    /** What the fake does with a payload's CRC32C on access. */
    public enum Crc {
        /** The right checksum. */
        CORRECT,
        /** No checksum. */
        ABSENT,
        /** A wrong checksum (the client must refuse the payload). */
        WRONG
    }

    /** A version's state. */
    public enum State {
        /** Readable. */
        ENABLED,
        /** Disabled: access fails with {@code FAILED_PRECONDITION}. */
        DISABLED,
        /** Destroyed: access fails with {@code FAILED_PRECONDITION}. */
        DESTROYED
    }

    private static final class Version {
        final byte[] data;
        final Instant created;
        volatile State state = State.ENABLED;

        Version(byte[] data, Instant created) {
            this.data = data;
            this.created = created;
        }
    }

    private final Map<String, List<Version>> secrets = new ConcurrentHashMap<>();
    private final Map<String, Queue<Status>> failures = new ConcurrentHashMap<>();
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final List<StreamObserver<?>> held = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<AddSecretVersionRequest> adds = new CopyOnWriteArrayList<>();
    private final Set<String> granted = ConcurrentHashMap.newKeySet();
    private volatile Crc crc = Crc.CORRECT;
    private volatile Clock clock = Clock.systemUTC();

    /** Creates an empty fake. */
    public FakeSecretManager() {}

    /** Returns {@code projects/<project>/secrets/<secret>}. */
    public static String secretName(String project, String secret) {
        return "projects/" + project + "/secrets/" + secret;
    }

    /** Creates a secret without versions (nothing happens if it exists). */
    public void createSecret(String project, String secret) {
        secrets.putIfAbsent(secretName(project, secret), new CopyOnWriteArrayList<>());
    }

    /** Adds a version (creating the secret) and returns its number. */
    public int addVersion(String project, String secret, String data) {
        createSecret(project, secret);
        List<Version> versions = versions(project, secret);
        synchronized (versions) {
            versions.add(new Version(data.getBytes(StandardCharsets.UTF_8), clock.instant()));
            return versions.size();
        }
    }

    /** Sets the clock that stamps new versions' creation times. If not set, the system UTC clock. */
    public void clock(Clock clock) {
        this.clock = clock;
    }

    /** Returns how many versions the secret has. */
    public int versionCount(String project, String secret) {
        return versions(project, secret).size();
    }

    /** Returns the value of the newest version. */
    public String latest(String project, String secret) {
        List<Version> versions = versions(project, secret);
        return new String(versions.get(versions.size() - 1).data, StandardCharsets.UTF_8);
    }

    /** Returns every {@code AddSecretVersion} request received, in order. */
    public List<AddSecretVersionRequest> adds() {
        return List.copyOf(adds);
    }

    private List<Version> versions(String project, String secret) {
        List<Version> versions = secrets.get(secretName(project, secret));
        if (versions == null) {
            throw new IllegalArgumentException("no secret " + secretName(project, secret));
        }
        return versions;
    }

    /** Sets a version's state. */
    public void setState(String project, String secret, int version, State state) {
        versions(project, secret).get(version - 1).state = state;
    }

    /** Returns the stored value of a version. */
    public String value(String project, String secret, int version) {
        return new String(versions(project, secret).get(version - 1).data, StandardCharsets.UTF_8);
    }

    /** Sets what {@code AccessSecretVersion} sends as the payload's checksum. */
    public void crc(Crc mode) {
        this.crc = mode;
    }

    /** Grants permissions that {@code TestIamPermissions} reports. */
    public void grant(String... permissions) {
        Collections.addAll(granted, permissions);
    }

    /** The next call of {@code rpc} fails with {@code status}. */
    public void failNext(String rpc, Status status) {
        failures.computeIfAbsent(rpc, k -> new ConcurrentLinkedQueue<>()).add(status);
    }

    /** Calls of {@code rpc} never answer (until {@link #releaseHeld()}). */
    public void hang(String rpc) {
        hanging.add(rpc);
    }

    /** Answers every held call with {@code CANCELLED} and stops holding new ones. */
    public void releaseHeld() {
        hanging.clear();
        for (StreamObserver<?> o : held) {
            try {
                o.onError(Status.CANCELLED.asRuntimeException());
            } catch (RuntimeException ignored) {
                // The client already gave up on it.
            }
        }
        held.clear();
    }

    /** Returns how many calls of {@code rpc} (e.g. {@code AddSecretVersion}) were received. */
    public int calls(String rpc) {
        AtomicInteger n = calls.get(rpc);
        return n == null ? 0 : n.get();
    }

    /** Counts the call and returns true when it was answered with a scripted failure or held. */
    private boolean scripted(String rpc, StreamObserver<?> observer) {
        calls.computeIfAbsent(rpc, k -> new AtomicInteger()).incrementAndGet();
        if (hanging.contains(rpc)) {
            held.add(observer);
            return true;
        }
        Queue<Status> q = failures.get(rpc);
        Status s = q == null ? null : q.poll();
        if (s != null) {
            observer.onError(s.asRuntimeException());
            return true;
        }
        return false;
    }

    private void accessSecretVersion(
            AccessSecretVersionRequest request, StreamObserver<AccessSecretVersionResponse> observer) {
        if (scripted("AccessSecretVersion", observer)) {
            return;
        }
        String name = request.getName();
        int cut = name.lastIndexOf("/versions/");
        List<Version> versions = cut < 0 ? null : secrets.get(name.substring(0, cut));
        String v = cut < 0 ? "" : name.substring(cut + "/versions/".length());
        if (versions == null || versions.isEmpty()) {
            observer.onError(Status.NOT_FOUND
                    .withDescription(
                            "Secret [" + (cut < 0 ? name : name.substring(0, cut)) + "] not found or has no versions.")
                    .asRuntimeException());
            return;
        }
        int number = v.equals("latest") ? versions.size() : parse(v);
        if (number < 1 || number > versions.size()) {
            observer.onError(Status.NOT_FOUND
                    .withDescription("Secret Version [" + name + "] not found.")
                    .asRuntimeException());
            return;
        }
        Version version = versions.get(number - 1);
        String resolved = name.substring(0, cut) + "/versions/" + number;
        if (version.state != State.ENABLED) {
            observer.onError(Status.FAILED_PRECONDITION
                    .withDescription("Secret Version [" + resolved + "] is in " + version.state + " state.")
                    .asRuntimeException());
            return;
        }
        SecretPayload.Builder payload = SecretPayload.newBuilder().setData(ByteString.copyFrom(version.data));
        if (crc == Crc.CORRECT) {
            payload.setDataCrc32C(crc32c(version.data));
        } else if (crc == Crc.WRONG) {
            payload.setDataCrc32C(crc32c(version.data) ^ 0x5a5a);
        }
        observer.onNext(AccessSecretVersionResponse.newBuilder()
                .setName(resolved)
                .setPayload(payload)
                .build());
        observer.onCompleted();
    }

    private void addSecretVersion(AddSecretVersionRequest request, StreamObserver<SecretVersion> observer) {
        if (scripted("AddSecretVersion", observer)) {
            return;
        }
        adds.add(request);
        List<Version> versions = secrets.get(request.getParent());
        if (versions == null) {
            observer.onError(Status.NOT_FOUND
                    .withDescription("Secret [" + request.getParent() + "] not found.")
                    .asRuntimeException());
            return;
        }
        byte[] data = request.getPayload().getData().toByteArray();
        if (request.getPayload().hasDataCrc32C() && request.getPayload().getDataCrc32C() != crc32c(data)) {
            observer.onError(Status.INVALID_ARGUMENT
                    .withDescription("Checksum mismatch.")
                    .asRuntimeException());
            return;
        }
        int number;
        synchronized (versions) {
            versions.add(new Version(data, clock.instant()));
            number = versions.size();
        }
        observer.onNext(SecretVersion.newBuilder()
                .setName(request.getParent() + "/versions/" + number)
                .setState(SecretVersion.State.ENABLED)
                .build());
        observer.onCompleted();
    }

    private void getSecretVersion(GetSecretVersionRequest request, StreamObserver<SecretVersion> observer) {
        if (scripted("GetSecretVersion", observer)) {
            return;
        }
        String name = request.getName();
        int cut = name.lastIndexOf("/versions/");
        List<Version> versions = cut < 0 ? null : secrets.get(name.substring(0, cut));
        int number = -1;
        if (versions != null) {
            String v = name.substring(cut + "/versions/".length());
            number = v.equals("latest") ? versions.size() : parse(v);
        }
        if (versions == null || number < 1 || number > versions.size()) {
            observer.onError(Status.NOT_FOUND
                    .withDescription("Secret Version [" + name + "] not found.")
                    .asRuntimeException());
            return;
        }
        Version version = versions.get(number - 1);
        Instant created = version.created;
        observer.onNext(SecretVersion.newBuilder()
                .setName(name.substring(0, cut) + "/versions/" + number)
                .setState(SecretVersion.State.valueOf(version.state.name()))
                .setCreateTime(Timestamp.newBuilder()
                        .setSeconds(created.getEpochSecond())
                        .setNanos(created.getNano()))
                .build());
        observer.onCompleted();
    }

    private void testIamPermissions(
            TestIamPermissionsRequest request, StreamObserver<TestIamPermissionsResponse> observer) {
        if (scripted("TestIamPermissions", observer)) {
            return;
        }
        if (!secrets.containsKey(request.getResource())) {
            observer.onError(Status.NOT_FOUND
                    .withDescription("Secret [" + request.getResource() + "] not found.")
                    .asRuntimeException());
            return;
        }
        Set<String> answer = new HashSet<>(request.getPermissionsList());
        answer.retainAll(granted);
        observer.onNext(TestIamPermissionsResponse.newBuilder()
                .addAllPermissions(new ArrayList<>(answer))
                .build());
        observer.onCompleted();
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Returns the CRC32C of {@code data}, as Secret Manager computes it. */
    public static long crc32c(byte[] data) {
        CRC32C c = new CRC32C();
        c.update(data);
        return c.getValue();
    }
}
