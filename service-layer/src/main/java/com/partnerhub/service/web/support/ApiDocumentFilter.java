package com.partnerhub.service.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.api.error.Problem;
import com.partnerhub.api.invoice.PaymentNotification;
import com.partnerhub.service.infrastructure.config.Profile;
import com.partnerhub.service.web.problem.ProblemFactory;

/**
 * Completes the served OpenAPI document, which Payara builds from the resources and the api jar's types:
 * every operation lists its error responses (status, the stable codes of {@link ApiErrors}, the problem schema,
 * an example), whole numbers are integers, common fields carry examples, and outside the embedded default the
 * demo endpoints are not listed because they do not exist.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String DEMO_PATHS = "/api/demo";
    static final String PROBLEM = "Problem";
    static final String ERROR_CODES = "x-error-codes";
    static final String BILLING_CALLBACK = "/api/v1/billing/payments";

    /** Examples by property name, shared by every type that has such a field. */
    private static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("email", "clara@kunde-eins.example"),
            Map.entry("recipientEmail", "clara@kunde-eins.example"),
            Map.entry("customerEmail", "clara@kunde-eins.example"),
            Map.entry("priceMinor", 300000),
            Map.entry("amountMinor", 90000),
            Map.entry("currency", "EUR"),
            Map.entry("title", "Website Claras Blumenladen"),
            Map.entry("number", "PH-000123"),
            Map.entry("invoiceNumber", "INV-000001"),
            Map.entry("internalReference", "AB-4711"),
            Map.entry("domain", "claras-blumen.example"),
            Map.entry("plan", "BUSINESS"),
            Map.entry("locale", "de"),
            Map.entry("days", 14),
            Map.entry("sharePercent", 40),
            Map.entry("advanceBy", "P8D"));

    @Override
    public Schema filterSchema(Schema schema) {
        // Payara describes long and int as "number"; the api's types hold no fractions today (a decimal field
        // added later must declare its format, which this leaves alone)
        if (schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (property.getExample() == null && EXAMPLES.containsKey(name)) {
                    property.setExample(EXAMPLES.get(name));
                }
            });
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (!Profile.current(ConfigProvider.getConfig(ApiDocumentFilter.class.getClassLoader())).isEmbedded()) {
            openAPI.getPaths().getPathItems().keySet().stream().filter(path -> path.contains(DEMO_PATHS)).toList()
                    .forEach(openAPI.getPaths()::removePathItem);
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String apiPath = path.substring(Math.max(0, path.indexOf("/api/")));
            // Payara names operations after their Java methods (list, one, accept…), which repeat across resources
            operation.setOperationId(operationId(method, apiPath));
            if (apiPath.equals(BILLING_CALLBACK) && operation.getRequestBody() != null) {
                // the resource reads raw bytes (it verifies their signature); the document shows what they are
                operation.getRequestBody().setContent(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(schemaOf(PaymentNotification.class))));
            }
            documentErrors(method, apiPath, operation);
        }));
        withoutPayaraEndpoints(openAPI);
    }

    /** {@code POST /api/v1/orders/{id}/milestones/{n}/acceptance} → {@code postOrdersIdMilestonesNAcceptance}. */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/(v1/)?", "").split("[/{}-]+")) {
            if (!segment.isEmpty()) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }

    /**
     * Payara adds a top-level {@code endpoints} map that is not part of OpenAPI, so strict validators refuse the
     * document; empty, it is not written.
     */
    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing of Payara's to remove
        }
    }

    private static void documentErrors(PathItem.HttpMethod method, String path, Operation operation) {
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        // a JSON body brings the JSON body's codes; a file as the body (a document upload) brings its own rules' codes
        boolean jsonBody = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("application/json");
        Set<ErrorCode> codes = ApiErrors.of(method.name(), path, jsonBody, hasQuery);
        Map<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
        codes.forEach(c -> byStatus.computeIfAbsent(c.status(), s -> new ArrayList<>()).add(c));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        byStatus.forEach((status, list) -> operation.getResponses().addAPIResponse(String.valueOf(status), errorResponse(list)));
    }

    private static APIResponse errorResponse(List<ErrorCode> codes) {
        List<String> names = codes.stream().map(Enum::name).sorted().toList();
        Problem example = ProblemFactory.create(codes.get(0), Locale.ENGLISH, "/api/v1/…", "4f0c2a9e", List.of(), "…");
        example.errors = null;
        return OASFactory.createAPIResponse()
                .description("Problem (RFC 9457) with one of the codes " + String.join(", ", names))
                .addExtension(ERROR_CODES, names)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))
                        .example(Map.of("type", example.type, "code", example.code, "status", example.status,
                                "title", example.title, "detail", example.detail, "requestId", example.requestId))));
    }

    /** A flat api type (public text and number fields) as a schema. */
    private static Schema schemaOf(Class<?> type) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        for (java.lang.reflect.Field f : type.getFields()) {
            boolean whole = f.getType() == long.class || f.getType() == Long.class || f.getType() == int.class || f.getType() == Integer.class;
            Schema property = OASFactory.createSchema().type(whole ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING);
            if (EXAMPLES.containsKey(f.getName())) {
                property.setExample(EXAMPLES.get(f.getName()));
            }
            schema.addProperty(f.getName(), property);
        }
        return schema;
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("milestones[0].days"))
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("OUT_OF_RANGE"))
                .addProperty("message", text);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document; clients branch on code, which never changes its meaning")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("urn:partner-hub:problem:not-found"))
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(List.of((Object[]) java.util.Arrays.stream(ErrorCode.values()).map(Enum::name).toArray())))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("title", text)
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "code", "status", "title", "detail"));
    }
}
