package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.runtime.UnsupportedRuntimeException;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's child JVM: sets the system properties an Android runtime sets, as Android sets them
 * (at run time: HotSpot ignores {@code -Djava.vm.name} on the command line), then builds a client.
 * Exit code 0 means the SDK refused and never touched the secret provider.
 */
public final class AndroidLikeRuntime {
    private AndroidLikeRuntime() {}

    /** Runs the check; prints one line on standard output. */
    public static void main(String[] args) {
        System.setProperty("java.vm.name", "Dalvik");
        System.setProperty("java.vm.vendor", "The Android Project");
        System.setProperty("java.vendor", "The Android Project");
        System.setProperty("java.runtime.name", "Android Runtime");
        AtomicInteger fetches = new AtomicInteger();
        SecretProvider provider = new SecretProvider() {
            @Override
            public SecretValue fetch() {
                fetches.incrementAndGet();
                throw new IllegalStateException("the provider must never be called on a client device");
            }

            @Override
            public String description() {
                return "demo provider (never called)";
            }
        };
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl("http://127.0.0.1:9")
                .build()) {
            System.out.println("NOT REFUSED: " + client);
            System.exit(2);
        } catch (UnsupportedRuntimeException e) {
            String message = String.valueOf(e.getMessage());
            int end = message.indexOf('\n');
            System.out.println("refused: " + (end > 0 ? message.substring(0, end) : message));
            System.out.println("secret provider calls: " + fetches.get());
            System.exit(fetches.get() == 0 ? 0 : 3);
        }
    }
}
