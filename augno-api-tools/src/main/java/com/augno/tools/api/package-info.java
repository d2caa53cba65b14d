/**
 * The importer of the project's API description ({@code api/augno-api.json}): two front ends (augno-go's
 * Go sources, an OpenAPI 3 document), a merge with a disagreement report, and the JSON form.
 */
@NullMarked
package com.augno.tools.api;

import org.jspecify.annotations.NullMarked;
