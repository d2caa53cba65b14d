package com.augno.sdk.testing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * The embedded WireMock server that carries the {@link FakeEngine}: bound to {@code 127.0.0.1} on
 * a free port, one catch-all stub whose answer {@link EngineTransformer} replaces. Thread-safe.
 */
public final class WireMockHost {
    private final FakeEngine engine;
    private final int requestJournalSize;
    private final int containerThreads;
    private final boolean trustForwardedFor;
    private @Nullable WireMockServer server;

    /**
     * Creates a host, not started.
     *
     * @param requestJournalSize WireMock's journal size, 0 for none
     * @param containerThreads the number of server threads
     * @param trustForwardedFor whether {@code X-Forwarded-For} names the client IP
     */
    public WireMockHost(FakeEngine engine, int requestJournalSize, int containerThreads, boolean trustForwardedFor) {
        this.engine = engine;
        this.requestJournalSize = requestJournalSize;
        this.containerThreads = containerThreads;
        this.trustForwardedFor = trustForwardedFor;
    }

    /** Starts the server unless it is running, and points the engine's URLs at it. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress(EngineTransformer.LOOPBACK)
                .dynamicPort()
                .notifier(new Slf4jNotifier(false))
                .containerThreads(containerThreads)
                .gzipDisabled(true)
                .templatingEnabled(false)
                .stubRequestLoggingDisabled(true)
                .extensions(new EngineTransformer(engine, trustForwardedFor));
        if (requestJournalSize > 0) {
            options.maxRequestJournalEntries(requestJournalSize);
        } else {
            options.disableRequestJournal();
        }
        WireMockServer s = new WireMockServer(options);
        s.start();
        s.stubFor(any(anyUrl()).willReturn(ok()));
        server = s;
        engine.setBaseUrl("http://" + EngineTransformer.LOOPBACK + ":" + s.port());
    }

    /** Stops the server if it runs. */
    public synchronized void stop() {
        WireMockServer s = server;
        server = null;
        if (s != null) {
            s.stop();
        }
    }

    /** Returns whether the server is running. */
    public synchronized boolean isRunning() {
        WireMockServer s = server;
        return s != null && s.isRunning();
    }

    /**
     * Returns the port.
     *
     * @throws IllegalStateException if the server is not running
     */
    public synchronized int port() {
        WireMockServer s = server;
        if (s == null) {
            throw new IllegalStateException("FakeAugnoServer is not running; call start() first");
        }
        return s.port();
    }
}
