/**
 * Not API: the parts of {@link com.augno.sdk.secrets.aws.AwsSecretsManagerSecretProvider}, one job
 * each (its settings, its calls, its error mapping, ARNs). May change in any release.
 */
@NullMarked
package com.augno.sdk.secrets.aws.internal;

import org.jspecify.annotations.NullMarked;
