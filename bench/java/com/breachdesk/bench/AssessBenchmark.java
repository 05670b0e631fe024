package com.breachdesk.bench;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.obligations.CaseInput;
import com.breachdesk.obligations.Scenario;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Assesses one breach that affects people in every jurisdiction the rule pack knows (all US states, DC and
 * territories, every EEA state, the UK and the rest of the world), for an organization in every sector, so every rule
 * is evaluated. Prints the cold figures (rule pack load + first assessment, in a fresh JVM) and the warm median and
 * 95th percentile. Run: {@code mvn -q -B -Pbench test-compile exec:java} (targets: warm < 50 ms, cold < 1 s).
 */
public final class AssessBenchmark {

    private static final int WARMUP = 200;
    private static final int MEASURED = 500;

    private AssessBenchmark() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-03T10:00:00Z"), ZoneOffset.UTC);
        long t0 = System.nanoTime();
        HolidayCalendars holidays = new HolidayCalendars();
        holidays.warmUp("US"); // as the CLI does before loading the pack
        RulePack pack = new RulePackLoader().loadShipped();
        long t1 = System.nanoTime();
        Assessor assessor = new Assessor(pack, holidays, clock);
        CaseInput input = Scenario.parse(scenario(pack));
        Assessment first = assessor.assess(input);
        long t2 = System.nanoTime();
        long sinceJvmStart = t2 - startNanos();
        long cpuAtCold = cpuNanos();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        for (int i = 0; i < WARMUP; i++) {
            assessor.assess(input);
        }
        long[] times = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long s = System.nanoTime();
            assessor.assess(input);
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        long jurisdictions = first.obligations().stream().map(o -> o.jurisdiction()).distinct().count();
        System.out.printf(Locale.ROOT, "rules: %d versions; obligations: %d in %d jurisdictions%n", pack.rules().size(),
                first.obligations().size(), jurisdictions);
        System.out.printf(Locale.ROOT, "cold: rule pack load %.0f ms + first assessment %.0f ms = %.0f ms wall"
                + " (JVM start to here: %.0f ms; process CPU so far %.0f ms; load average %.1f on %d cores)%n",
                ms(t1 - t0), ms(t2 - t1), ms(t2 - t0), ms(sinceJvmStart), ms(cpuAtCold), load,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "warm (%d runs after %d warm-up): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                MEASURED, WARMUP, ms(times[MEASURED / 2]), ms(times[(int) (MEASURED * 0.95)]), ms(times[MEASURED - 1]));
    }

    /** Nanosecond timestamp of JVM start, on the System.nanoTime() scale. */
    private static long startNanos() {
        long uptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        return System.nanoTime() - uptimeMs * 1_000_000;
    }

    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** A scenario with 100 to 5,000 people in every jurisdiction the pack has a time zone for. */
    private static String scenario(RulePack pack) {
        List<String> affected = new ArrayList<>();
        int n = 0;
        for (String code : pack.jurisdictions().keySet()) {
            if (code.equals("US") || code.equals("CA")) {
                continue; // federal entries: their residents are counted through the states and provinces
            }
            affected.add("{\"jurisdiction\": \"" + code + "\", \"count\": " + (100 + (n++ * 487) % 4900) + "}");
        }
        return """
                { "organization": {"established_in": ["UA"], "sectors": ["electronic_communications", "health", "health_app",
                     "financial", "public_company", "essential_or_important_entity", "insurance"]},
                  "incident": {"occurred_at": "2026-02-27T10:00:00+02:00", "discovered_at": "2026-03-02T09:00:00+02:00",
                     "aware_at": "2026-03-02T14:00:00+02:00", "determined_at": "2026-03-02T18:00:00+02:00",
                     "nature": ["confidentiality"], "malicious": true, "exfiltration": "confirmed", "encryption": "none",
                     "data_categories": ["name", "email", "ssn", "drivers_license", "payment_card", "health", "call_metadata",
                        "account_credentials", "financial_account_with_access_code"],
                     "records": 250000},
                  "decisions": {"processor_role": false},
                  "affected": [%s] }
                """.formatted(String.join(", ", affected));
    }
}
