package com.augno.sdk.api;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.RequiredFieldMissingException;
import com.augno.sdk.internal.http.Checks;
import com.augno.sdk.internal.json.Json;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20: a response missing a required, non-nullable field is refused as it is decoded, with a
 * typed error naming the model and the field (never a value). Walks every generated response model
 * of {@code api/augno-api.json} and removes each such field in turn (then sends it as {@code null}).
 */
class RequiredFieldsTest {
    private static final List<String> GROUPS = List.of(
            "core", "auth", "identity", "catalog", "sales", "operations", "finance", "messaging", "settings", "ai");
    private static final Set<String> RESERVED_TYPES =
            Set.of("Object", "Record", "Error", "Override", "Process", "Package");

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    /** Every description model with a generated response class, by name. */
    static Map<String, Class<?>> generatedModels() {
        Map<String, Class<?>> out = new TreeMap<>();
        GeneratedOperationsTest.API.path("models").fieldNames().forEachRemaining(name -> {
            for (String g : GROUPS) {
                try {
                    Class<?> c = Class.forName("com.augno.sdk.api." + g + "." + javaType(name));
                    if (isResponseModel(c)) {
                        out.put(name, c);
                        break;
                    }
                } catch (ClassNotFoundException e) {
                    // not in this group's package
                }
            }
        });
        return out;
    }

    /** A decoded model: not an open enum, not a request input (those have builders). */
    private static boolean isResponseModel(Class<?> c) {
        if (OpenEnum.class.isAssignableFrom(c) || c.isEnum()) {
            return false;
        }
        try {
            c.getMethod("builder");
            return false;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /** The generator's naming rule (JavaNames.type): PascalCase, acronyms as words. */
    static String javaType(String name) {
        StringBuilder p = new StringBuilder();
        boolean up = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                up = true;
            } else {
                p.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        String pascal = p.length() > 0 && Character.isDigit(p.charAt(0)) ? "V" + p : p.toString();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pascal.length()) {
            char c = pascal.charAt(i);
            if (Character.isUpperCase(c)) {
                int j = i;
                while (j < pascal.length() && Character.isUpperCase(pascal.charAt(j))) {
                    j++;
                }
                if (j - i > 1) {
                    int end = j < pascal.length() && Character.isLowerCase(pascal.charAt(j)) ? j - 1 : j;
                    out.append(c).append(pascal.substring(i + 1, end).toLowerCase(Locale.ROOT));
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        String t = out.toString();
        return RESERVED_TYPES.contains(t) ? t + "Value" : t;
    }

    @Test
    void theWalkCoversTheGeneratedModels() {
        // Guards the walk itself: a naming change must not make it silently skip everything.
        assertThat(generatedModels()).hasSizeGreaterThanOrEqualTo(234);
    }

    @TestFactory
    Stream<DynamicTest> everyRequiredFieldOfEveryGeneratedModelIsCheckedWhenDecoded() {
        List<DynamicTest> tests = new ArrayList<>();
        generatedModels().forEach((name, cls) -> {
            ObjectNode full = (ObjectNode) GeneratedOperationsTest.sample(name, new ArrayDeque<>(), false);
            tests.add(DynamicTest.dynamicTest(
                    name + " (complete)",
                    () -> assertThat(Json.mapper().treeToValue(full, cls)).isNotNull()));
            for (JsonNode f :
                    GeneratedOperationsTest.API.path("models").path(name).path("fields")) {
                boolean strict = f.path("required").asBoolean()
                        && !f.path("nullable").asBoolean()
                        && !f.path("expandable").asBoolean();
                if (!strict) {
                    continue;
                }
                String field = f.path("name").asText();
                tests.add(DynamicTest.dynamicTest(name + "." + field, () -> {
                    ObjectNode missing = full.deepCopy();
                    missing.remove(field);
                    assertMissing(cls, missing, name, field);
                    ObjectNode nulled = full.deepCopy();
                    nulled.putNull(field);
                    assertMissing(cls, nulled, name, field);
                }));
            }
        });
        assertThat(tests).hasSizeGreaterThan(1000);
        return tests.stream();
    }

    private static void assertMissing(Class<?> cls, ObjectNode json, String model, String field) {
        Throwable t = catchThrowable(() -> Json.mapper().treeToValue(json, cls));
        Checks.MissingField m = Checks.missingField(t);
        assertThat(m).as("%s without %s", model, field).isNotNull();
        assertThat(m.model()).isEqualTo(model);
        assertThat(m.field()).isEqualTo(field);
    }

    @Test
    void throughTheClientItIsATypedErrorNamingModelAndFieldWithoutTheBody() {
        String canary = TestKeys.production();
        ObjectNode job = (ObjectNode) GeneratedOperationsTest.sample("Job", new ArrayDeque<>(), false);
        job.remove("created_at");
        job.put("resource_type", canary); // a key-shaped value elsewhere in the body must not surface
        server.stubFor(get(urlPathEqualTo("/v1/core/jobs/jb_1")).willReturn(okJson(job.toString())));
        try (AugnoClient client = ResourceTestKit.client(server, ResourceTestKit.newKey())) {
            RequiredFieldMissingException e = catchThrowableOfType(
                    RequiredFieldMissingException.class,
                    () -> client.core().jobs().get("jb_1"));

            assertThat(e.model()).isEqualTo("Job");
            assertThat(e.field()).isEqualTo("created_at");
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e).hasMessageContaining("Job.created_at").hasMessageContaining("GET /v1/core/jobs/jb_1");
            assertThat(e.getCause()).isNull();
            LeakCanary.assertNoLeak(e);
        }
    }
}
