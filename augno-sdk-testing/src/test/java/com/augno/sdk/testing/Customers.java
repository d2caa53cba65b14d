package com.augno.sdk.testing;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.sdk.secrets.KeyMode;

/** The records a customer create points at, seeded on a fake (the API requires them). */
final class Customers {
    private Customers() {}

    /** Seeds them in the account of the server's default mode. */
    static CustomerFixture seed(FakeAugnoServer server) {
        return seed(server, server.defaultMode());
    }

    /** Seeds them in the account of {@code mode}. */
    static CustomerFixture seed(FakeAugnoServer server, KeyMode mode) {
        return CustomerFixture.seed((path, fields) -> server.seed(mode, path, fields));
    }
}
