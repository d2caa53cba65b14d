package com.augno.sdk.testing.internal;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a request must pass before a handler runs: an API version header, a valid key
 * ({@code 401}), and the route's permission ({@code 403}).
 */
final class Gatekeeper {
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(\\.[A-Za-z0-9.-]+)?");
    /** The versions the fake serves: the one the SDK sends. */
    static final List<String> SUPPORTED_VERSIONS = List.of(AugnoClient.DEFAULT_API_VERSION);

    private final Store store;

    Gatekeeper(Store store) {
        this.store = store;
    }

    /** The version a request names: {@code OpenMRP-Version}, else the older {@code Augno-Version}. */
    static @Nullable String apiVersion(FakeRequest req) {
        String v = req.header("OpenMRP-Version");
        return v != null ? v : req.header("Augno-Version");
    }

    /** Finds the key of the {@code Authorization: Bearer} header, null when unknown or absent. */
    @Nullable
    Key keyOf(FakeRequest req) {
        String auth = req.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return store.keysBySecret.get(auth.substring(7).trim());
        }
        return null;
    }

    static void checkVersion(FakeRequest req) {
        String version = apiVersion(req);
        if (version == null) {
            throw new ApiError(
                    400,
                    "api_version_required",
                    "The OpenMRP-Version header is required, e.g. OpenMRP-Version: 1.0.forge-preview.3"
                            + " (Augno-Version is accepted too).",
                    "OpenMRP-Version",
                    false);
        }
        // The errors name the header the request used.
        String header = req.header("OpenMRP-Version") != null ? "OpenMRP-Version" : "Augno-Version";
        if (!VERSION.matcher(version).matches()) {
            throw new ApiError(400, "api_version_invalid", "The " + header + " header is malformed.", header, false);
        }
        if (version.startsWith("0.")) {
            throw new ApiError(
                    400, "api_version_too_old", "This " + header + " is no longer supported.", header, false);
        }
        if (!SUPPORTED_VERSIONS.contains(version)) {
            throw new ApiError(
                    400,
                    "api_version_invalid",
                    "The API version " + version + " is not supported; supported versions: "
                            + String.join(", ", SUPPORTED_VERSIONS) + ".",
                    header,
                    false);
        }
    }

    static void authenticate(Ctx ctx) {
        Key k = ctx.key;
        if (k == null) {
            throw new ApiError(401, "invalid_credentials", "The API key is not valid.", null, false);
        }
        String status = k.status(ctx.now);
        if (status.equals("revoked")) {
            throw new ApiError(401, "api_key_revoked", "This API key has been revoked.", null, false);
        }
        if (status.equals("expired")) {
            throw new ApiError(401, "api_key_expired", "This API key has expired.", null, false);
        }
        if (k.account.deleted) {
            throw new ApiError(
                    401, "invalid_credentials", "The account of this API key no longer exists.", null, false);
        }
        // The live API refreshes last_used_at at most once a day.
        Instant last = k.lastUsedAt;
        if (last == null || !ctx.now.isBefore(last.plus(Duration.ofHours(24)))) {
            k.lastUsedAt = ctx.now;
        }
    }

    static void authorize(Ctx ctx, Route route) {
        Role role = ctx.role();
        if (route.productionOnly && ctx.account().sandbox) {
            throw ApiError.forbidden("Sandboxes cannot be managed while acting inside a sandbox.");
        }
        String needed = route.permission;
        if (needed == null || role.isAdmin()) {
            return;
        }
        if (needed.equals(Route.ADMIN)) {
            throw ApiError.forbidden(
                    "Managing API keys requires a role of type admin; this key's role is of type " + role.type + ".");
        }
        if (!role.permissions.contains(needed)) {
            throw ApiError.forbidden("This request requires the permission " + needed + ", which the role '" + role.name
                    + "' does not grant.");
        }
    }
}
