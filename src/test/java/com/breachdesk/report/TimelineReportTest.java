package com.breachdesk.report;

import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.delivery.SendChannel;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

import static com.breachdesk.report.ReportFixture.assessor;
import static com.breachdesk.report.ReportFixture.demo;
import static com.breachdesk.report.ReportFixture.reports;
import static com.breachdesk.report.ReportFixture.squeezed;
import static com.breachdesk.report.ReportFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The manager's timeline report of the demo case, read back out of the PDF. */
class TimelineReportTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    private static final ObligationKey ICO = new ObligationKey("gb-pecr-5a-ico", "GB");
    private static final byte[] ICO_RECEIPT = "%PDF-1.4 ICO receipt IC-77".getBytes(StandardCharsets.UTF_8);

    private RenderedReport full(CaseSession session, Instant asOf, boolean privileged) {
        return reports().generate(session, assessor(clock), new ReportRequest(asOf, ReportVariant.FULL, privileged));
    }

    @Test
    void reportListsEveryDeadlineWithItsStatus() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            session.assessments(assessor(clock)).markDone(ICO, clock.instant().minus(Duration.ofHours(1)), "ICO form", "IC-1");
            Instant asOf = clock.instant();
            TimelineReport facts = new ReportAssembler().assemble(session, assessor(clock),
                    new ReportRequest(asOf, ReportVariant.FULL, false));
            String text = squeezed(text(full(session, asOf, false).pdf()));

            assertThat(facts.standings()).isNotEmpty();
            for (ObligationStanding s : facts.standings()) {
                assertThat(text).contains(squeezed(s.obligation().key().ruleId()));
                assertThat(text).contains(squeezed(s.obligation().recipientName()));
            }
            for (Standing standing : Standing.values()) {
                long expected = facts.with(standing).size();
                long printed = (text.length() - text.replace(squeezed(standing.label()), "").length())
                        / squeezed(standing.label()).length();
                assertThat(printed).as(standing.label()).isGreaterThanOrEqualTo(expected);
            }
            assertThat(facts.with(Standing.MET)).extracting(s -> s.obligation().key()).contains(ICO);
            assertThat(text).contains("IC-1").contains("Deadlines").contains("Notificationssent").contains("Openitems");
        }
    }

    @Test
    void noticeGivenAfterTheAsOfMomentCountsAsNotGivenYet() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            session.assessments(assessor(clock)).markDone(ICO, clock.instant(), "ICO form", "IC-2");
            ReportAssembler assembler = new ReportAssembler();
            TimelineReport before = assembler.assemble(session, assessor(clock),
                    new ReportRequest(clock.instant().minus(Duration.ofHours(2)), ReportVariant.FULL, false));
            TimelineReport after = assembler.assemble(session, assessor(clock),
                    new ReportRequest(clock.instant(), ReportVariant.FULL, false));

            assertThat(standingOf(before, ICO)).isIn(Standing.PENDING, Standing.MISSED);
            assertThat(standingOf(after, ICO)).isIn(Standing.MET, Standing.LATE);
        }
    }

    private static Standing standingOf(TimelineReport r, ObligationKey key) {
        return r.standings().stream().filter(s -> s.obligation().key().equals(key)).findFirst().orElseThrow().standing();
    }

    @Test
    void timelineTableKeepsEventTimeAndLoggedTimeApart() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            MomentInZone event = MomentInZone.parseIso("2026-02-27T08:15:00+02:00[Europe/Kyiv]");
            clock.advance(Duration.ofMinutes(7));
            session.timeline().add(event, TimelineKind.NOTE, "Backup tapes located in the server room", OptionalLong.empty());
            String text = text(full(session, clock.instant(), false).pdf());

            assertThat(squeezed(text)).contains("2026-02-2708:15EET").contains("2026-03-0212:07EET");
            assertThat(squeezed(text)).contains("Backuptapeslocatedintheserverroom");
        }
    }

    @Test
    void entriesDatedAfterTheAsOfMomentAreLeftOut() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            session.timeline().add(new MomentInZone(clock.instant().plus(Duration.ofDays(2)), ZoneId.of("Europe/Kyiv")),
                    TimelineKind.NOTE, "Planned: debrief with the board", OptionalLong.empty());
            String text = squeezed(text(full(session, clock.instant(), false).pdf()));

            assertThat(text).doesNotContain("debriefwiththeboard").contains("1laterentryisnotshown");
        }
    }

    @Test
    void privilegedEntriesAreAbsentUnlessIncludedAndTheExclusionIsStated() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            var secret = session.timeline().add(new MomentInZone(clock.instant().minus(Duration.ofHours(3)),
                    ZoneId.of("Europe/Kyiv")), TimelineKind.DECISION, "Counsel advises the exposure is larger than reported",
                    OptionalLong.empty(), true);
            session.timeline().add(new MomentInZone(clock.instant().minus(Duration.ofHours(2)), ZoneId.of("Europe/Kyiv")),
                    TimelineKind.NOTE, "Correction: counsel now says exposure matches the report",
                    OptionalLong.of(secret.id()));
            String without = squeezed(text(full(session, clock.instant(), false).pdf()));
            String with = squeezed(text(full(session, clock.instant(), true).pdf()));

            assertThat(without).doesNotContain("Counseladvises").doesNotContain("counselnowsays")
                    .contains("2timelineentriesunderlegalprivilegearenotincluded");
            assertThat(with).contains("Counseladvisestheexposureislargerthanreported").contains("[Privileged]")
                    .contains("Containsmaterialunderlegalprivilege");
        }
    }

    @Test
    void sentBatchAndTheNoticeToTheAuthorityAppearWithTheirEvidence() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            byte[] receipt = "%PDF-1.4 mailing house receipt PO-77".getBytes(StandardCharsets.UTF_8);
            SentNotice batch = ReportFixture.sendFinalBatch(session, clock, clock.instant().minus(Duration.ofHours(2)), receipt);
            SentNotice ico = session.delivery().markObligationSent(session.assessments(assessor(clock)), ICO,
                    new MomentInZone(clock.instant().minus(Duration.ofHours(1)), ZoneId.of("Europe/London")),
                    SendChannel.PORTAL, "IC-77", Optional.of(new NoticeDelivery.Evidence("ico-receipt.pdf", ICO_RECEIPT)));
            String text = squeezed(text(full(session, clock.instant(), false).pdf()));

            assertThat(text).contains("Letterssenttopeople").contains("#" + batch.batchId().getAsLong())
                    .contains("us-ca-individual").contains("PO-77").contains("mailing-house.pdf")
                    .contains("SHA-256" + batch.evidence().orElseThrow().sha256())
                    .contains("Letterssent2peoplein1batch");
            // The authority's notice is one row of the notices given, with its evidence; not a second row elsewhere.
            assertThat(text).contains("ico-receipt.pdf").contains("SHA-256" + ico.evidence().orElseThrow().sha256());
            assertThat(text.split("IC-77", -1)).hasSize(2);
        }
    }

    @Test
    void statusCountsTheLettersSentUnderDone() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            SentNotice batch = ReportFixture.sendFinalBatch(session, clock, clock.instant().minus(Duration.ofHours(2)),
                    ICO_RECEIPT);
            RenderedReport status = reports().generate(session, assessor(clock),
                    new ReportRequest(clock.instant(), ReportVariant.STATUS, false));
            String text = squeezed(text(status.pdf()));

            assertThat(status.pages()).isEqualTo(1);
            assertThat(text).contains("Done").contains("Lettersto2people(batch#"
                    + batch.batchId().getAsLong() + ")").contains("Lettersmarkedsent:2peoplein1batch");
        }
    }

    @Test
    void letterMarkedSentAfterTheAsOfMomentIsNotShown() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            ReportFixture.sendFinalBatch(session, clock, clock.instant().minus(Duration.ofHours(1)), ICO_RECEIPT);
            String text = squeezed(text(full(session, clock.instant().minus(Duration.ofHours(2)), false).pdf()));

            assertThat(text).doesNotContain("Letterssenttopeople").doesNotContain("mailing-house.pdf");
        }
    }

    @Test
    void privilegedReviewCommentNeverAppearsInTheReport() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            var template = TemplateCatalog.shipped().require("us-ca-individual");
            session.review().create(template);
            session.review().comment(template.id(), 1, "", "Counsel: do not concede negligence", true);
            String text = squeezed(text(full(session, clock.instant(), false).pdf()));

            assertThat(text).doesNotContain("concedenegligence");
        }
    }

    @Test
    void sameCaseStateAndAsOfGiveIdenticalBytes() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            Instant asOf = clock.instant();
            byte[] first = full(session, asOf, false).pdf();
            clock.advance(Duration.ofHours(5)); // generated later: nothing in the file may depend on when
            byte[] second = full(session, asOf, false).pdf();
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void statusVariantIsOnePageWithCountsAndNextDeadlines() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            RenderedReport status = reports().generate(session, assessor(clock),
                    new ReportRequest(clock.instant(), ReportVariant.STATUS, false));
            String text = squeezed(text(status.pdf()));

            assertThat(status.pages()).isEqualTo(1);
            assertThat(ReportFixture.pages(status.pdf())).isEqualTo(1);
            assertThat(text).contains("Incidentstatus").contains("peopleaffected").contains("Nextdeadlines").contains("Page1of1");
        }
    }

    @Test
    void fullReportHasPageNumbersCaseReferenceAndThePaperOfTheProfile() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            session.organization().set(OrganizationField.PAPER_SIZE, "letter");
            RenderedReport report = full(session, clock.instant(), false);
            String text = text(report.pdf());

            assertThat(report.pages()).isGreaterThan(1);
            assertThat(text).contains("Page 1 of " + report.pages()).contains("Page " + report.pages() + " of " + report.pages())
                    .contains("Case " + session.letters().caseReference());
            try (PDDocument doc = Loader.loadPDF(report.pdf())) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            }
        }
    }

    @Test
    void saveReplacesTheFileOnlyWhenTheReportIsWritten() throws Exception {
        try (CaseSession session = demo(dir, clock)) {
            RenderedReport report = full(session, clock.instant(), false);
            Path out = dir.resolve("timeline.pdf");
            TimelineReports.save(report, out);
            assertThat(Files.readAllBytes(out)).isEqualTo(report.pdf());
        }
    }
}
