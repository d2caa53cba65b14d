package com.augno.sdk.identity;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.List;
import java.util.Objects;

/**
 * The users of your account ({@code /v1/identity/account-users}), with their roles: list and get, so ops can see who can manage keys (users whose role type is {@code admin}). Reach it with {@code client.accountUsers()}.
 *
 * <p>The permission is inferred: the live API's notes name the {@code team} permission code but do
 * not tie it to these calls; {@code team:read} is the natural fit.
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class AccountUserService {
    private static final String PATH = "/v1/identity/account-users";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public AccountUserService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists the account users (first page; {@code autoPager()} walks the rest). Needs permission {@code team:read}. */
    public Page<AccountUser> list() {
        return list(AccountUserListParams.builder().build(), RequestOptions.none());
    }

    /** Lists the account users matching {@code params}. Needs permission {@code team:read}. */
    public Page<AccountUser> list(AccountUserListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(AccountUserListParams)}, with per-request options. Needs permission {@code team:read}. */
    public Page<AccountUser> list(AccountUserListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, AccountUser.class);
    }

    /**
     * Gets one AccountUser by id. Needs permission {@code team:read}.
     *
     * @param include {@link AccountUserInclude} values
     * @throws com.augno.sdk.errors.NotFoundException if there is no such object
     */
    public AccountUser get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs permission {@code team:read}. */
    public AccountUser get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, id, include, options, AccountUser.class);
    }

    /**
     * Lists the users who can manage API keys: those whose role type is {@code admin}, with the
     * role and the user (name, email) included, walking all pages. Needs permission {@code team:read}.
     */
    public List<AccountUser> admins() {
        return list(AccountUserListParams.builder()
                        .roleType(RoleType.ADMIN)
                        .include(AccountUserInclude.ROLE, AccountUserInclude.USER)
                        .build())
                .autoPager()
                .stream()
                .collect(java.util.stream.Collectors.toUnmodifiableList());
    }
}
