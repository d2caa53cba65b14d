/**
 * API keys: list, create, rotate and revoke the keys of your account (role type admin). The created secret is returned as a {@link com.augno.sdk.secrets.ApiKey}, never a plain string.
 *
 * <p>Models are immutable and keep fields this SDK version does not know; enums are open (they keep
 * values this SDK version does not know).
 */
@NullMarked
package com.augno.sdk.auth;

import org.jspecify.annotations.NullMarked;
