package com.augno.sdk.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the engine answers: a status, headers and a body, or a network-level fault. */
public final class FakeResponse {
    /** The network-level behaviour of a response. */
    public enum Network {
        /** A normal HTTP response. */
        NORMAL,
        /** Reset the connection instead of answering. */
        CONNECTION_RESET
    }

    final int status;
    final Map<String, String> headers;
    final byte[] body;
    Network network = Network.NORMAL;
    long delayMillis;

    FakeResponse(int status, byte[] body) {
        this.status = status;
        this.headers = new LinkedHashMap<>();
        this.body = body;
    }

    static FakeResponse reset() {
        FakeResponse r = new FakeResponse(500, new byte[0]);
        r.network = Network.CONNECTION_RESET;
        return r;
    }

    FakeResponse withBody(byte[] newBody) {
        FakeResponse r = new FakeResponse(status, newBody);
        r.headers.putAll(headers);
        r.network = network;
        r.delayMillis = delayMillis;
        return r;
    }

    /** Returns the HTTP status. */
    public int status() {
        return status;
    }

    /** Returns the headers to send. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Returns the body to send. */
    public byte[] body() {
        return body;
    }

    /** Returns the network-level behaviour. */
    public Network network() {
        return network;
    }

    /** Returns how long to wait before answering, in milliseconds. */
    public long delayMillis() {
        return delayMillis;
    }
}
