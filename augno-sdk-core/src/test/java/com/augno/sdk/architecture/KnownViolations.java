package com.augno.sdk.architecture;

/**
 * Today's exceptions to the structure rules, by name. Each list only shrinks: the tests fail when an
 * entry is no longer needed, so an entry is removed in the change that fixes it.
 */
final class KnownViolations {
    /**
     * Internal types that public signatures still expose (see {@link ArchitectureTest}): services'
     * public constructors take the internal context, and an input type implements an internal
     * encoding interface. (The models' bases left {@code internal} with the generator's fix.)
     */
    static final String[] EXPOSED_INTERNAL_TYPES = {
        "com.augno.sdk.internal.http.ClientContext",
    };

    /**
     * Packages of core on an import cycle today (see {@link ArchitectureTest}): one group, closed
     * mainly by the root package ({@code AugnoClient} reaches every service; {@code KeyMode}, in
     * the root, is used below it) and by the generated models' internal bases. A package leaves the
     * list when a change takes it off the cycle; no package may join it.
     */
    static final String[] CYCLIC_PACKAGES = {
        "com.augno.sdk",
        "com.augno.sdk.api.ai",
        "com.augno.sdk.api.auth",
        "com.augno.sdk.api.catalog",
        "com.augno.sdk.api.core",
        "com.augno.sdk.api.finance",
        "com.augno.sdk.api.identity",
        "com.augno.sdk.api.messaging",
        "com.augno.sdk.api.operations",
        "com.augno.sdk.api.sales",
        "com.augno.sdk.api.settings",
        "com.augno.sdk.auth",
        "com.augno.sdk.errors",
        "com.augno.sdk.http",
        "com.augno.sdk.internal.auth",
        "com.augno.sdk.internal.compat",
        "com.augno.sdk.internal.http",
        "com.augno.sdk.internal.json",
        "com.augno.sdk.internal.observability",
        "com.augno.sdk.internal.params",
        "com.augno.sdk.internal.resources",
        "com.augno.sdk.internal.secrets",
        "com.augno.sdk.observability",
        "com.augno.sdk.runtime",
        "com.augno.sdk.secrets",
    };

    /**
     * Hand-written main sources over the size limit, as paths from the repository root (see {@link
     * SourceSizeTest}): the client facade.
     */
    static final String[] OVERSIZED = {
        "augno-sdk-core/src/main/java/com/augno/sdk/AugnoClient.java",
    };

    private KnownViolations() {}
}
