package com.breachdesk.handover;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A demo case with every part filled in: roster (two imports, a merge, a hand edit), notices, letters, privilege. */
final class HandoverFixture {

    static final String SECRET = "Counsel: exposure is larger than the board was told";
    private static RulePack pack;

    private HandoverFixture() {
    }

    static synchronized Assessor assessor(TestClock clock) {
        if (pack == null) {
            pack = new RulePackLoader().loadShipped();
        }
        return new Assessor(pack, new HolidayCalendars(), clock);
    }

    static CaseSession fullCase(Path dir, TestClock clock) throws Exception {
        CaseSession s = DemoCase.create(dir.resolve("source.breachcase"), "olena", clock);
        importCsv(s, dir, "crm.csv", "Customer ID,Email,Name,Country,Date of birth\n1,ann@x.example,Ann Lee,PL,1990-01-02\n"
                + "2,bo@x.example,Bo Chen,GB,\n3,cy@x.example,Cy,Kyiv,\n");
        importCsv(s, dir, "billing.csv", "Customer ID,Phone,Country\n1,+48 600 100 200,PL\n4,+44 20 7946 0000,GB\n");
        long cy = s.roster().page(RosterFilter.ALL, 0, 100).stream().filter(p -> "Cy".equals(p.fullName()))
                .findFirst().orElseThrow().id();
        s.roster().edit(cy, PersonField.JURISDICTION, "UA");
        var assessments = s.assessments(assessor(clock));
        assessments.assessAndStore();
        assessments.markDone(new ObligationKey("gb-pecr-5a-ico", "GB"), clock.instant().minus(Duration.ofHours(2)),
                "ICO online form", "IC-123456");
        s.letters().noticeFacts().set(Map.of("likely_consequences", "Phishing calls using your account details"));
        var batch = s.letters().store().startBatch("/tmp/letters", "ua-individual", "jurisdiction=UA", "draft",
                LocalDate.of(2026, 3, 2), "roster");
        s.letters().store().addLetters(List.of(new LetterRecord(batch.id(), 1, "P1", "f1", "letters/0001.pdf", 1,
                "ab".repeat(32), "ua-individual", 3, clock.instant())));
        s.letters().store().finishBatch(batch.id(), "complete", 1, 1, "cd".repeat(32), "1 letter");
        var kyiv = ZoneId.of("Europe/Kyiv");
        var secret = s.timeline().add(new MomentInZone(clock.instant().minus(Duration.ofHours(3)), kyiv),
                TimelineKind.DECISION, SECRET, OptionalLong.empty(), true);
        s.timeline().add(new MomentInZone(clock.instant().minus(Duration.ofHours(1)), kyiv), TimelineKind.NOTE,
                "Correction: counsel revised the estimate", OptionalLong.of(secret.id()));
        return s;
    }

    private static void importCsv(CaseSession s, Path dir, String name, String csv) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        s.rosterImporter().importFile(file, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                MappingSuggester.suggest(List.of(csv.substring(0, csv.indexOf('\n')).split(","))), ImportListener.NONE);
    }

    static JsonNode read(Path json) throws Exception {
        return new ObjectMapper().readTree(json.toFile());
    }
}
