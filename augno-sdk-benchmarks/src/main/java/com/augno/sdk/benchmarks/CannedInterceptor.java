package com.augno.sdk.benchmarks;

import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** An OkHttp application interceptor that answers every call with a canned 200 JSON body. */
final class CannedInterceptor implements Interceptor {
    private static final MediaType JSON = MediaType.get("application/json");
    private final byte[] body;

    CannedInterceptor(String body) {
        this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Response intercept(Chain chain) {
        return new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .header("Request-Id", "req_bench")
                .body(ResponseBody.create(body, JSON))
                .build();
    }
}
