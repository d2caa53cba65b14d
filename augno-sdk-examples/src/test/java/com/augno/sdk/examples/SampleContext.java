package com.augno.sdk.examples;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.identity.RoleCreateParams;
import com.augno.sdk.api.sales.AddressInput;
import com.augno.sdk.api.sales.CustomerCreateParams;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a documentation sample's {@code sample-context} variables are set to when it runs: a client
 * wired to a fresh {@link FakeAugnoServer} (admin key), an {@link InMemorySecretStore}, a logger,
 * ids of objects that exist on the fake (among them the type group, carrier and terms a customer
 * create must point at). Also points {@code AugnoClient.fromEnvironment()} at the
 * fake (system properties {@code augno.secret}, a {@code file://} reference to an owner-only
 * temporary file, and {@code augno.baseUrl}) while the sample runs. One per sample; closed after.
 */
final class SampleContext implements AutoCloseable {
    // Production mode: sandboxes can only be managed from outside a sandbox.
    private final FakeAugnoServer augno =
            FakeAugnoServer.builder().defaultMode(KeyMode.PRODUCTION).build().start();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final Path keyFile;
    private @Nullable AugnoClient client;
    private @Nullable CustomerFixture customerRefs;

    SampleContext(Path dir) throws IOException {
        keyFile = Files.createTempFile(dir, "augno", ".key");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(keyFile, augno.adminKey().reveal());
        System.setProperty("augno.secret", "file://" + keyFile.toAbsolutePath());
        System.setProperty("augno.baseUrl", augno.baseUrl());
    }

    /**
     * Returns the value for a declared variable.
     *
     * @throws IllegalArgumentException for a variable this context does not know: add it here, or
     *     mark the sample {@code sample-compile-only}
     */
    Object provide(String name, Class<?> type) {
        if (type == FakeAugnoServer.class) {
            return augno;
        }
        if (type == AugnoClient.class) {
            return client();
        }
        if (type == WritableSecretStore.class || type == InMemorySecretStore.class || type == SecretProvider.class) {
            return InMemorySecretStore.of(augno.mintKey("sample-store"));
        }
        if (type == Logger.class) {
            return LoggerFactory.getLogger("docsamples");
        }
        if (type == TestClock.class) {
            return TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));
        }
        if (type == CustomerCreateParams.class) {
            return CustomerCreateParams.builder()
                    .name("Acme Inc.")
                    .customerTypeGroupId(customerRefs().typeGroupId())
                    .defaultCarrierId(customerRefs().carrierId())
                    .defaultPaymentTermId(customerRefs().paymentTermId())
                    .defaultShippingTermId(customerRefs().shippingTermId())
                    .billToAddress(
                            AddressInput.builder().name("HQ").country("US").build())
                    .shipToAddress(
                            AddressInput.builder().name("Dock").country("US").build())
                    .build();
        }
        if (type == ApiKey.class) {
            return augno.mintKey("sample-" + name);
        }
        if (type == String.class) {
            switch (name) {
                case "id":
                case "keyId":
                    return augno.keyId(augno.mintKey("sample-key"));
                case "roleId":
                    return client().identity()
                            .roles()
                            .create(RoleCreateParams.builder()
                                    .name("sample-role-" + UUID.randomUUID())
                                    .permissions("customers:read")
                                    .build())
                            .id();
                case "requestLogId":
                    client().catalog().units().list(); // something to log
                    return client().core().requestLogs().list().data().stream()
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("the fake logged no request"))
                            .id();
                case "jobId":
                    return augno.seed(augno.defaultMode(), "/v1/core/jobs", java.util.Map.of());
                case "typeGroupId":
                    return customerRefs().typeGroupId();
                case "carrierId":
                    return customerRefs().carrierId();
                case "paymentTermId":
                    return customerRefs().paymentTermId();
                case "shippingTermId":
                    return customerRefs().shippingTermId();
                case "usdUnitId":
                    return client().catalog().units().list().autoPager().stream()
                            .filter(u -> u.abbreviation().equals("USD"))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("the fake has no USD unit"))
                            .id();
                case "rotationId":
                    return UUID.randomUUID().toString();
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("SampleContext has no value for '" + type.getSimpleName() + " " + name
                + "': add one to SampleContext, or mark the sample <!-- sample-compile-only: why -->");
    }

    /** The records a customer points at (the fake checks they exist), seeded once. */
    private CustomerFixture customerRefs() {
        CustomerFixture c = customerRefs;
        if (c == null) {
            c = CustomerFixture.seed((path, fields) -> augno.seed(augno.defaultMode(), path, fields));
            customerRefs = c;
        }
        return c;
    }

    private AugnoClient client() {
        AugnoClient c = client;
        if (c == null) {
            c = AugnoClient.builder()
                    .secretProvider(augno.adminKeyStore())
                    .baseUrl(augno.baseUrl())
                    .build();
            client = c;
            toClose.add(c);
        }
        return c;
    }

    @Override
    public void close() throws Exception {
        System.clearProperty("augno.secret");
        System.clearProperty("augno.baseUrl");
        for (AutoCloseable c : toClose) {
            c.close();
        }
        augno.close();
        Files.deleteIfExists(keyFile);
    }
}
