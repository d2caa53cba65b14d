package com.augno.sdk.testing.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hands every request WireMock receives to the {@link FakeEngine} and turns its answer into a
 * WireMock response. One catch-all stub exists; this transformer replaces its response.
 */
public final class EngineTransformer implements ResponseDefinitionTransformerV2 {
    /** The name WireMock knows this extension by. */
    public static final String NAME = "augno-fake-engine";

    /** The address the server binds to, and so the peer of every connection it accepts. */
    public static final String LOOPBACK = "127.0.0.1";

    // An IP literal (IPv4 or IPv6), checked by shape only: the fake never resolves names.
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final FakeEngine engine;
    private final boolean trustForwardedFor;

    /** Creates a transformer that delegates to {@code engine} and records the peer address. */
    public EngineTransformer(FakeEngine engine) {
        this(engine, false);
    }

    /**
     * Creates a transformer that delegates to {@code engine}.
     *
     * @param trustForwardedFor whether the first {@code X-Forwarded-For} entry is recorded as the
     *     client IP (else the peer address is, whatever the header says)
     */
    public EngineTransformer(FakeEngine engine, boolean trustForwardedFor) {
        this.engine = engine;
        this.trustForwardedFor = trustForwardedFor;
    }

    /** Answers the request of {@code serveEvent} from the engine. */
    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request r = serveEvent.getRequest();
        byte[] body = r.getBody();
        FakeRequest request = new FakeRequest(
                r.getMethod().getName(),
                r.getUrl(),
                name -> r.containsHeader(name) ? r.getHeader(name) : null,
                body == null ? new byte[0] : body,
                clientIp(r));
        FakeResponse response = engine.handle(request);
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
        if (response.network() == FakeResponse.Network.CONNECTION_RESET) {
            return b.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        List<HttpHeader> headers = new ArrayList<>(response.headers().size());
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            headers.add(new HttpHeader(h.getKey(), h.getValue()));
        }
        b.withStatus(response.status()).withHeaders(new HttpHeaders(headers)).withBody(response.body());
        if (response.delayMillis() > 0) {
            b.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.delayMillis()));
        }
        return b.build();
    }

    /**
     * The client IP to record. WireMock's own {@code getClientIp()} returns the whole
     * {@code X-Forwarded-For} value whenever the header is present; the fake uses it only when the
     * test asked for it, and then only its first entry (the original client, as a proxy writes it).
     */
    private String clientIp(Request r) {
        String forwarded = r.containsHeader("X-Forwarded-For") ? r.getHeader("X-Forwarded-For") : null;
        if (forwarded == null || forwarded.isBlank()) {
            return r.getClientIp();
        }
        if (!trustForwardedFor) {
            // The server listens on 127.0.0.1 only, so the peer is loopback.
            return LOOPBACK;
        }
        String first = forwarded.split(",", 2)[0].trim();
        return IP_LITERAL.matcher(first).matches() ? first : LOOPBACK;
    }

    /** Returns {@link #NAME}. */
    @Override
    public String getName() {
        return NAME;
    }
}
