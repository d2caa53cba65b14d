package com.augno.sdk.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PATCH's three states on the public params: absent (left out), cleared (JSON null), set (the value). */
class CustomerUpdateParamsTest {

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

        assertThat(params.toBody().toString())
                .isEqualTo(
                        "{\"note\":\"VIP\",\"email\":null,\"credit_limit\":{\"unit_id\":\"unit_usd\",\"value\":\"2500.00\"}}");
        assertThat(CustomerUpdateParams.builder().build().toBody().isEmpty()).isTrue();
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
        assertThat(cleared.toString()).isEqualTo("CustomerUpdateParams{url=null}");
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
