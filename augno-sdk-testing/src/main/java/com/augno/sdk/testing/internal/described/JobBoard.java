package com.augno.sdk.testing.internal.described;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The jobs that {@code 202 Accepted} operations start: {@code created} when answered,
 * {@code started} while the configured duration runs on the fake's clock, {@code completed} once it
 * has passed (the description's {@code JobStatus} values); {@code cancelled} when cancelled first.
 */
final class JobBoard {
    static final String COLLECTION = "/v1/core/jobs";
    static final String MODEL = "Job";

    private final ResourceStore store;
    private final ApiDescription api;
    private volatile Duration duration = Duration.ZERO;

    JobBoard(ResourceStore store, ApiDescription api) {
        this.store = store;
        this.api = api;
    }

    void duration(Duration d) {
        this.duration = d;
    }

    /** Starts a job for an operation ({@code bulkUpsert}, {@code exportPriceList}) on a collection. */
    StoredRecord start(String operationName, String collectionTemplate, String jobsCollection, Instant now) {
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.put("type", operationName.startsWith("export") ? "export" : "bulk_upsert");
        String last = collectionTemplate.substring(collectionTemplate.lastIndexOf('/') + 1);
        String resource = singular(last.replace('-', '_'));
        List<String> types = api.enumValues("JobResourceType");
        v.put("resource_type", types != null && types.contains(resource) ? resource : "record");
        v.put("status", "created");
        v.put("_duration_ms", duration.toMillis());
        return store.create(jobsCollection, MODEL, v, now);
    }

    /** Brings a job's status up to date with {@code now}. */
    void refresh(StoredRecord job, Instant now) {
        ObjectNode v = job.values;
        String status = v.path("status").asText();
        if (status.equals("cancelled") || status.equals("completed")) {
            return;
        }
        Instant end = job.createdAt.plusMillis(v.path("_duration_ms").asLong());
        if (!now.isBefore(end)) {
            v.put("status", "completed");
            v.set("started_at", ModelRenderer.ts(job.createdAt));
            v.set("completed_at", ModelRenderer.ts(end));
            if (v.path("type").asText().equals("export")) {
                v.putObject("export")
                        .put("object", "job_export")
                        .put("url", "https://files.example.invalid/" + job.id + ".csv");
            }
            job.updatedAt = end;
        } else if (now.isAfter(job.createdAt)) {
            v.put("status", "started");
            v.set("started_at", ModelRenderer.ts(job.createdAt));
        }
    }

    /** Cancels a job that has not completed. */
    void cancel(StoredRecord job, Instant now) {
        refresh(job, now);
        if (!job.values.path("status").asText().equals("completed")) {
            job.values.put("status", "cancelled");
            job.values.set("cancelled_at", ModelRenderer.ts(now));
            job.updatedAt = now;
        }
    }

    private static String singular(String s) {
        if (s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("ses")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s.toLowerCase(Locale.ROOT);
    }
}
