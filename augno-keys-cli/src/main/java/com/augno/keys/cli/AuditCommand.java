package com.augno.keys.cli;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.keys.AuditFinding;
import com.augno.sdk.keys.AuditReport;
import com.augno.sdk.keys.KeyAuditor;
import com.augno.sdk.keys.RuleResult;
import com.augno.sdk.keys.Severity;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code augno-keys audit}: who can manage keys, unused and unexpiring keys, signs of misuse. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Review API keys, admin users, request logs and audit events: who can manage keys, admin keys in"
                    + " routine use, unused keys, keys without expiry or expiring soon, keys seen from unexpected"
                    + " IPs (with --allow-ip), repeated failures with revoked keys, key-management events.",
            "Exit code 1 when a finding is at or above --fail-on (default high)."
        })
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private AugnoKeys parent;

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandSpec spec;

    @Mixin
    private AdminOptions admin = new AdminOptions();

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Option(
            names = "--allow-ip",
            paramLabel = "IP|CIDR",
            split = ",",
            description =
                    "Where production traffic comes from (repeatable, e.g. 203.0.113.0/24); turns on the IP rule.")
    private List<String> allowedIps = new ArrayList<>();

    @Option(
            names = "--window",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How far back to read logs and events. Default: 7d.")
    private Duration window = KeyAuditor.DEFAULT_LOG_WINDOW;

    @Option(names = "--unused-days", paramLabel = "N", description = "Report keys unused for N days. Default: 90.")
    private int unusedDays = 90;

    @Option(
            names = "--expiring-days",
            paramLabel = "N",
            description = "Report keys expiring within N days. Default: 14.")
    private int expiringDays = 14;

    @Option(names = "--max-pages", paramLabel = "N", description = "Page cap per query (100 a page). Default: 20.")
    private int maxPages = KeyAuditor.DEFAULT_MAX_PAGES;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above this: high, medium, low, info, none. Default: high.")
    private String failOn = "high";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditReport report;
        try (AugnoClient client = admin.adminClient(parent.context())) {
            report = KeyAuditor.builder(client)
                    .clock(parent.context().clock())
                    .logWindow(window)
                    .unusedAfter(Duration.ofDays(unusedDays))
                    .expiringWithin(Duration.ofDays(expiringDays))
                    .maxPages(maxPages)
                    .allowedIps(allowedIps)
                    .progress((query, pages) -> {
                        // Progress goes to standard error, so --json output stays one document.
                        err.println("reading " + query + ": page " + pages);
                        err.flush();
                    })
                    .build()
                    .audit();
        }
        if (output.json) {
            out.println(report.toJson());
            out.flush();
        } else {
            printHuman(out, report);
        }
        if (failOn.equalsIgnoreCase("none")) {
            return ExitCodes.OK;
        }
        Severity threshold = Severity.valueOf(failOn.toUpperCase(Locale.ROOT));
        return report.findingsAtLeast(threshold).isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static void printHuman(PrintWriter out, AuditReport report) {
        Table rules = new Table("RULE", "CERTAINTY", "PAGES", "FINDINGS", "NOTE");
        for (RuleResult r : report.rules()) {
            rules.row(
                    r.rule().title(),
                    r.rule().certain() ? "certain" : "heuristic",
                    r.pagesRead(),
                    r.findings(),
                    r.error().map(e -> "ERROR " + e).or(r::skipped).orElse(r.partial() ? "partial: page cap hit" : ""));
        }
        rules.print(out);
        out.println();
        if (report.findings().isEmpty()) {
            out.println("No findings.");
        } else {
            Table t = new Table("SEVERITY", "RULE", "SUBJECT", "FINDING", "ACTION");
            for (AuditFinding f : report.findings()) {
                t.row(f.severity(), f.rule().title(), f.subject(), f.summary(), f.recommendation());
            }
            t.print(out);
            out.println();
            out.println(report.findings().size() + " finding(s)" + (report.partial() ? " (partial)" : "")
                    + ". --json shows the evidence of each.");
        }
        out.flush();
    }
}
