package com.augno.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.tools.api.ApiDescription;
import com.augno.tools.api.DescriptionJson;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shapes beyond CRUD: a raw request body, and the job service's wait for a job. */
class ShapesGeneratorTest {

    private static Map<String, String> generate() throws IOException {
        try (InputStream in = ShapesGeneratorTest.class.getResourceAsStream("/shapes-api.json")) {
            ApiDescription api = DescriptionJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return Generator.files(api).stream()
                    .collect(Collectors.toMap(
                            f -> f.packageName() + "." + f.typeSpec().name(), JavaFile::toString));
        }
    }

    @Test
    void aRawBodyOperationTakesTheBytesAndTheirContentType() throws IOException {
        String accounts = generate().get("com.augno.sdk.api.identity.AccountService");
        assertThat(accounts)
                .contains("public void updateFavicon(String id, RawBody body, RequestOptions options)")
                .contains("public void updateFavicon(String id, RawBody body)")
                .contains("request.body(Objects.requireNonNull(body, \"body == null\"))")
                .contains("@param body the bytes to send as they are");
    }

    @Test
    void theJobServiceWaitsForAJobWithTheClientsClockAndSleeper() throws IOException {
        String jobs = generate().get("com.augno.sdk.api.core.JobService");
        assertThat(jobs)
                .contains("public Job await(Job job, Duration timeout)")
                .contains("return waiter().await(job, timeout)")
                .contains(
                        "JobWaiter.builder(this).clock(context.config().clock()).sleeper(context.config().sleeper())");
    }
}
