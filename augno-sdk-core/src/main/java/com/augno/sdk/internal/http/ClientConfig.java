package com.augno.sdk.internal.http;

import com.augno.sdk.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The transport settings of one client, validated by {@code AugnoClient.Builder}.
 *
 * @param baseUrl the base URL, ending with {@code /}
 * @param apiVersion the {@code Augno-Version} header
 * @param account the {@code Augno-Account} header, if any
 * @param userAgent the {@code User-Agent} header
 * @param timeout the timeout of each attempt
 * @param maxRetries the retries after the first attempt
 * @param clock the clock (deadlines, HTTP-date {@code Retry-After})
 * @param sleeper waits between retries
 * @param logBodies whether request and response bodies are logged (redacted) at DEBUG
 */
public record ClientConfig(
        HttpUrl baseUrl,
        String apiVersion,
        @Nullable String account,
        String userAgent,
        Duration timeout,
        int maxRetries,
        Clock clock,
        Sleeper sleeper,
        boolean logBodies) {}
