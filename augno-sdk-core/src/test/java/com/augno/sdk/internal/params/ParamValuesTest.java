package com.augno.sdk.internal.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.internal.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamValuesTest {

    /** The request the typed services build from list params (see {@code Calls.list}). */
    private static ApiRequest listRequest(ParamValues values) {
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, "/v1/things");
        values.toQuery().forEach(b::query);
        return b.include(values.include()).build();
    }

    @Test
    void listParametersAreEncodedAsTheApiExpects() {
        ParamValues values = ParamValues.builder()
                .set("cursor", "cur_abc", "cursor")
                .limit(10)
                .set("q", "acme & co", "q")
                .include(List.of("role", "role.permissions"))
                .build();

        assertThat(listRequest(values).query())
                .containsExactly(
                        Map.entry("cursor", "cur_abc"),
                        Map.entry("limit", "10"),
                        Map.entry("q", "acme & co"),
                        Map.entry("include", "role,role.permissions"));
    }

    @Test
    void nothingSetSendsNoQueryAtAll() {
        assertThat(listRequest(ParamValues.builder().build()).query()).isEmpty();
    }

    @Test
    void listValuesAreCommaJoinedAndTimestampsRfc3339() {
        ParamValues values = ParamValues.builder()
                .setList("statuses", List.of("active", "revoked"), "statuses")
                .set("starts_at", Instant.parse("2026-05-20T10:15:30Z"), "startsAt")
                .build();

        assertThat(listRequest(values).query())
                .containsExactly(
                        Map.entry("statuses", "active,revoked"), Map.entry("starts_at", "2026-05-20T10:15:30Z"));
    }

    @Test
    void limitAcceptsTheApiRangeOneToOneThousand() {
        assertThat(ParamValues.builder().limit(1).build().get("limit", Long.class))
                .contains(1L);
        assertThat(ParamValues.builder().limit(1000).build().get("limit", Long.class))
                .contains(1000L);
        assertThat(ParamValues.builder().limit(Long.valueOf(50)).build().get("limit", Long.class))
                .contains(50L);
    }

    @Test
    void limitOutsideTheApiRangeIsRefusedWithTheRangeInTheMessage() {
        for (long bad : new long[] {0, -1, 1001, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThatThrownBy(() -> ParamValues.builder().limit(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 1 and 1000")
                    .hasMessageContaining("but was " + bad);
        }
    }

    @Test
    void nullLimitObjectIsRefusedByName() {
        assertThatThrownBy(() -> ParamValues.builder().limit((Long) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limit == null");
    }

    @Test
    void absentClearedAndSetAreThreeDifferentBodies() {
        ParamValues values = ParamValues.builder()
                .set("name", "Acme", "name")
                .clear("email")
                .set("lead_time_days", 5L, "leadTimeDays")
                .build();

        JsonNode body = values.toBody();
        assertThat(body.has("phone")).isFalse(); // absent: not sent, the stored value stays
        assertThat(body.get("email").isNull()).isTrue(); // cleared: explicit null removes it
        assertThat(body.get("name").asText()).isEqualTo("Acme"); // set: changed
        assertThat(Json.mapper().convertValue(body, Map.class)).containsOnlyKeys("name", "email", "lead_time_days");

        assertThat(values.clears("email")).isTrue();
        assertThat(values.get("email", String.class)).isEmpty();
        assertThat(values.clears("phone")).isFalse();
        assertThat(values.get("phone", String.class)).isEmpty();
        assertThat(values.clears("name")).isFalse();
        assertThat(values.get("name", String.class)).contains("Acme");
    }

    @Test
    void aClearedFieldIsLeftOutOfTheQuery() {
        ParamValues values =
                ParamValues.builder().clear("q").set("cursor", "c", "cursor").build();

        assertThat(values.toQuery()).containsExactly(Map.entry("cursor", "c"));
    }

    @Test
    void setAfterClearAndClearAfterSetKeepTheLastWord() {
        ParamValues.Builder b = ParamValues.builder().clear("note").set("note", "hi", "note");
        assertThat(b.build().get("note", String.class)).contains("hi");
        assertThat(b.clear("note").build().clears("note")).isTrue();
    }

    @Test
    void nullValuesAreRefusedNamingTheSetterParameter() {
        assertThatThrownBy(() -> ParamValues.builder().set("role_id", nullObject(), "roleId"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("roleId == null");
        assertThatThrownBy(() -> ParamValues.builder().setList("actor_ids", null, "actorIds"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actorIds == null");
        assertThatThrownBy(() -> ParamValues.builder().setList("actor_ids", Arrays.asList("a", null), "actorIds"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actorIds has a null element");
        assertThatThrownBy(() -> ParamValues.builder().include(Arrays.asList("role", null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("include has a null element");
    }

    @Test
    void listsAreCopiedAndReadOnly() {
        List<String> source = new ArrayList<>(List.of("a"));
        ParamValues values = ParamValues.builder().setList("ids", source, "ids").build();
        source.add("b");

        List<String> stored = values.list("ids", String.class).orElseThrow();
        assertThat(stored).containsExactly("a");
        assertThatThrownBy(() -> stored.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.include().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.wireValues().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builtValuesDoNotChangeWhenTheBuilderGoesOn() {
        ParamValues.Builder b = ParamValues.builder().set("q", "one", "q").include(List.of("a"));
        ParamValues first = b.build();
        b.set("q", "two", "q").include(List.of("b"));

        assertThat(first.get("q", String.class)).contains("one");
        assertThat(first.include()).containsExactly("a");
        assertThat(first.toBuilder().build()).isEqualTo(first);
    }

    @Test
    void toBuilderStartsFromTheSameValuesWithoutSharingThem() {
        ParamValues original =
                ParamValues.builder().set("q", "x", "q").include(List.of("a")).build();
        ParamValues changed =
                original.toBuilder().limit(5).include(List.of("b")).build();

        assertThat(original.get("limit", Long.class)).isEmpty();
        assertThat(original.include()).containsExactly("a");
        assertThat(changed.include()).containsExactly("a", "b");
        assertThat(changed.get("q", String.class)).contains("x");
    }

    @Test
    void equalityCoversValuesAndInclude() {
        ParamValues a = ParamValues.builder().set("q", "x", "q").build();
        ParamValues same = ParamValues.builder().set("q", "x", "q").build();
        ParamValues withInclude = ParamValues.builder()
                .set("q", "x", "q")
                .include(List.of("role"))
                .build();
        ParamValues cleared = ParamValues.builder().clear("q").build();

        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(withInclude);
        assertThat(a).isNotEqualTo(cleared);
        assertThat(cleared).isNotEqualTo(ParamValues.builder().build());
    }

    @Test
    void describeNamesTheTypeAndShowsIncludeOnlyWhenThere() {
        assertThat(ParamValues.builder().set("q", "x", "q").build().describe("RoleListParams"))
                .isEqualTo("RoleListParams{q=x}");
        assertThat(ParamValues.builder()
                        .clear("note")
                        .include(List.of("role"))
                        .build()
                        .describe("CustomerUpdateParams"))
                .isEqualTo("CustomerUpdateParams{note=null} include=[role]");
    }

    @Test
    void requireNamesTheMissingSetter() {
        assertThatThrownBy(() -> ParamValues.builder().require("role_id", "roleId"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("`roleId` is required, but was not set");
        // A cleared field counts as set: the API is told null explicitly.
        ParamValues.builder().clear("role_id").require("role_id", "roleId");
    }

    @Test
    void requireNonZeroRefusesZeroDecimalsOnly() {
        assertThatThrownBy(() -> ParamValues.builder()
                        .set("d", new BigDecimal("0.000"), "d")
                        .requireNonZero("d", "send 1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("d must not be zero (send 1)");
        ParamValues.builder().set("d", BigDecimal.ONE, "d").requireNonZero("d", "send 1");
        ParamValues.builder().requireNonZero("d", "send 1");
    }

    @SuppressWarnings("NullAway")
    private static Object nullObject() {
        return null;
    }
}
