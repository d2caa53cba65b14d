package com.augno.keys.cli;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.config.Setting;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretProvider;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the admin key comes from and which API to call: shared by the commands that call Augno. */
final class AdminOptions {
    @Option(
            names = "--admin-secret",
            paramLabel = "REF",
            description = "Reference to the admin key's secret (e.g. aws-sm://ops/augno-admin?region=eu-west-1,"
                    + " env://AUGNO_ADMIN_KEY). Default: AUGNO_ADMIN_SECRET. Never the key itself.")
    @Nullable
    String adminSecret;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The API base URL. Default: AUGNO_BASE_URL, else https://api.augno.com (the same API"
                    + " answers at https://api.openmrp.ai).")
    @Nullable
    String baseUrl;

    @Option(
            names = "--account",
            paramLabel = "ID",
            description = "Act for this account (OpenMRP-Account and Augno-Account headers). Default: AUGNO_ACCOUNT,"
                    + " else none.")
    @Nullable
    String account;

    /** Opens the admin client. */
    AugnoClient adminClient(CliContext context) {
        String ref = adminSecret != null
                ? adminSecret
                : Setting.ADMIN_SECRET
                        .configured(context.properties(), context.environment())
                        .orElseThrow(() -> new ConfigurationException("No admin secret reference: pass --admin-secret"
                                + " <ref> or set " + Setting.ADMIN_SECRET.whereLooked() + ". It names where the"
                                + " admin key is stored (e.g. aws-sm://ops/augno-admin), never the key itself."));
        SecretProvider provider = open(context, ref, "--admin-secret");
        String url = baseUrl != null
                ? baseUrl
                : Setting.BASE_URL
                        .configured(context.properties(), context.environment())
                        .orElse(AugnoClient.DEFAULT_BASE_URL);
        AugnoClient.Builder b =
                AugnoClient.builder().secretProvider(provider).baseUrl(url).sleeper(context.sleeper());
        String acct = account != null
                ? account
                : Setting.ACCOUNT
                        .configured(context.properties(), context.environment())
                        .orElse(null);
        if (acct != null) {
            b.account(acct);
        }
        return b.build();
    }

    /**
     * Opens a reference, refusing a key pasted where a reference belongs (without repeating it: the
     * shell history already has it, so the message says to rotate it).
     */
    static SecretProvider open(CliContext context, String reference, String option) {
        if (KeyShapes.looksLikeKey(reference)) {
            throw new ConfigurationException(option + " must be a secret reference (aws-sm://, gcp-sm://,"
                    + " azure-kv://, vault://, env://, file://), but it holds an API key. Keys never go on the command line; this one is now in"
                    + " your shell history: rotate it (augno-keys rotate --emergency).");
        }
        return context.opener().apply(reference);
    }
}
