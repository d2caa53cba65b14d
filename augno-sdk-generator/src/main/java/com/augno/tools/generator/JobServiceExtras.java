package com.augno.tools.generator;

import com.augno.tools.generator.Layout.ServiceSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.time.Duration;
import javax.lang.model.element.Modifier;

/**
 * What the description cannot say about jobs: the service of {@code GET /v1/core/jobs/{id}} also
 * waits for a job to finish, through the hand-written {@code JobWaiter} (backoff, deadline, typed
 * errors) with the client's clock and sleeper.
 */
final class JobServiceExtras {
    static final String JOBS_SERVICE = "core.jobs";

    private JobServiceExtras() {}

    static void addTo(TypeSpec.Builder type, ServiceSpec s, String pkg) {
        if (!s.path.equals(JOBS_SERVICE)) {
            return;
        }
        ClassName waiter = ClassName.get(pkg, "JobWaiter");
        ClassName job = ClassName.get(pkg, "Job");
        type.addMethod(MethodSpec.methodBuilder("waiter")
                .addModifiers(Modifier.PUBLIC)
                .returns(waiter)
                .addJavadoc(
                        "Returns a {@link $T} on this service with the client's clock and sleeper and the default "
                                + "backoff (500 ms doubling to 10 s).\n\n@return the waiter\n",
                        waiter)
                .addStatement(
                        "return $T.builder(this).clock(context.config().clock()).sleeper(context.config().sleeper())"
                                + ".build()",
                        waiter)
                .build());
        type.addMethod(MethodSpec.methodBuilder("await")
                .addModifiers(Modifier.PUBLIC)
                .returns(job)
                .addParameter(job, "job")
                .addParameter(Duration.class, "timeout")
                .addJavadoc(
                        "Waits for {@code job} (as a {@code 202} operation returned it) to finish: see {@link "
                                + "$T#await($T, $T)}.\n\n",
                        waiter,
                        job,
                        Duration.class)
                .addJavadoc("@param job the job\n@param timeout how long to wait at most, from now\n"
                        + "@return the completed job\n"
                        + "@throws JobFailedException when it failed or was cancelled\n"
                        + "@throws JobTimeoutException when the deadline passed first\n")
                .addStatement("return waiter().await(job, timeout)")
                .build());
    }
}
