package com.augno.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.tools.api.ApiDescription;
import com.augno.tools.api.DescriptionJson;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the generator writes for a small description, and that it writes it the same way every time. */
class GeneratorTest {

    private static ApiDescription small() throws IOException {
        try (InputStream in = GeneratorTest.class.getResourceAsStream("/small-api.json")) {
            return DescriptionJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> generate() throws IOException {
        List<JavaFile> files = Generator.files(small());
        return files.stream()
                .collect(Collectors.toMap(
                        f -> f.packageName() + "." + f.typeSpec().name(), JavaFile::toString));
    }

    @Test
    void theSdkVersionIsAConstantInTheUserAgentsPackageAndAnUnfilteredOneIsRefused() {
        String code = Generator.sdkVersion("1.2.3").toString();
        assertThat(code)
                .contains("package com.augno.sdk.internal.http;")
                .contains("final class SdkVersion")
                .contains("static final String VALUE = \"1.2.3\";")
                .doesNotContain("public");
        assertThatThrownBy(() -> Generator.sdkVersion("${project.version}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a version");
        assertThatThrownBy(() -> Generator.sdkVersion(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void childServicesAreMadeOnceAndKept() throws IOException {
        String catalog = generate().get("com.augno.sdk.api.catalog.CatalogApi");
        assertThat(catalog)
                .contains("private @Nullable UnitService unitsService;")
                .contains("if (s == null) {")
                .contains("unitsService = s;");
    }

    @Test
    void theSameDescriptionGivesTheSameFiles() throws IOException {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    void oneClassPerModelEnumParamsIncludeAndServiceInTheGroupsPackage() throws IOException {
        assertThat(generate().keySet())
                .containsExactlyInAnyOrder(
                        "com.augno.sdk.api.catalog.CatalogApi",
                        "com.augno.sdk.api.catalog.UnitService",
                        "com.augno.sdk.api.catalog.UnitInclude",
                        "com.augno.sdk.api.catalog.UnitListParams",
                        "com.augno.sdk.api.catalog.UnitUpdateParams",
                        "com.augno.sdk.api.catalog.UnitBulkUpsertParams",
                        "com.augno.sdk.api.catalog.Unit",
                        "com.augno.sdk.api.catalog.Owner",
                        "com.augno.sdk.api.catalog.OwnerType",
                        "com.augno.sdk.api.catalog.Job",
                        "com.augno.sdk.api.catalog.UpdateUnitRequest");
    }

    @Test
    void servicesHaveNoPublicConstructorAndNameThePermission() throws IOException {
        String service = generate().get("com.augno.sdk.api.catalog.UnitService");
        assertThat(service).contains("  UnitService(ClientContext context)").doesNotContain("public UnitService(");
        assertThat(service).contains("Needs the permission {@code units:read}.");
        // The action is a method of its resource's service.
        assertThat(service).contains("public Job bulkUpsert(UnitBulkUpsertParams params, RequestOptions options)");
        assertThat(service).contains("public Page<Unit> list()");
        assertThat(generate().get("com.augno.sdk.api.catalog.CatalogApi"))
                .contains("private CatalogApi(ClientContext context)")
                .contains("ApiGroups.register(CatalogApi.class, CatalogApi::new);");
    }

    @Test
    void patchParamsTellClearedFromAbsentAndCarryUnknownFields() throws IOException {
        String params = generate().get("com.augno.sdk.api.catalog.UnitUpdateParams");
        assertThat(params)
                .contains("public Builder clearArchivedAt()")
                .contains("bodyValues.clear(\"archived_at\")")
                .doesNotContain("clearName()")
                .contains("public Builder putAdditionalBodyProperty(String name, @Nullable Object value)");
        assertThat(generate().get("com.augno.sdk.api.catalog.UnitListParams"))
                .contains("queryValues.limit(limit)")
                .contains("public Builder putAdditionalQueryParameter(String name, Object value)");
    }

    @Test
    void modelsCheckRequiredFieldsRedactToStringAndNeverPrintSecrets() throws IOException {
        String unit = generate().get("com.augno.sdk.api.catalog.Unit");
        assertThat(unit)
                .contains("extends ApiObject")
                .contains("this.id = Checks.required(id, \"Unit\", \"id\")")
                .contains("public Optional<Owner> owner()")
                .contains("return Redactor.redact(")
                .contains("apiKeySecret=****")
                .doesNotContain("\"apiKeySecret=\" + apiKeySecret");
        String ownerType = generate().get("com.augno.sdk.api.catalog.OwnerType");
        assertThat(ownerType)
                .contains("OWNER_ACCOUNT(\"owner.account\")")
                .contains("extends OpenEnum<OwnerType.Known>");
    }

    @Test
    void aHandWrittenServiceIsReturnedByItsParentAndNotGenerated() throws IOException {
        Overrides o = Overrides.parse("{\"services\": {\"catalog.units\": \"com.example.OwnUnitService\"}}");

        List<JavaFile> files = Generator.files(small(), o);

        assertThat(files).extracting(f -> f.typeSpec().name()).doesNotContain("UnitService", "UnitInclude");
        assertThat(files)
                .extracting(f -> f.typeSpec().name())
                .noneMatch(n -> n.startsWith("Unit") && n.endsWith("Params"));
        String group = files.stream()
                .filter(f -> f.typeSpec().name().equals("CatalogApi"))
                .findFirst()
                .orElseThrow()
                .toString();
        assertThat(group)
                .contains("import com.example.OwnUnitService;")
                .contains("public OwnUnitService units()")
                // Created through the registry: the hand-written class needs no public constructor.
                .contains("return ApiGroups.create(OwnUnitService.class, context);")
                .doesNotContain("new OwnUnitService(");
    }
}
