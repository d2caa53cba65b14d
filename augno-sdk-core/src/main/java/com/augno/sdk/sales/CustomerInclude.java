package com.augno.sdk.sales;

/** The {@code include} values of the customer calls. */
public final class CustomerInclude {
    /** {@code bill_to_address}. */
    public static final String BILL_TO_ADDRESS = "bill_to_address";

    /** {@code ship_to_address}. */
    public static final String SHIP_TO_ADDRESS = "ship_to_address";

    /** {@code type}. */
    public static final String TYPE = "type";

    /** {@code parent_account}. */
    public static final String PARENT_ACCOUNT = "parent_account";

    /** {@code child_accounts}. */
    public static final String CHILD_ACCOUNTS = "child_accounts";

    /** {@code price_groups}. */
    public static final String PRICE_GROUPS = "price_groups";

    /** {@code contact_info}. */
    public static final String CONTACT_INFO = "contact_info";

    /** {@code freight_preferences}. */
    public static final String FREIGHT_PREFERENCES = "freight_preferences";

    /** {@code freight_preferences.carrier}. */
    public static final String FREIGHT_PREFERENCES_CARRIER = "freight_preferences.carrier";

    /** {@code freight_preferences.carrier.service_levels}. */
    public static final String FREIGHT_PREFERENCES_CARRIER_SERVICE_LEVELS =
            "freight_preferences.carrier.service_levels";

    /** {@code freight_preferences.service_level}. */
    public static final String FREIGHT_PREFERENCES_SERVICE_LEVEL = "freight_preferences.service_level";

    /** {@code defaults}. */
    public static final String DEFAULTS = "defaults";

    /** {@code defaults.payment_term}. */
    public static final String DEFAULTS_PAYMENT_TERM = "defaults.payment_term";

    /** {@code defaults.shipping_term}. */
    public static final String DEFAULTS_SHIPPING_TERM = "defaults.shipping_term";

    /** {@code defaults.sales_rep}. */
    public static final String DEFAULTS_SALES_REP = "defaults.sales_rep";

    /** {@code defaults.sales_rep.user}. */
    public static final String DEFAULTS_SALES_REP_USER = "defaults.sales_rep.user";

    /** {@code defaults.priority}. */
    public static final String DEFAULTS_PRIORITY = "defaults.priority";

    /** {@code notification_preferences}. */
    public static final String NOTIFICATION_PREFERENCES = "notification_preferences";

    /** {@code credit_limit}. */
    public static final String CREDIT_LIMIT = "credit_limit";

    /** {@code credit_limit.unit}. */
    public static final String CREDIT_LIMIT_UNIT = "credit_limit.unit";

    private CustomerInclude() {}
}
