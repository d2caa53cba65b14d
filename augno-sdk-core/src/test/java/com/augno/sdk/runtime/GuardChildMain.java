package com.augno.sdk.runtime;

import com.augno.build.testhelpers.LogCapture;
import com.augno.sdk.SecretProviders;

/**
 * The program the forked-JVM tests run. Each line it prints starts with a tag the test reads:
 * {@code ASSESSMENT}, {@code ALLOWED}, {@code REFUSED <rule> <message>}, {@code LOG <line>}.
 *
 * <p>Modes: {@code enforce-twice} (enforce two times, print the captured guard log lines);
 * {@code android-properties} (enforce once, then set the properties as Android sets them, then enforce
 * again).
 */
public final class GuardChildMain {
    private GuardChildMain() {}

    @SuppressWarnings("SystemOut") // Output for the parent test, not library code.
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "";
        switch (mode) {
            case "enforce-twice":
                enforce();
                enforce();
                System.out.println("ASSESSMENT " + RuntimeGuard.assess());
                for (String line : LogCapture.lines()) {
                    if (line.contains("com.augno.sdk.runtime")) {
                        System.out.println("LOG " + line);
                    }
                }
                break;
            case "android-properties":
                enforce();
                // What ART/Dalvik report (AOSP libcore); an app cannot change them on a real device.
                System.setProperty("java.vm.name", "Dalvik");
                System.setProperty("java.vendor", "The Android Project");
                System.setProperty("java.vm.vendor", "The Android Project");
                System.setProperty("java.runtime.name", "Android Runtime");
                System.setProperty("android.icu.library.version", "72.1.0.1");
                enforce();
                // The provider path refuses too, so a provider used without a client cannot pull a key.
                try {
                    SecretProviders.fromUri("env://AUGNO_API_KEY");
                    System.out.println("PROVIDER_ALLOWED");
                } catch (UnsupportedRuntimeException e) {
                    System.out.println("PROVIDER_REFUSED " + e.rule());
                }
                break;
            default:
                enforce();
        }
    }

    @SuppressWarnings("SystemOut")
    private static void enforce() {
        try {
            RuntimeGuard.enforce();
            System.out.println("ALLOWED");
        } catch (UnsupportedRuntimeException e) {
            System.out.println("REFUSED " + e.rule() + " " + e.getMessage());
        }
    }
}
