package com.augno.sdk.secrets.gcp.internal;

import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.secrets.Causes;
import com.augno.sdk.internal.secrets.LazyStoreClient;
import com.google.api.gax.grpc.GrpcCallContext;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.httpjson.HttpJsonCallContext;
import com.google.api.gax.httpjson.HttpJsonTransportChannel;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.ApiCallContext;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.UnaryCallable;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. How the provider calls Secret Manager: one attempt per call (the key cache owns retries
 * and backoff), the provider's deadline on every call whichever transport the client uses, and
 * every failure through {@link SecretManagerErrors}.
 */
public final class SecretManagerCalls {
    /** Extra time our own wait allows beyond the call deadline, so gRPC reports first. */
    private static final Duration WAIT_GRACE = Duration.ofMillis(500);

    private final String description;
    private final Duration callTimeout;
    private final LazyStoreClient<SecretManagerServiceClient> client;
    private final SecretManagerErrors errors;

    public SecretManagerCalls(
            String description,
            Duration callTimeout,
            LazyStoreClient<SecretManagerServiceClient> client,
            SecretManagerErrors errors) {
        this.description = description;
        this.callTimeout = callTimeout;
        this.client = client;
        this.errors = errors;
    }

    /** Picks the callable of one RPC from the client. */
    public interface CallableOf<Q, R> {
        UnaryCallable<Q, R> of(SecretManagerServiceClient client);
    }

    /**
     * Runs one RPC without retries, within the call deadline (plus a grace, so that gRPC reports
     * first), and maps its failure.
     */
    public <Q, R> R call(SecretManagerErrors.Operation operation, Q request, CallableOf<Q, R> callable, String rpc) {
        SecretManagerServiceClient client = this.client.get();
        Future<R> future = callable.of(client).futureCall(request, callContext(client));
        try {
            return future.get(callTimeout.plus(WAIT_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SecretUnavailableException(description, rpc + " was interrupted.");
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new SecretUnavailableException(
                    description,
                    rpc + " did not answer within " + callTimeout + " (the call deadline; see callTimeout).");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof ApiException) {
                throw errors.map(operation, (ApiException) cause, rpc);
            }
            throw new SecretProviderException(
                    description, rpc + " failed: " + cause.getClass().getName() + ".", Causes.safeCause(cause));
        }
    }

    private @Nullable ApiCallContext callContext(SecretManagerServiceClient client) {
        SecretManagerServiceSettings settings = client.getSettings();
        if (settings == null) {
            return null;
        }
        String transport = settings.getTransportChannelProvider().getTransportName();
        ApiCallContext context;
        if (GrpcTransportChannel.getGrpcTransportName().equals(transport)) {
            context = GrpcCallContext.createDefault();
        } else if (HttpJsonTransportChannel.getHttpJsonTransportName().equals(transport)) {
            context = HttpJsonCallContext.createDefault();
        } else {
            return null;
        }
        return context.withTimeoutDuration(callTimeout)
                .withRetrySettings(noRetries(callTimeout))
                .withRetryableCodes(Set.of());
    }

    public static RetrySettings noRetries(Duration timeout) {
        return RetrySettings.newBuilder()
                .setMaxAttempts(1)
                .setTotalTimeoutDuration(timeout)
                .setInitialRpcTimeoutDuration(timeout)
                .setMaxRpcTimeoutDuration(timeout)
                .setRpcTimeoutMultiplier(1.0)
                .setInitialRetryDelayDuration(Duration.ZERO)
                .setMaxRetryDelayDuration(Duration.ZERO)
                .setRetryDelayMultiplier(1.0)
                .build();
    }
}
