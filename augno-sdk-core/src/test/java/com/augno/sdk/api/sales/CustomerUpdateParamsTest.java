package com.augno.sdk.api.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.api.core.QuantityInput;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PATCH's three states on the public params: absent (left out), cleared (JSON null), set (the value). */
class CustomerUpdateParamsTest {

    /** The JSON body the params put on the request (what the service sends). */
    private static String body(CustomerUpdateParams params) {
        ApiRequest.Builder request = ApiRequest.builder(HttpMethod.PATCH, "/v1/sales/customers/ac_1");
        params.applyTo(request);
        return String.valueOf(request.build().body());
    }

    @Test
    void bodyHoldsOnlyWhatWasSetOrCleared() {
        CustomerUpdateParams params = CustomerUpdateParams.builder()
                .note("VIP")
                .clearEmail()
                .creditLimit(QuantityInput.builder()
                        .unitId("unit_usd")
                        .value(new BigDecimal("2500.00"))
                        .build())
                .build();

        assertThat(body(params))
                .isEqualTo(
                        "{\"note\":\"VIP\",\"email\":null,\"credit_limit\":{\"unit_id\":\"unit_usd\",\"value\":\"2500.00\"}}");
        assertThat(body(CustomerUpdateParams.builder().build()).equals("{}")).isTrue();
    }

    @Test
    void theLastCallOnAFieldWins() {
        CustomerUpdateParams setThenCleared =
                CustomerUpdateParams.builder().phone("555").clearPhone().build();
        CustomerUpdateParams clearedThenSet =
                CustomerUpdateParams.builder().clearPhone().phone("555").build();

        assertThat(setThenCleared.clearsPhone()).isTrue();
        assertThat(setThenCleared.phone()).isEmpty();
        assertThat(clearedThenSet.clearsPhone()).isFalse();
        assertThat(clearedThenSet.phone()).contains("555");
    }

    @Test
    void aClearSurvivesToBuilderAndCountsForEquality() {
        CustomerUpdateParams cleared = CustomerUpdateParams.builder().clearUrl().build();
        CustomerUpdateParams absent = CustomerUpdateParams.builder().build();

        assertThat(cleared.toBuilder().build()).isEqualTo(cleared).hasSameHashCodeAs(cleared);
        assertThat(cleared.toBuilder().build().clearsUrl()).isTrue();
        assertThat(cleared).isNotEqualTo(absent);
        assertThat(cleared.toString()).isEqualTo("CustomerUpdateParams query{} body{url=null}");
    }

    @Test
    void nullIsRefusedByNameInsteadOfMeaningClear() {
        assertThatThrownBy(() -> CustomerUpdateParams.builder().email(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("email == null");
        assertThatThrownBy(() -> CustomerUpdateParams.builder().customerPriceGroupIds("pg_1", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customerPriceGroupIds has a null element");
    }
}
