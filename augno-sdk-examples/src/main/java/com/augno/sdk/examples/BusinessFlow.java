package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.QuantityInput;
import com.augno.sdk.api.finance.PaymentTermCreateParams;
import com.augno.sdk.api.operations.CarrierCreateParams;
import com.augno.sdk.api.operations.CreateShippingTermRequestType;
import com.augno.sdk.api.operations.ShippingTermCreateParams;
import com.augno.sdk.api.sales.AccountGroupCreateParams;
import com.augno.sdk.api.sales.AddressInput;
import com.augno.sdk.api.sales.CreateAccountGroupRequestType;
import com.augno.sdk.api.sales.CreateSalesOrderLineInput;
import com.augno.sdk.api.sales.Customer;
import com.augno.sdk.api.sales.CustomerCreateParams;
import com.augno.sdk.api.sales.SalesOrder;
import com.augno.sdk.api.sales.SalesOrderCreateParams;
import com.augno.sdk.api.sales.SalesOrderInclude;
import com.augno.sdk.api.sales.SalesOrderLine;
import com.augno.sdk.api.sales.SalesOrderLineCreateParams;
import com.augno.sdk.api.sales.SalesOrderListParams;
import com.augno.sdk.http.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The demo's business flow, through the generated services only: the records a customer points at
 * (type group, carrier, payment and shipping terms), a customer, three sales orders
 * with lines (one line added afterwards), listed back two per page with {@code include=lines}.
 */
final class BusinessFlow {
    private final AugnoClient client;
    private final BiConsumer<String, String> row;

    BusinessFlow(AugnoClient client, BiConsumer<String, String> row) {
        this.client = client;
        this.row = row;
    }

    void run() {
        // A customer points at its type group, default carrier and terms: the API checks they exist.
        String typeGroup = client.sales()
                .accountGroups()
                .create(AccountGroupCreateParams.builder()
                        .name("Wholesale")
                        .type(CreateAccountGroupRequestType.TYPE_GROUP)
                        .build())
                .id();
        String carrier = client.operations()
                .carriers()
                .create(CarrierCreateParams.builder().name("UPS").build())
                .id();
        String paymentTerm = client.finance()
                .paymentTerms()
                .create(PaymentTermCreateParams.builder().name("Net 30").build())
                .id();
        String shippingTerm = client.operations()
                .shippingTerms()
                .create(ShippingTermCreateParams.builder()
                        .name("Carrier rate")
                        .type(CreateShippingTermRequestType.CARRIER_RATE_FREIGHT)
                        .build())
                .id();
        AddressInput dock = AddressInput.builder().name("Dock 4").country("US").build();
        Customer customer = client.sales()
                .customers()
                .create(CustomerCreateParams.builder()
                        .name("Northwind Valves")
                        .customerTypeGroupId(typeGroup)
                        .defaultCarrierId(carrier)
                        .defaultPaymentTermId(paymentTerm)
                        .defaultShippingTermId(shippingTerm)
                        .billToAddress(dock)
                        .shipToAddress(dock)
                        .build());
        row.accept("customer", customer.id() + " " + customer.name());

        List<String> orders = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            SalesOrder order = client.sales()
                    .salesOrders()
                    .create(SalesOrderCreateParams.builder()
                            .buyerAccountId(customer.id())
                            .billToAddressId("ad_hq")
                            .shipToAddressId("ad_dock4")
                            .priorityCode("normal")
                            .lines(List.of(
                                    line("BV-50", "Ball valve DN50", 4 * i), line("GK-50", "Gasket DN50", 8 * i)))
                            .build());
            orders.add(order.id());
        }
        client.sales()
                .salesOrders()
                .lines()
                .create(
                        orders.get(0),
                        SalesOrderLineCreateParams.builder()
                                .productId("pr_bolts")
                                .productSku("BT-M16")
                                .productDescription("Bolt set M16")
                                .quantity(quantity(16))
                                .build());
        row.accept("sales orders", String.join(", ", orders) + " (3 created, one line added to the first)");

        Page<SalesOrder> page = client.sales()
                .salesOrders()
                .list(SalesOrderListParams.builder()
                        .limit(2)
                        .include(SalesOrderInclude.LINES)
                        .build());
        int pageNumber = 1;
        while (true) {
            for (SalesOrder o : page.data()) {
                List<String> lines = new ArrayList<>();
                for (SalesOrderLine l : o.lines().orElseThrow().data()) {
                    lines.add(l.productDescription());
                }
                row.accept("  page " + pageNumber + ": " + o.id(), String.join(", ", lines));
            }
            if (!page.hasNextPage()) {
                break;
            }
            page = page.nextPage();
            pageNumber++;
        }
    }

    private static CreateSalesOrderLineInput line(String sku, String description, int quantity) {
        return CreateSalesOrderLineInput.builder()
                .productId("pr_" + sku.toLowerCase(java.util.Locale.ROOT).replace("-", ""))
                .productSku(sku)
                .productDescription(description)
                .quantity(quantity(quantity))
                .build();
    }

    private static QuantityInput quantity(int value) {
        return QuantityInput.builder()
                .unitId("un_each")
                .value(BigDecimal.valueOf(value))
                .build();
    }
}
