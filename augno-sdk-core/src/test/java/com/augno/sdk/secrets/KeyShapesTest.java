package com.augno.sdk.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.internal.http.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Both key brands wherever a key's shape is known (issue 16); one list of prefixes. */
class KeyShapesTest {
    @Test
    void oneListOfPrefixesNewestBrandFirst() {
        assertThat(KeyMode.brands()).containsExactly("mrp" + "_sk_", "aug" + "_sk_");
        assertThat(KeyShapes.prefixes())
                .containsExactly("mrp_sk_test_", "mrp_sk_prod_", "aug_sk_test_", "aug_sk_prod_");
        assertThat(KeyMode.PRODUCTION.prefix()).isEqualTo("mrp_sk_prod_");
        assertThat(KeyMode.SANDBOX.prefixes()).containsExactly("mrp_sk_test_", "aug_sk_test_");
        // the build test helpers depend on nothing of ours and spells the brands itself: they must agree.
        assertThat(TestKeys.brands()).isEqualTo(KeyMode.brands());
    }

    @Test
    void bothBrandsParseWithTheirModeAndRedactWithTheirPrefix() {
        for (String brand : TestKeys.brands()) {
            String prod = TestKeys.production(brand);
            String test = TestKeys.sandbox(brand);
            ApiKey p = ApiKey.parse(SecretValue.of(prod), "test://p");
            ApiKey t = ApiKey.parse(SecretValue.of(test + "\n"), "test://t");
            assertThat(p.mode()).isEqualTo(KeyMode.PRODUCTION);
            assertThat(t.mode()).isEqualTo(KeyMode.SANDBOX);
            assertThat(p.redacted()).isEqualTo(brand + "prod_****" + prod.substring(prod.length() - 4));
            assertThat(t.redacted()).isEqualTo(brand + "test_****" + test.substring(test.length() - 4));
            assertThat(KeyMode.ofPrefix(p.redacted())).contains(KeyMode.PRODUCTION);
            LeakCanary.assertNoLeak(p, t, p.toSecretValue());
        }
    }

    @Test
    void anUnknownBrandIsNoApiKeyAndTheRefusalDoesNotEchoIt() {
        String future = TestKeys.production(TestKeys.UNKNOWN_BRAND);
        assertThatThrownBy(() -> ApiKey.parse(SecretValue.of(future), "test://f"))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("mrp_sk_prod_")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
        assertThat(KeyShapes.redact(future)).isEqualTo(TestKeys.redacted(future));
    }

    @Test
    void theRedactorCatchesBothBrandsAndFutureOnesInAnyText() {
        String a = TestKeys.production();
        String b = TestKeys.sandbox(TestKeys.LEGACY_BRAND);
        String c = TestKeys.production(TestKeys.UNKNOWN_BRAND);
        String text = "keys " + a + ", " + b + " and \"" + c + "\"; Authorization: Bearer " + a;
        String out = Redactor.redact(text);
        LeakCanary.assertNoLeak(out);
        assertThat(out)
                .contains(TestKeys.redacted(a), TestKeys.redacted(b), TestKeys.redacted(c))
                .contains("Bearer ****");
        assertThat(KeyShapes.redactAll(out)).isEqualTo(out);
    }

    @Test
    void logsExceptionsAndToStringStayCleanForBothBrands() {
        for (String brand : TestKeys.brands()) {
            String key = TestKeys.production(brand);
            ApiKey k = ApiKey.parse(SecretValue.of(key), "test://canary");
            LoggerFactory.getLogger(KeyShapesTest.class).info("using {}", k);
            Throwable refused =
                    org.assertj.core.api.Assertions.catchThrowable(() -> SecretReference.parse("aws-sm://prod/" + key));
            assertThat(refused).isNotNull();
            LeakCanary.assertNoLeak(k, refused, k.toSecretValue());
        }
        LeakCanary.assertLogsClean();
    }

    @Test
    void looksLikeKeyKnowsPrefixesAndTheFutureShape() {
        assertThat(KeyShapes.looksLikeKey("x" + KeyMode.SANDBOX.prefix())).isTrue();
        assertThat(KeyShapes.looksLikeKey("aug_sk_prod_")).isTrue();
        assertThat(KeyShapes.looksLikeKey(TestKeys.production(TestKeys.UNKNOWN_BRAND)))
                .isTrue();
        for (String ordinary : List.of(
                "https://api.openmrp.ai",
                "ac_01gf7a8200eaj8fke1xvw4h50x",
                "production",
                "AUGNO_API_KEY",
                "/run/secrets/augno",
                "task_sk_notes")) {
            assertThat(KeyShapes.looksLikeKey(ordinary)).as(ordinary).isFalse();
        }
    }
}
