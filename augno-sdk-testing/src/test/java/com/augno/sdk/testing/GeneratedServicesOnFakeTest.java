package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.model.ApiObject;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.described.DescribedRequests;
import com.augno.sdk.testing.internal.described.ApiDescription;
import com.augno.sdk.testing.internal.described.ApiDescription.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The SDK's generated services work against the fake as they do against the recorded WireMock of
 * {@code GeneratedOperationsTest}: for every top-level resource of every group, the generated
 * {@code create}, {@code get}, {@code list}, {@code update} and {@code delete} (with every
 * {@code include} the operation offers) are called through {@code client.<group>().<service>()} and
 * their answers decode into the generated models without unknown fields; and a {@code 202} bulk
 * upsert's {@code Job} is read back through {@code client.core().jobs()}.
 */
class GeneratedServicesOnFakeTest {
    private static final ApiDescription API = ApiDescription.load();
    private static final FakeAugnoServer SERVER =
            FakeAugnoServer.builder().defaultMode(KeyMode.PRODUCTION).build().start();
    private static final AugnoClient CLIENT = Calls.client(SERVER, SERVER.adminKey(), new RecordingSleeper());
    private static final Map<String, String> CREATED = new HashMap<>();

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    @TestFactory
    Stream<DynamicTest> everyTopLevelResourceRoundTripsThroughTheGeneratedServices() {
        Map<String, Operation> byId = new HashMap<>();
        API.operations().forEach(op -> byId.put(op.id, op));
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation create : API.operations()) {
            // API keys and sandboxes are hand-written routes with their own tests.
            if (!create.name.equals("create")
                    || !create.pathParams.isEmpty()
                    || create.id.startsWith("auth.")
                    || create.id.startsWith("core.sandboxes")) {
                continue;
            }
            String service = create.id.substring(0, create.id.length() - ".create".length());
            tests.add(DynamicTest.dynamicTest(service, () -> roundTrip(service, create, byId)));
        }
        return tests.stream();
    }

    private static void roundTrip(String service, Operation create, Map<String, Operation> byId) throws Exception {
        Object created = call(create, List.of());
        Method idMethod;
        try {
            idMethod = created.getClass().getMethod("id");
        } catch (NoSuchMethodException e) {
            return; // a create that answers a receipt (notifications: NotificationSendResult)
        }
        String id = (String) idMethod.invoke(created);
        CREATED.put(service, id);
        Operation get = byId.get(service + ".get");
        if (get != null) {
            Object got = call(get, List.of(id));
            assertThat(got.getClass().getMethod("id").invoke(got)).isEqualTo(id);
        }
        Operation list = byId.get(service + ".list");
        if (list != null) {
            Page<?> page = (Page<?>) call(list, List.of());
            List<Object> ids = new ArrayList<>();
            for (Object item : page.data()) {
                assertKnown(item);
                ids.add(item.getClass().getMethod("id").invoke(item));
            }
            assertThat(ids).contains(id);
        }
        Operation update = byId.get(service + ".update");
        if (update != null
                && update.bodyModel != null
                && !API.model(update.bodyModel).isEmpty()) {
            call(update, List.of(id));
        }
        Operation delete = byId.get(service + ".delete");
        if (delete != null) {
            call(delete, List.of(id));
        }
    }

    @TestFactory
    Stream<DynamicTest> aBulkUpsertsJobIsReadBackThroughTheCoreJobsService() {
        return Stream.of(DynamicTest.dynamicTest("catalog.units.actions.bulkUpsert", () -> {
            Operation bulk = API.operations().stream()
                    .filter(o -> o.id.equals("catalog.units.actions.bulkUpsert"))
                    .findFirst()
                    .orElseThrow();
            Object job = call(bulk, List.of());
            String id = (String) job.getClass().getMethod("id").invoke(job);
            Object again = CLIENT.core().jobs().get(id);
            assertKnown(again);
            assertThat(again.getClass().getMethod("status").invoke(again).toString())
                    .contains("completed");
        }));
    }

    /** Calls the generated method of {@code op} with valid params built from the description. */
    private static Object call(Operation op, List<String> pathValues) throws Exception {
        Object service = serviceOf(op);
        Method m = method(service, op);
        List<Object> args = new ArrayList<>(pathValues);
        Class<?>[] types = m.getParameterTypes();
        if (types.length > args.size() + 1) {
            Object builder = types[args.size()].getMethod("builder").invoke(null);
            if (!op.include.isEmpty()) {
                builder.getClass().getMethod("include", String[].class).invoke(builder, (Object)
                        op.include.toArray(new String[0]));
            }
            if (op.bodyModel != null) {
                JsonNode body = DescribedRequests.body(API, op.bodyModel, GeneratedServicesOnFakeTest::idFor);
                if (op.id.equals("sales.customers.create")) {
                    // The hand-written customers check that these name live records of the right kind.
                    var refs = Customers.seed(SERVER);
                    var b = (com.fasterxml.jackson.databind.node.ObjectNode) body;
                    b.put("customer_type_group_id", refs.typeGroupId());
                    b.put("default_carrier_id", refs.carrierId());
                    b.put("default_payment_term_id", refs.paymentTermId());
                    b.put("default_shipping_term_id", refs.shippingTermId());
                }
                if (op.method.equals("PATCH") && body.isEmpty()) {
                    var f = API.model(op.bodyModel).get(0);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) body)
                            .set(f.name, DescribedRequests.sample(API, f.name, f.type));
                }
                for (var it = body.fields(); it.hasNext(); ) {
                    var e = it.next();
                    builder.getClass()
                            .getMethod("putAdditionalBodyProperty", String.class, Object.class)
                            .invoke(builder, e.getKey(), e.getValue());
                }
            }
            args.add(builder.getClass().getMethod("build").invoke(builder));
        }
        args.add(RequestOptions.none());
        try {
            Object result = m.invoke(service, args.toArray());
            if (op.resultKind.equals("single") || op.resultKind.equals("job")) {
                assertThat(result).as(op.id).isNotNull();
                assertKnown(result);
            }
            return result;
        } catch (InvocationTargetException e) {
            throw new AssertionError(op.id + ": " + e.getCause(), e.getCause());
        }
    }

    private static String idFor(String field) {
        String resource = field.substring(0, field.length() - 3);
        for (Map.Entry<String, String> e : CREATED.entrySet()) {
            String svc = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            if (svc.equalsIgnoreCase(resource.replace("_", "") + "s")) {
                return e.getValue();
            }
        }
        return "zz_" + resource;
    }

    private static Object serviceOf(Operation op) throws Exception {
        String[] segments = op.id.substring(0, op.id.lastIndexOf('.')).split("\\.");
        Object service = CLIENT.getClass().getMethod(segments[0]).invoke(CLIENT);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("actions")) {
                continue; // actions live on their resource's service
            }
            service = service.getClass().getMethod(segments[i]).invoke(service);
        }
        return service;
    }

    private static Method method(Object service, Operation op) {
        int pathParams = op.pathParams.size();
        Optional<Method> found = java.util.Arrays.stream(service.getClass().getMethods())
                .filter(m ->
                        m.getName().equalsIgnoreCase(op.name) || m.getName().equalsIgnoreCase("do" + op.name))
                .filter(m -> m.getParameterCount() > pathParams
                        && m.getParameterTypes()[m.getParameterCount() - 1] == RequestOptions.class
                        && m.getParameterCount() <= pathParams + 2)
                .max(java.util.Comparator.comparingInt(Method::getParameterCount));
        return found.orElseThrow(() -> new AssertionError("no generated method for " + op.id));
    }

    private static void assertKnown(Object decoded) {
        if (decoded instanceof ApiObject) {
            assertThat(((ApiObject) decoded).additionalProperties())
                    .as("fields the model did not know")
                    .isEmpty();
        }
    }
}
