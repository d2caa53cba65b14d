package com.augno.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonWarmUp}: the sample decodes as a generated model would (so a change that breaks the
 * warm-up fails here rather than silently costing start-up time), one daemon thread at most, none
 * on a single CPU, and a thread that cannot be made never fails the caller.
 */
class JsonWarmUpTest {
    private final List<Thread> made = new ArrayList<>();

    /** Makes the warm-up's real thread, and remembers it. */
    private final ThreadFactory recording = task -> {
        Thread t = new JsonWarmUp.DaemonThreads().newThread(task);
        made.add(t);
        return t;
    };

    @Test
    void theSampleDecodesAsAGeneratedModelWould() {
        assertThat(JsonWarmUp.warm()).isTrue();
    }

    @Test
    void theSampleCheckNoticesADifferentDocument() throws IOException {
        WarmUpSample changed = Json.reader(Json.type(WarmUpSample.class))
                .readValue(WarmUpSample.JSON.replace("12.50", "12.51").getBytes(StandardCharsets.UTF_8));
        assertThat(changed.isTheSample()).isFalse();
    }

    @Test
    void startsOneNamedDaemonThreadOnce() throws InterruptedException {
        JsonWarmUp warmUp = new JsonWarmUp();

        assertThat(warmUp.start(2, recording)).isTrue();
        assertThat(warmUp.start(2, recording)).isFalse();
        assertThat(warmUp.start(8, recording)).isFalse();

        assertThat(made).hasSize(1);
        Thread t = made.get(0);
        assertThat(t.getName()).isEqualTo(JsonWarmUp.THREAD_NAME);
        assertThat(t.isDaemon()).isTrue();
        t.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(t.isAlive()).as("the warm-up thread ends on its own").isFalse();
    }

    @Test
    void doesNothingOnASingleCpu() {
        JsonWarmUp warmUp = new JsonWarmUp();

        assertThat(warmUp.start(1, recording)).isFalse();

        assertThat(made).isEmpty();
    }

    @Test
    void aThreadThatCannotBeMadeNeitherFailsTheCallerNorIsRetried() {
        JsonWarmUp warmUp = new JsonWarmUp();
        int[] asked = {0};
        ThreadFactory exhausted = task -> {
            asked[0]++;
            throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
        };

        assertThat(warmUp.start(2, exhausted)).isFalse();
        assertThat(warmUp.start(2, exhausted)).isFalse();

        assertThat(asked[0]).isEqualTo(1);
    }
}
