package com.augno.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.api.core.Owner;
import com.augno.sdk.api.core.OwnerType;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.internal.http.Checks;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A model-typed field decoded through {@link LazyModelDeserializer} reads exactly as it did with
 * the nested model's deserializer built up front: a value, JSON null, an absent field, a value with
 * unknown fields, and a value that lacks one of its own required fields. (That the nested
 * deserializer is not built when no value comes is shown in a fresh JVM by
 * {@code LazyServiceLoadingForkedJvmTest}.)
 */
class LazyModelDeserializerTest {
    private static final String ROLE_START = "{\"id\":\"rl_1\",\"object\":\"role\",\"name\":\"Deployer\","
            + "\"type\":\"custom\",\"created_at\":\"2026-09-30T12:00:00Z\",\"updated_at\":\"2026-09-30T12:00:00Z\"";

    private final ObjectReader roles = Json.reader(Json.type(Role.class));

    private Role read(String ownerPart) throws IOException {
        return roles.readValue(ROLE_START + ownerPart + "}");
    }

    @Test
    void aNestedValueIsDecodedWithItsOwnModel() throws IOException {
        Role role = read(",\"owner\":{\"object\":\"owner\",\"type\":\"account\",\"extra\":1}");

        Owner owner = role.owner().orElseThrow();
        assertThat(owner.type()).isEqualTo(OwnerType.ACCOUNT);
        assertThat(owner.account()).isEmpty();
        assertThat(owner.additionalProperties()).containsKey("extra");
        // The same answer twice: the delegate, once found, is kept.
        assertThat(read(",\"owner\":{\"object\":\"owner\",\"type\":\"system\"}")
                        .owner()
                        .orElseThrow()
                        .type())
                .isEqualTo(OwnerType.SYSTEM);
    }

    @Test
    void nullAndAbsentReadAsNoValue() throws IOException {
        assertThat(read(",\"owner\":null").owner()).isEmpty();
        assertThat(read("").owner()).isEmpty();
    }

    @Test
    void theNestedModelsRequiredFieldsAreStillChecked() {
        assertThatThrownBy(() -> read(",\"owner\":{\"object\":\"owner\"}"))
                .satisfies(e -> assertThat(Checks.missingField(e))
                        .as("the missing field is reported as before")
                        .isNotNull());
    }

    @Test
    void onlyItsContextualFormDecodes() {
        LazyModelDeserializer bare = new LazyModelDeserializer();
        assertThatThrownBy(() -> bare.deserialize(
                        Json.mapper().createParser("{}"), Json.mapper().getDeserializationContext()))
                .hasMessageContaining("without its property's type");
    }
}
