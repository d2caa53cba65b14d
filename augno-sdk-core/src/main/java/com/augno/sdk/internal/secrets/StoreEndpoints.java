package com.augno.sdk.internal.secrets;

import com.augno.sdk.errors.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Not API: the rule for a secret store's {@code endpoint=} parameter (or endpoint builder setting),
 * shared by the store modules. The endpoint receives the workload's cloud credentials and, on a
 * rotation, the new secret, so it may only be:
 *
 * <ul>
 *   <li>a host of the store's own service, as its {@link Policy} declares (public, regional, FIPS
 *       and private/VPC endpoint names), over {@code https};
 *   <li>a loopback literal ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}: local emulators
 *       and tests), over {@code https} or {@code http} ({@code *.localhost} is not loopback here, as
 *       for the API base URL: a name is only as local as its resolver);
 *   <li>a host the operator opted in to, exactly named, in the system property {@value
 *       #HOSTS_PROPERTY} or the environment variable {@value #HOSTS_ENV} (comma-separated, e.g. a
 *       corporate proxy in front of the store), over {@code https}.
 * </ul>
 *
 * <p>A store module declares its domains once, as a {@link Policy}, and passes it to {@link
 * #parse(String, String, Policy)}.
 */
public final class StoreEndpoints {
    /** The system property naming extra endpoint hosts (comma-separated, exact names). */
    public static final String HOSTS_PROPERTY = "augno.secrets.endpointHosts";

    /** The environment variable naming extra endpoint hosts (comma-separated, exact names). */
    public static final String HOSTS_ENV = "AUGNO_SECRETS_ENDPOINT_HOSTS";

    private static final String REGION = "[a-z]{2}(-[a-z]+)+-[0-9]{1,2}";

    /**
     * AWS Secrets Manager: {@code secretsmanager[-fips].<region>.amazonaws.com[.cn]}, the dual-stack
     * {@code secretsmanager[-fips].<region>.api.aws}, and interface VPC endpoints {@code
     * vpce-<id>[-<az>].secretsmanager[-fips].<region>.vpce.amazonaws.com[.cn]}.
     */
    public static final Policy AWS_SECRETS_MANAGER = Policy.builder("aws-sm")
            .describedAs("secretsmanager.<region>.amazonaws.com (or -fips, .amazonaws.com.cn, .api.aws) and VPC"
                    + " endpoints vpce-....secretsmanager.<region>.vpce.amazonaws.com")
            .allowHostPattern("secretsmanager(-fips)?\\." + REGION + "\\.(amazonaws\\.com(\\.cn)?|api\\.aws)")
            .allowHostPattern(
                    "vpce-[a-z0-9-]+\\.secretsmanager(-fips)?\\." + REGION + "\\.vpce\\.amazonaws\\.com(\\.cn)?")
            .build();

    /**
     * Google Secret Manager: {@code secretmanager.googleapis.com} (and {@code .mtls.}), regional
     * {@code secretmanager.<location>.rep.googleapis.com}, Private Google Access ({@code
     * private.googleapis.com}, {@code restricted.googleapis.com}) and Private Service Connect
     * endpoints {@code <name>.p.googleapis.com}.
     */
    public static final Policy GCP_SECRET_MANAGER = Policy.builder("gcp-sm")
            .describedAs("secretmanager.googleapis.com, secretmanager.<location>.rep.googleapis.com,"
                    + " private.googleapis.com, restricted.googleapis.com and <name>.p.googleapis.com")
            .allowHostPattern("secretmanager(\\.mtls)?\\.googleapis\\.com")
            .allowHostPattern("secretmanager\\.[a-z0-9-]+\\.rep\\.googleapis\\.com")
            .allowHostPattern("(private|restricted)\\.googleapis\\.com")
            .allowHostPattern("[a-z0-9-]+\\.p\\.googleapis\\.com")
            .build();

    private StoreEndpoints() {}

    /**
     * Which hosts a store's endpoint may name besides loopback and the operator's opt-in list.
     * Immutable; build one per store module with {@link #builder(String)}.
     */
    public static final class Policy {
        private final String store;
        private final String described;
        private final List<Pattern> patterns;
        private final List<String> suffixes;
        private final Set<String> hosts;

        private Policy(Builder b) {
            this.store = b.store;
            this.patterns = List.copyOf(b.patterns);
            this.suffixes = List.copyOf(b.suffixes);
            this.hosts = Set.copyOf(b.hosts);
            String d = b.described;
            this.described = d != null ? d : describe(suffixes, hosts);
        }

        /**
         * Returns a builder for the store named by its scheme (e.g. {@code "vault"}), for messages.
         */
        public static Builder builder(String store) {
            return new Builder(store);
        }

        /** Returns the store's scheme, as given to the builder. */
        public String store() {
            return store;
        }

        /** Returns true when this policy allows {@code host} (lower-cased, without brackets). */
        public boolean allows(String host) {
            String h = normalize(host);
            if (hosts.contains(h)) {
                return true;
            }
            for (String suffix : suffixes) {
                if (h.endsWith(suffix) && h.length() > suffix.length()) {
                    return true;
                }
            }
            for (Pattern p : patterns) {
                if (p.matcher(h).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** Returns what the policy allows, in words, for messages. */
        public String describe() {
            return described;
        }

        private static String describe(List<String> suffixes, Set<String> hosts) {
            List<String> parts = new ArrayList<>();
            suffixes.forEach(s -> parts.add("*" + s));
            parts.addAll(hosts);
            return parts.isEmpty() ? "no host besides loopback" : String.join(", ", parts);
        }

        @Override
        public String toString() {
            return "StoreEndpoints.Policy(" + store + ": " + described + ")";
        }

        /** Builds a {@link Policy}. Not thread-safe. */
        public static final class Builder {
            private final String store;
            private @Nullable String described;
            private final List<Pattern> patterns = new ArrayList<>();
            private final List<String> suffixes = new ArrayList<>();
            private final Set<String> hosts = new LinkedHashSet<>();

            private Builder(String store) {
                this.store = Objects.requireNonNull(store, "store == null");
            }

            /**
             * Allows every host under a domain, e.g. {@code ".vault.azure.net"} (the leading dot is
             * added when missing; the domain itself is not allowed, only names under it).
             */
            public Builder allowDomain(String domain) {
                String d = normalize(Objects.requireNonNull(domain, "domain == null"));
                suffixes.add(d.startsWith(".") ? d : "." + d);
                return this;
            }

            /**
             * Allows exactly these hosts: for stores whose server is wherever the operator runs it
             * (Vault), the host the operator named in the reference.
             */
            public Builder allowHosts(String... hosts) {
                Arrays.stream(hosts)
                        .map(h -> normalize(Objects.requireNonNull(h, "host == null")))
                        .forEach(this.hosts::add);
                return this;
            }

            /** Allows hosts matching a regular expression as a whole (lower case, no brackets). */
            public Builder allowHostPattern(String regex) {
                patterns.add(Pattern.compile(Objects.requireNonNull(regex, "regex == null")));
                return this;
            }

            /**
             * Sets how messages describe the allowed hosts. If not specified, the domains and hosts
             * are listed.
             */
            public Builder describedAs(String description) {
                this.described = Objects.requireNonNull(description, "description == null");
                return this;
            }

            /** Builds the policy. */
            public Policy build() {
                return new Policy(this);
            }
        }
    }

    /**
     * Parses and checks an endpoint against a store's policy, with the operator's opt-in list read
     * from the system property {@value #HOSTS_PROPERTY} and the environment variable {@value
     * #HOSTS_ENV}.
     *
     * @param endpoint the parameter's value
     * @param reference the reference it came from (log-safe), for the message
     * @param policy the hosts the store allows
     * @return the endpoint as a URI with scheme and host
     * @throws ConfigurationException if it is not an absolute {@code https} or loopback {@code http}
     *     URL, carries user info, a query or a fragment, or names a host neither the policy, loopback
     *     nor the opt-in list allows
     */
    public static URI parse(String endpoint, String reference, Policy policy) {
        return parse(endpoint, reference, policy, System::getProperty, System.getenv());
    }

    /** {@link #parse(String, String, Policy)} with the opt-in read from the given sources (tests). */
    public static URI parse(
            String endpoint,
            String reference,
            Policy policy,
            Function<String, @Nullable String> properties,
            Map<String, String> environment) {
        URI uri;
        try {
            uri = new URI(endpoint.trim());
        } catch (URISyntaxException e) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " is not a URL. Use https://host[:port] (or http://localhost:port for a local emulator).");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " must be an absolute URL: https://host[:port] (or http://localhost:port for a local emulator).");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " must not carry user info, a query or a fragment.");
        }
        boolean loopback = isLoopbackHost(host);
        if (scheme.equals("http") && !loopback) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " uses plain http to a host that is not loopback (" + host
                    + "). Use https, or http only to localhost, 127.0.0.1 or [::1].");
        }
        if (!loopback && !policy.allows(host) && !optedIn(host, properties, environment)) {
            throw new ConfigurationException("The endpoint of secret reference " + reference + " names the host "
                    + host + ", which is not one of " + policy.store() + "'s own endpoints ("
                    + policy.describe() + ") nor loopback. The endpoint receives the workload's credentials and"
                    + " secrets: if this host is yours (a proxy in front of the store), name it in " + HOSTS_ENV
                    + " or -D" + HOSTS_PROPERTY + " (comma-separated host names).");
        }
        return uri;
    }

    private static boolean optedIn(
            String host, Function<String, @Nullable String> properties, Map<String, String> environment) {
        String h = normalize(host);
        for (String list : new String[] {properties.apply(HOSTS_PROPERTY), environment.get(HOSTS_ENV)}) {
            if (list == null) {
                continue;
            }
            for (String entry : list.split(",", -1)) {
                if (!entry.isBlank() && normalize(entry.trim()).equals(h)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /**
     * Returns true for {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}, judged from the text
     * alone (no name lookup). {@code *.localhost} is not loopback, as for the API base URL.
     */
    public static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return true;
        }
        if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
