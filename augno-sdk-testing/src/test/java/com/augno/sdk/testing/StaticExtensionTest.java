package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A {@code static} registration runs one server for the whole class. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticExtensionTest {
    @RegisterExtension
    static final FakeAugnoServer SERVER = FakeAugnoServer.builder().build();

    private static int firstPort;

    @Test
    @Order(1)
    void serverRunsBeforeTheFirstTest() {
        assertThat(SERVER.isRunning()).isTrue();
        firstPort = SERVER.port();
    }

    @Test
    @Order(2)
    void theSameServerServesTheNextTest() {
        assertThat(SERVER.port()).isEqualTo(firstPort);
    }

    @AfterAll
    static void stillRunningUntilAfterAllCallbacks() {
        assertThat(SERVER.isRunning()).isTrue();
    }
}
