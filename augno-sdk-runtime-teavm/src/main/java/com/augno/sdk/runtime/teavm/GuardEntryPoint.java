package com.augno.sdk.runtime.teavm;

import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.runtime.UnsupportedRuntimeException;

/**
 * The program TeaVM compiles: it calls {@link RuntimeGuard#enforce()}, the method
 * {@code AugnoClient.Builder.build()} calls, from the real core classes, and prints the outcome on one
 * line ({@code REFUSED rule=... message=...} or {@code ALLOWED}) for the test that runs it with
 * Node.js.
 */
public final class GuardEntryPoint {
    private GuardEntryPoint() {}

    /**
     * Runs the guard and prints the outcome.
     *
     * @param args ignored
     */
    @SuppressWarnings("SystemOut") // A program whose output is the result; not library code.
    public static void main(String[] args) {
        try {
            RuntimeGuard.enforce();
            System.out.println("ALLOWED");
        } catch (UnsupportedRuntimeException e) {
            System.out.println("REFUSED rule=" + e.rule() + " message=" + e.getMessage());
        }
    }
}
