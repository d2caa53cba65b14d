package com.augno.sdk.secrets.vault.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.vault.VaultSecretProviderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Not API. The checks on names that end up in Vault URLs (mounts and secret paths) and in messages: no empty,
 * {@code .} or {@code ..} segment (which could reach another Vault endpoint, such as {@code sys/}),
 * no control character, and nothing that looks like an API key (refused without echoing it).
 */
public final class VaultPaths {
    private VaultPaths() {}

    /** Returns the segments of a secret path such as {@code prod/augno}. */
    public static List<String> segments(String path, String what) {
        Objects.requireNonNull(path, what + " == null");
        refuseKeyShaped(path, what);
        String p = path.trim();
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            throw new ConfigurationException(
                    "The Vault " + what + " is empty. Accepted form: " + VaultSecretProviderFactory.FORM);
        }
        List<String> out = new ArrayList<>();
        for (String s : p.split("/", -1)) {
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                throw new ConfigurationException("The Vault " + what + " '" + p + "' has an empty, '.' or '..'"
                        + " segment; name the secret by its plain path, e.g. prod/augno.");
            }
            for (int i = 0; i < s.length(); i++) {
                if (Character.isISOControl(s.charAt(i))) {
                    throw new ConfigurationException(
                            "The Vault " + what + " contains a control character (not shown).");
                }
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** Returns a mount name (one or more segments, e.g. {@code secret} or {@code team/kv}) as written. */
    public static String requireMount(String mount, String what) {
        return String.join("/", segments(mount, what));
    }

    /**
     * Refuses text that holds an API key prefix, without echoing it: a key pasted where a name belongs.
     *
     * @throws ConfigurationException naming only {@code what}
     */
    public static void refuseKeyShaped(String text, String what) {
        for (KeyMode mode : KeyMode.values()) {
            if (text.contains(mode.prefix())) {
                throw new ConfigurationException("The Vault " + what + " holds what looks like an API key itself"
                        + " (not shown). Configuration must name where the key is stored, never the key.");
            }
        }
    }
}
