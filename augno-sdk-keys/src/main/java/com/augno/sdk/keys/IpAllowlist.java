package com.augno.sdk.keys;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP addresses and CIDR ranges (IPv4 and IPv6), parsed from literals only: never a DNS lookup. */
final class IpAllowlist {
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(/[0-9]{1,3})?");

    private record Range(byte[] network, int prefix) {}

    private final List<Range> ranges;
    private final List<String> texts;

    private IpAllowlist(List<Range> ranges, List<String> texts) {
        this.ranges = ranges;
        this.texts = texts;
    }

    /**
     * Parses entries such as {@code 203.0.113.7}, {@code 203.0.113.0/24} or {@code 2001:db8::/32}.
     *
     * @throws IllegalArgumentException if an entry is not an IP literal or CIDR range
     */
    static IpAllowlist parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.trim();
            if (!LITERAL.matcher(e).matches() || !(e.contains(".") || e.contains(":"))) {
                throw new IllegalArgumentException(
                        "Not an IP address or CIDR range: '" + e + "' (e.g. 203.0.113.7 or 203.0.113.0/24)");
            }
            int slash = e.indexOf('/');
            byte[] address = literal(slash < 0 ? e : e.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("Not an IP address: '" + e + "'"));
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(e.substring(slash + 1));
            if (prefix > address.length * 8) {
                throw new IllegalArgumentException("Prefix too long in '" + e + "'");
            }
            ranges.add(new Range(address, prefix));
        }
        return new IpAllowlist(List.copyOf(ranges), List.copyOf(entries));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    List<String> entries() {
        return texts;
    }

    /** Returns true when {@code ip} is an IP literal inside one of the ranges. */
    boolean contains(String ip) {
        Optional<byte[]> a = literal(ip.trim());
        if (a.isEmpty()) {
            return false;
        }
        for (Range r : ranges) {
            if (r.network.length == a.get().length && samePrefix(r.network, a.get(), r.prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePrefix(byte[] x, byte[] y, int prefix) {
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (x[i] != y[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (x[full] & mask) == (y[full] & mask);
    }

    private static Optional<byte[]> literal(String text) {
        // Only IP literals reach InetAddress, so it never resolves a name.
        if (!LITERAL.matcher(text).matches() || text.contains("/") || !(text.contains(".") || text.contains(":"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
