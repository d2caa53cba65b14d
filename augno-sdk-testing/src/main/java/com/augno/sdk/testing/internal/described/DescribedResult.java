package com.augno.sdk.testing.internal.described;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the described handler answers: a status and a JSON body.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
public record DescribedResult(int status, JsonNode body) {}
