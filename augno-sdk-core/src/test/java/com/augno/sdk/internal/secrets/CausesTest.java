package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The cause-chain walks the store providers' error mappers share. */
class CausesTest {
    @Test
    void findsTheFirstOfATypeAlongTheChainItselfIncluded() {
        IOException io = new IOException("connection reset");
        RuntimeException outer = new RuntimeException("call failed", new UncheckedIOException(io));

        assertThat(Causes.find(outer, IOException.class)).isSameAs(io);
        assertThat(Causes.find(outer, RuntimeException.class)).isSameAs(outer);
        assertThat(Causes.find(outer, IllegalStateException.class)).isNull();
    }

    @Test
    void aCycleInTheChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b); // a -> b -> a -> ...

        assertThat(Causes.find(a, IOException.class)).isNull();
        assertThat(Causes.safeCause(a)).isSameAs(a);
    }

    @Test
    void aChainQuotingAKeyOfEitherBrandIsDropped() {
        for (String key : new String[] {TestKeys.production(), TestKeys.sandbox(TestKeys.LEGACY_BRAND)}) {
            RuntimeException leaky =
                    new RuntimeException("store call failed", new IllegalArgumentException("bad value " + key));
            assertThat(Causes.safeCause(leaky)).isNull();
        }
        // A bare prefix of a brand not known today is dropped too.
        assertThat(Causes.safeCause(new RuntimeException("value starts xyz" + "_sk_" + "test_")))
                .isNull();
    }

    @Test
    void aHarmlessChainIsKept() {
        RuntimeException plain = new RuntimeException("timeout", new IOException("read timed out"));
        assertThat(Causes.safeCause(plain)).isSameAs(plain);
    }
}
