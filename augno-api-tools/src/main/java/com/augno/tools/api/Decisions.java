package com.augno.tools.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decisions a maintainer took where the sources are wrong or silent ({@code api/decisions.json}).
 * They win over both front ends and the merge rules, and every one carries its reason.
 *
 * @param status operation id to the success status to record, with the reason
 * @param nullable {@code Model.field} to whether it is nullable, with the reason
 */
public record Decisions(Map<String, StatusDecision> status, Map<String, NullableDecision> nullable) {

    /**
     * A status decision.
     *
     * @param value the status
     * @param reason why
     */
    public record StatusDecision(int value, String reason) {}

    /**
     * A nullability decision.
     *
     * @param value whether the field may be null
     * @param reason why
     */
    public record NullableDecision(boolean value, String reason) {}

    /**
     * No decisions.
     *
     * @return an empty set of decisions
     */
    public static Decisions none() {
        return new Decisions(new TreeMap<>(), new TreeMap<>());
    }

    /**
     * Parses {@code api/decisions.json}.
     *
     * @param json the text
     * @return the decisions
     * @throws IllegalArgumentException when the text is not a decisions document
     */
    public static Decisions read(String json) {
        try {
            return JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(json, Decisions.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a decisions document: " + e.getMessage(), e);
        }
    }
}
