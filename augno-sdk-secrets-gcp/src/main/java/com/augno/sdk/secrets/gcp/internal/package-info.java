/**
 * Not API: the parts of {@link com.augno.sdk.secrets.gcp.GcpSecretManagerSecretProvider}, one job
 * each (reading and adding versions, calls, error mapping, the client's settings, names and
 * endpoints). May change in any release.
 */
@NullMarked
package com.augno.sdk.secrets.gcp.internal;

import org.jspecify.annotations.NullMarked;
