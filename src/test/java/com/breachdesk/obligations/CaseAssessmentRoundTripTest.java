package com.breachdesk.obligations;

import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.risk.AssessmentField;
import com.breachdesk.risk.AssessmentRecord;
import com.breachdesk.risk.EaseOfIdentification;
import com.breachdesk.risk.RiskLevel;
import com.breachdesk.risk.RiskOverride;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every stored part of the assessment, written and read back through a real case file. */
class CaseAssessmentRoundTripTest {

    static RulePack pack;

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-25T12:00:00Z");

    @BeforeAll
    static void loadPack() {
        pack = new RulePackLoader().loadShipped();
    }

    private Assessor assessor() {
        return new Assessor(pack, new HolidayCalendars(), clock);
    }

    private Path demo() throws Exception {
        Path file = dir.resolve("demo.breachcase");
        DemoCase.create(file, "tester", clock).close();
        return file;
    }

    @Test
    void estimatedCountsRoundTripAndAreAudited() throws Exception {
        Path file = demo();
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            s.estimates().set("FR", 77L);
            s.estimates().set("CZ", 0L);
        }
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            Map<String, Long> counts = s.estimates().load();
            assertThat(counts).containsEntry("FR", 77L).doesNotContainKey("CZ");
            assertThat(s.affectedPopulation().people("FR")).isEqualTo(77);
            assertThat(s.allAudit()).anyMatch(e -> e.change().entity().equals("estimated_count")
                    && e.change().entityId().equals("CZ") && e.change().newValue() == null && e.actor().equals("dana"));
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void negativeEstimateIsRefused() throws Exception {
        try (CaseSession s = CaseSession.open(demo(), "dana", clock)) {
            assertThatThrownBy(() -> s.estimates().set("FR", -1L)).hasMessageContaining("negative");
        }
    }

    @Test
    void riskFactorsAndDecisionsRoundTrip() throws Exception {
        Path file = demo();
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            s.riskAssessment().setAll(Map.of(AssessmentField.EASE_OF_IDENTIFICATION, "limited",
                    AssessmentField.RESTORED_WITHIN_HOURS, "12", AssessmentField.ECOMMS_SERVICE_RELATED, "no",
                    AssessmentField.PROCESSOR_ROLE, "no"));
        }
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            AssessmentRecord.Stored stored = s.riskAssessment().load();
            assertThat(stored.factors().easeOfIdentification()).isEqualTo(EaseOfIdentification.LIMITED);
            assertThat(stored.factors().restoredWithinHours()).isEqualTo(12L);
            assertThat(stored.ecommsServiceRelated()).isFalse();
            assertThat(stored.processorRole()).isFalse();
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void overrideIsStoredWithItsJustificationAndAudited() throws Exception {
        Path file = demo();
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            s.riskAssessment().override(new RiskOverride(RiskLevel.RISK, null, false, "Data already public in a 2024 leak"));
            Assessment a = s.assessments(assessor()).preview();
            assertThat(a.risk().computed().level()).isEqualTo(RiskLevel.HIGH);
            assertThat(a.risk().level()).isEqualTo(RiskLevel.RISK);
            assertThat(a.risk().notifyIndividuals()).isFalse();
            assertThat(s.allAudit()).anyMatch(e -> "override_justification".equals(e.change().field()));
        }
    }

    @Test
    void overrideWithoutJustificationIsRolledBack() throws Exception {
        try (CaseSession s = CaseSession.open(demo(), "dana", clock)) {
            assertThatThrownBy(() -> s.riskAssessment().setAll(Map.of(AssessmentField.OVERRIDE_LEVEL, "high")))
                    .hasMessageContaining("justification");
            assertThat(s.riskAssessment().load().override().present()).isFalse();
        }
    }

    @Test
    void storedObligationsCarryTheRulePackVersionAndEachRuleVersion() throws Exception {
        Path file = demo();
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            s.assessments(assessor()).assessAndStore();
        }
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            var rows = s.obligations().snapshot();
            assertThat(rows).isNotEmpty().allMatch(r -> r.rulePackVersion().equals("2026.11.25"));
            var pecr = rows.stream().filter(r -> r.key().equals(new ObligationKey("gb-pecr-5a-ico", "GB"))).findFirst().orElseThrow();
            assertThat(pecr.ruleVersion()).isEqualTo(2);
            assertThat(pecr.status()).isEqualTo("required");
            assertThat(pecr.due()).isNotNull();
            assertThat(pecr.explanation()).contains("Rule gb-pecr-5a-ico v2");
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void reassessingWithoutChangesDoesNotGrowTheAuditTrail() throws Exception {
        try (CaseSession s = CaseSession.open(demo(), "dana", clock)) {
            s.assessments(assessor()).assessAndStore();
            int entries = s.allAudit().size();
            clock.advance(Duration.ofMinutes(5));
            s.assessments(assessor()).assessAndStore();
            assertThat(s.allAudit()).hasSize(entries);
        }
    }

    @Test
    void markingDoneRecordsWhenHowAndReferenceAndStartsTheFollowUpClock() throws Exception {
        Path file = demo();
        ObligationKey initial = new ObligationKey("eu-eprivacy-611-initial", "PL");
        Instant sent = clock.instant().minus(Duration.ofHours(2));
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            Assessment after = s.assessments(assessor()).markDone(initial, sent, "portal", "UODO-2026-118");
            Obligation second = after.obligations().stream()
                    .filter(o -> o.key().equals(new ObligationKey("eu-eprivacy-611-second", "PL"))).findFirst().orElseThrow();
            assertThat(second.status()).isEqualTo(ObligationStatus.REQUIRED);
            assertThat(second.clockStartedAt()).isEqualTo(sent);
        }
        try (CaseSession s = CaseSession.open(file, "erin", clock)) {
            Completion done = s.obligations().completions().get(initial);
            assertThat(done.doneAt()).isEqualTo(sent);
            assertThat(done.channel()).isEqualTo("portal");
            assertThat(done.reference()).isEqualTo("UODO-2026-118");
            assertThat(done.recordedBy()).isEqualTo("dana");
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void reassessingKeepsWhatWasDone() throws Exception {
        Path file = demo();
        ObligationKey initial = new ObligationKey("gb-pecr-5a-ico", "GB");
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            s.assessments(assessor()).markDone(initial, clock.instant(), "email", "ICO-1");
            s.estimates().set("FR", 20L);
            Assessment again = s.assessments(assessor()).assessAndStore();
            assertThat(again.obligations().stream().filter(o -> o.key().equals(initial)).findFirst().orElseThrow().done()).isTrue();
            assertThat(again.obligations()).anyMatch(o -> o.jurisdiction().equals("FR"));
        }
    }

    @Test
    void markingDoneSomethingTheCaseDoesNotOweIsRefusedAndNothingIsStored() throws Exception {
        try (CaseSession s = CaseSession.open(demo(), "dana", clock)) {
            var assessments = s.assessments(assessor());
            assertThatThrownBy(() -> assessments.markDone(new ObligationKey("us-hipaa-individuals", "US"), clock.instant(), null, null))
                    .hasMessageContaining("not required");
            assertThatThrownBy(() -> assessments.markDone(new ObligationKey("nope", "PL"), clock.instant(), null, null))
                    .hasMessageContaining("no obligation nope");
            assertThat(s.obligations().completions()).isEmpty();
        }
    }

    @Test
    void clearingADoneMarkIsAudited() throws Exception {
        try (CaseSession s = CaseSession.open(demo(), "dana", clock)) {
            ObligationKey key = new ObligationKey("gb-pecr-5a-ico", "GB");
            s.assessments(assessor()).markDone(key, clock.instant(), "email", "ICO-1");
            s.obligations().clearDone(key);
            assertThat(s.obligations().completions()).isEmpty();
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void editingADoneMarkOutsideTheAppBreaksTheAudit() throws Exception {
        Path file = demo();
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            s.assessments(assessor()).markDone(new ObligationKey("gb-pecr-5a-ico", "GB"), clock.instant(), "email", "ICO-1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE obligation_done SET reference = 'ICO-9'");
        }
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            assertThat(s.verifyAudit().intact()).isFalse();
            assertThat(s.verifyAudit().problem()).contains("obligation_done");
        }
    }

    @Test
    void editingAStoredDeadlineOutsideTheAppBreaksTheAudit() throws Exception {
        Path file = demo();
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            s.assessments(assessor()).assessAndStore();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE obligation SET due = '2030-01-01T00:00:00Z' WHERE due IS NOT NULL");
        }
        try (CaseSession s = CaseSession.open(file, "dana", clock)) {
            assertThat(s.verifyAudit().problem()).contains("obligations/case/snapshot");
        }
    }
}
