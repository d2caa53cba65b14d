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

/**
 * Hands every request WireMock receives to the {@link FakeEngine} and turns its answer into a
 * WireMock response. One catch-all stub exists; this transformer replaces its response.
 */
public final class EngineTransformer implements ResponseDefinitionTransformerV2 {
    /** The name WireMock knows this extension by. */
    public static final String NAME = "augno-fake-engine";

    private final FakeEngine engine;

    /** Creates a transformer that delegates to {@code engine}. */
    public EngineTransformer(FakeEngine engine) {
        this.engine = engine;
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
                r.getClientIp());
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

    /** Returns {@link #NAME}. */
    @Override
    public String getName() {
        return NAME;
    }
}
