package com.augno.sdk.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code api/augno-api.json}: every operation is reachable from {@link AugnoClient}, and
 * calling it against a recording WireMock sends the described method, path, query (comma-joined
 * lists, {@code include}) and body, and decodes a response built from the description (every field
 * present, {@code null} where nullable) into the generated model without unknown fields.
 */
class GeneratedOperationsTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonNode API = readDescription();

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    private final String key = ResourceTestKit.newKey();
    private AugnoClient client;

    @BeforeEach
    void setUp() {
        client = ResourceTestKit.client(server, key);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static JsonNode readDescription() {
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of("..", "api", "augno-api.json")));
        } catch (IOException e) {
            throw new AssertionError("api/augno-api.json is missing", e);
        }
    }

    @Test
    void everyOperationOfTheDescriptionIsReachable() throws Exception {
        int described = API.path("operations").size();
        int reachable = 0;
        for (JsonNode op : API.path("operations")) {
            if (find(client, op) != null) {
                reachable++;
            }
        }
        assertThat(described).isEqualTo(370);
        assertThat(reachable).isEqualTo(described);
    }

    @Test
    void theCoverageTableInTheDocsIsTheDescriptions() throws IOException {
        List<String> order = List.of(
                "auth", "core", "identity", "catalog", "sales", "operations", "finance", "messaging", "settings", "ai");
        StringBuilder table = new StringBuilder("| group | services | operations | lists (auto-paging) | 202 + Job |"
                + " reachable from `AugnoClient` |\n|---|---|---|---|---|---|\n");
        int services = 0;
        int lists = 0;
        int jobs = 0;
        for (String g : order) {
            java.util.Set<String> s = new java.util.TreeSet<>();
            int ops = 0;
            int l = 0;
            int j = 0;
            for (JsonNode op : API.path("operations")) {
                if (op.path("group").asText().equals(g)) {
                    s.add(op.path("service").asText());
                    ops++;
                    l += op.path("result").path("kind").asText().equals("list") ? 1 : 0;
                    j += op.path("result").path("kind").asText().equals("job") ? 1 : 0;
                }
            }
            services += s.size();
            lists += l;
            jobs += j;
            table.append("| `")
                    .append(g)
                    .append("` | ")
                    .append(s.size())
                    .append(" | ")
                    .append(ops)
                    .append(" | ")
                    .append(l)
                    .append(" | ")
                    .append(j)
                    .append(" | ")
                    .append(ops)
                    .append(" |\n");
        }
        int total = API.path("operations").size();
        table.append("| **total** | ")
                .append(services)
                .append(" | ")
                .append(total)
                .append(" | ")
                .append(lists)
                .append(" | ")
                .append(jobs)
                .append(" | ")
                .append(total)
                .append(" |\n");
        String doc = Files.readString(Path.of("..", "docs", "api-usage.md"));
        String committed = doc.substring(
                doc.indexOf("<!-- coverage:start -->\n") + "<!-- coverage:start -->\n".length(),
                doc.indexOf("<!-- coverage:end -->"));
        assertThat(committed).isEqualTo(table.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationSendsWhatTheDescriptionSaysAndDecodesItsAnswer() {
        List<JsonNode> ops = new ArrayList<>();
        API.path("operations").forEach(ops::add);
        return ops.stream().map(op -> DynamicTest.dynamicTest(op.path("id").asText(), () -> check(op)));
    }

    private void check(JsonNode op) throws Exception {
        server.resetAll();
        JsonNode answer = answer(op);
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(op.path("status").asInt())
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer.toString())));
        Target target = find(client, op);
        assertThat(target).as("reachable").isNotNull();

        List<Object> args = new ArrayList<>();
        String path = op.path("path").asText();
        int n = 0;
        for (JsonNode p : op.path("pathParams")) {
            String value = "p" + (++n) + "/x";
            args.add(value);
            path = path.replace("{" + p.path("name").asText() + "}", "p" + n + "%2Fx");
        }
        Map<String, String> expectedQuery = new LinkedHashMap<>();
        ObjectNode expectedBody = null;
        Class<?>[] types = target.method.getParameterTypes();
        if (types.length > args.size() + 1) {
            Class<?> paramsType = types[args.size()];
            Object builder = paramsType.getMethod("builder").invoke(null);
            for (JsonNode q : op.path("queryParams")) {
                String name = q.path("name").asText();
                if (name.equals("include")) {
                    continue;
                }
                boolean list = q.path("type").asText().startsWith("list<");
                Object value = list ? List.of("a", "b") : "v";
                builder.getClass()
                        .getMethod("putAdditionalQueryParameter", String.class, Object.class)
                        .invoke(builder, name, value);
                expectedQuery.put(name, list ? "a,b" : "v");
            }
            List<String> include = new ArrayList<>();
            op.path("include").forEach(i -> include.add(i.asText()));
            if (!include.isEmpty()) {
                builder.getClass().getMethod("include", String[].class).invoke(builder, (Object)
                        include.toArray(new String[0]));
                expectedQuery.put("include", String.join(",", include));
            }
            JsonNode body = op.path("body");
            if (body.path("kind").asText().equals("json")) {
                expectedBody = F.objectNode();
                for (JsonNode f : model(body.path("model").asText()).path("fields")) {
                    JsonNode v = sample(f.path("type").asText(), new ArrayDeque<>(), true);
                    builder.getClass()
                            .getMethod("putAdditionalBodyProperty", String.class, Object.class)
                            .invoke(builder, f.path("name").asText(), v);
                    expectedBody.set(f.path("name").asText(), v);
                }
            }
            args.add(builder.getClass().getMethod("build").invoke(builder));
        }
        args.add(RequestOptions.none());

        Object result = target.method.invoke(target.service, args.toArray());

        List<LoggedRequest> requests =
                server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        LoggedRequest sent = requests.get(0);
        assertThat(sent.getMethod().getName()).isEqualTo(op.path("method").asText());
        String url = sent.getUrl();
        String sentPath = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        assertThat(sentPath).isEqualTo(path);
        Map<String, String> sentQuery = new LinkedHashMap<>();
        if (url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                int eq = pair.indexOf('=');
                sentQuery.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        assertThat(sentQuery).isEqualTo(expectedQuery);
        if (expectedBody != null) {
            assertThat(new ObjectMapper().readTree(sent.getBodyAsString())).isEqualTo(expectedBody);
        }

        switch (op.path("result").path("kind").asText()) {
            case "list":
                Page<?> page = (Page<?>) result;
                assertThat(page.data()).hasSize(1);
                assertKnown(page.data().get(0));
                break;
            case "single":
            case "job":
                assertThat(result).isNotNull();
                assertKnown(result);
                break;
            default:
                assertThat(result).isNull();
                break;
        }
    }

    private static void assertKnown(Object decoded) {
        if (decoded instanceof ApiObject) {
            assertThat(((ApiObject) decoded).additionalProperties())
                    .as("fields the model did not know")
                    .isEmpty();
            assertThat(decoded.toString()).isNotBlank();
        }
    }

    /** The service object and method of an operation, found the way a user navigates. */
    private record Target(Object service, Method method) {}

    private static Target find(AugnoClient client, JsonNode op) throws Exception {
        String[] segments = op.path("service").asText().split("\\.");
        Object service = client.getClass().getMethod(segments[0]).invoke(client);
        Object folded = service;
        for (int i = 1; i < segments.length; i++) {
            Method child = method(service.getClass(), segments[i], 0);
            if (child == null) {
                if (segments[i].equals("actions")) {
                    continue; // actions live on their resource's service
                }
                return null;
            }
            folded = service;
            service = child.invoke(service);
        }
        int pathParams = op.path("pathParams").size();
        for (Object s : new Object[] {service, folded}) {
            for (Method m : s.getClass().getMethods()) {
                Class<?>[] types = m.getParameterTypes();
                String name = op.path("name").asText();
                // A Java keyword (continue) is spelled doContinue.
                if ((m.getName().equalsIgnoreCase(name) || m.getName().equalsIgnoreCase("do" + name))
                        && types.length > pathParams
                        && types[types.length - 1] == RequestOptions.class
                        && types.length <= pathParams + 2) {
                    return new Target(s, m);
                }
            }
        }
        return null;
    }

    private static Method method(Class<?> type, String name, int arity) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equalsIgnoreCase(name) && m.getParameterCount() == arity)
                .findFirst()
                .orElse(null);
    }

    private static JsonNode model(String name) {
        return API.path("models").path(name);
    }

    private static JsonNode answer(JsonNode op) {
        JsonNode result = op.path("result");
        String kind = result.path("kind").asText();
        if (kind.equals("empty") || kind.equals("raw")) {
            return F.objectNode();
        }
        JsonNode item = sample(result.path("model").asText(), new ArrayDeque<>(), false);
        if (kind.equals("list")) {
            ObjectNode list = F.objectNode();
            list.put("object", "list");
            list.set("data", F.arrayNode().add(item));
            ObjectNode info = list.putObject("page_info");
            info.put("has_next_page", false);
            info.put("has_prev_page", false);
            info.putNull("next_page_url");
            info.putNull("previous_page_url");
            return list;
        }
        return item;
    }

    /** A value of a description type: every field present, {@code null} where nullable. */
    private static JsonNode sample(String type, Deque<String> stack, boolean input) {
        if (type.startsWith("list<")) {
            ArrayNode a = F.arrayNode();
            a.add(sample(type.substring(5, type.length() - 1), stack, input));
            return a;
        }
        if (type.startsWith("map<")) {
            ObjectNode m = F.objectNode();
            m.set("k", sample(type.substring(4, type.length() - 1), stack, input));
            return m;
        }
        switch (type) {
            case "string":
                return F.textNode("s");
            case "datetime":
                return F.textNode("2026-01-02T03:04:05Z");
            case "date":
                return F.textNode("2026-01-02");
            case "decimal":
                return F.textNode("1.5");
            case "integer":
                return F.numberNode(7);
            case "number":
                return F.numberNode(1.5);
            case "boolean":
                return F.booleanNode(true);
            case "any":
                return F.objectNode().put("k", "v");
            default:
                break;
        }
        JsonNode e = API.path("enums").path(type);
        if (!e.isMissingNode()) {
            return F.textNode(e.path("values").path(0).asText("x"));
        }
        ObjectNode o = F.objectNode();
        if (stack.contains(type) || stack.size() > 5) {
            return o;
        }
        stack.push(type);
        for (JsonNode f : model(type).path("fields")) {
            String name = f.path("name").asText();
            if (!input && f.path("nullable").asBoolean()) {
                o.putNull(name);
            } else {
                o.set(name, sample(f.path("type").asText(), stack, input));
            }
        }
        stack.pop();
        return o;
    }
}
