package com.augno.sdk.internal.http;

import com.github.tomakehurst.wiremock.common.Notifier;

/** WireMock logs nothing: its unmatched-request diffs print request headers. */
final class SilentNotifier implements Notifier {
    @Override
    public void info(String message) {}

    @Override
    public void error(String message) {}

    @Override
    public void error(String message, Throwable t) {}
}
