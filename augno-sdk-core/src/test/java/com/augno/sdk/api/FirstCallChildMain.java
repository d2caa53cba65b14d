package com.augno.sdk.api;

import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.sales.Priority;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The program {@link LazyServiceLoadingForkedJvmTest} runs in a fresh JVM that logs every class it
 * loads: builds a client, makes the first call of one generated service ({@code
 * client.sales().priorities().get(id)}) and prints {@code RESULT <id>}. The answer comes from an
 * OkHttp interceptor, so nothing but that one call's classes is needed.
 */
public final class FirstCallChildMain {
    static final String BODY = "{\"id\":\"pri_lazy\",\"object\":\"priority\",\"code\":\"rush\",\"name\":\"Rush\","
            + "\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-02T00:00:00Z\"}";

    private FirstCallChildMain() {}

    @SuppressWarnings("SystemOut") // Output for the parent test, not library code.
    public static void main(String[] args) {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        OkHttpClient canned = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(chain -> new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(200)
                        .message("OK")
                        .body(ResponseBody.create(body, MediaType.get("application/json")))
                        .build())
                .build();
        String key = TestKeys.production();
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(new SecretProvider() {
                    @Override
                    public SecretValue fetch() {
                        return SecretValue.of(key);
                    }

                    @Override
                    public String description() {
                        return "first-call test (in memory)";
                    }
                })
                .baseUrl("http://127.0.0.1:9") // never dialled: the interceptor answers
                .okHttpClient(canned)
                .build()) {
            Priority p = client.sales().priorities().get("pri_lazy");
            System.out.println("RESULT " + p.id());
        }
        canned.dispatcher().executorService().shutdown();
    }
}
