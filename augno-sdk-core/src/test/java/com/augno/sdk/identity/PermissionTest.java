package com.augno.sdk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PermissionTest {
    @Test
    void splitsCodeAndAction() {
        Permission p = Permission.of("sales_orders:read");

        assertThat(p.code()).isEqualTo("sales_orders");
        assertThat(p.action()).isEqualTo("read");
        assertThat(p.knownAction()).contains(Permission.Action.READ);
        assertThat(p).isEqualTo(Permission.of("sales_orders", Permission.Action.READ));
        assertThat(p.toString()).isEqualTo("sales_orders:read");
    }

    @Test
    void unknownCodesAndActionsAreKept() {
        Permission p = Permission.of("quantum_widgets:approve");
        Permission bare = Permission.of("superpower");

        assertThat(p.code()).isEqualTo("quantum_widgets");
        assertThat(p.knownAction()).isEmpty();
        assertThat(bare.code()).isEqualTo("superpower");
        assertThat(bare.action()).isEmpty();
    }

    @Test
    void emptyIsRefusedWithAnExample() {
        assertThatThrownBy(() -> Permission.of("")).hasMessageContaining("customers:read");
        assertThatThrownBy(() -> Permission.of("a:b", Permission.Action.READ))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
