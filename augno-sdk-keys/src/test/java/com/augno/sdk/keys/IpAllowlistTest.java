package com.augno.sdk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The allowlist of the IP rule: literals and CIDR ranges only, never a name lookup. */
class IpAllowlistTest {
    @Test
    void ipv4RangesAndSingleAddressesMatchTheirMembersOnly() {
        IpAllowlist list = IpAllowlist.parse(List.of("203.0.113.0/24", "198.51.100.7", "10.0.0.0/9"));

        assertThat(list.contains("203.0.113.200")).isTrue();
        assertThat(list.contains("198.51.100.7")).isTrue();
        assertThat(list.contains("10.127.255.255")).isTrue();
        assertThat(list.contains("203.0.114.1")).isFalse();
        assertThat(list.contains("198.51.100.8")).isFalse();
        assertThat(list.contains("10.128.0.0")).isFalse();
    }

    @Test
    void ipv6RangesMatchIpv6AddressesAndNeverIpv4Ones() {
        IpAllowlist list = IpAllowlist.parse(List.of("2001:db8::/32"));

        assertThat(list.contains("2001:db8:1::7")).isTrue();
        assertThat(list.contains("2001:db9::1")).isFalse();
        assertThat(list.contains("32.1.13.184")).isFalse();
    }

    @Test
    void somethingThatIsNotAnIpLiteralNeverMatchesAndIsNeverResolved() {
        IpAllowlist list = IpAllowlist.parse(List.of("127.0.0.0/8"));

        assertThat(list.contains("localhost")).isFalse();
        assertThat(list.contains("")).isFalse();
        assertThat(list.contains("127.0.0.1/8")).isFalse();
    }

    @Test
    void aBadEntryIsRefusedWithTheEntryAndAnExample() {
        assertThatThrownBy(() -> IpAllowlist.parse(List.of("office.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'office.example.com'")
                .hasMessageContaining("203.0.113.0/24");
        assertThatThrownBy(() -> IpAllowlist.parse(List.of("203.0.113.0/33")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Prefix too long");
    }

    @Test
    void anEmptyListIsEmpty() {
        assertThat(IpAllowlist.parse(List.of()).isEmpty()).isTrue();
        assertThat(IpAllowlist.parse(List.of("203.0.113.7")).entries()).containsExactly("203.0.113.7");
    }
}
