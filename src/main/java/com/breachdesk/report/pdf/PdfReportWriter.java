package com.breachdesk.report.pdf;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.delivery.EvidenceFile;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.IncidentProblem;
import com.breachdesk.letters.model.PaperFormat;
import com.breachdesk.letters.model.Style;
import com.breachdesk.letters.pdf.ArchivalPdf;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.organization.PaperSize;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.report.ObligationStanding;
import com.breachdesk.report.RenderedReport;
import com.breachdesk.report.ReportVariant;
import com.breachdesk.report.ReportWriter;
import com.breachdesk.report.Standing;
import com.breachdesk.report.TimelineReport;
import com.breachdesk.risk.RiskAssessment;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.timeline.TimelineKind;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static com.breachdesk.report.pdf.ReportCanvas.Cell;
import static com.breachdesk.report.pdf.ReportCanvas.Column;

/**
 * Writes the timeline report (or the one-page status) as a PDF/A-2b file on the case's paper size, with the
 * letters' embedded font and archival settings. The same case state and "as of" moment give the same bytes: every
 * date printed comes from the case or the request, and the file identifier is derived from them.
 */
public final class PdfReportWriter implements ReportWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
    private static final int STATUS_ROWS = 10;

    private final ArchivalPdf pdf;

    public PdfReportWriter(ArchivalPdf pdf) {
        this.pdf = pdf;
    }

    public PdfReportWriter() {
        this(new ArchivalPdf());
    }

    @Override
    public RenderedReport write(TimelineReport report) {
        PaperFormat paper = report.organization().paperSize() == PaperSize.LETTER ? PaperFormat.LETTER : PaperFormat.A4;
        try (PDDocument doc = new PDDocument(); ReportCanvas canvas = new ReportCanvas(pdf, doc, paper)) {
            if (report.request().variant() == ReportVariant.STATUS) {
                status(canvas, report);
            } else {
                full(canvas, report);
            }
            String title = report.request().variant() == ReportVariant.STATUS ? "Incident status" : "Incident timeline report";
            canvas.decorate((c, number, count) -> decorate(c, report, title, number, count));
            int pages = canvas.pageCount();
            // Saved while the canvas (and its parsed fonts) is still open: the font subsets are cut when saving.
            String docTitle = title + " — " + orDash(report.incident().title());
            String author = report.organization().legalName().isBlank() ? "Breachdesk" : report.organization().legalName();
            byte[] bytes = pdf.save(doc, docTitle, author, "en", LocalDate.ofInstant(report.asOf(), ZoneOffset.UTC),
                    documentId(report));
            return new RenderedReport(bytes, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the report failed: " + e.getMessage(), e);
        }
    }

    /** The file identifier: a digest of what the report was made from (case, audit state, request). */
    private static byte[] documentId(TimelineReport r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String basis = r.caseId() + '|' + r.auditEntries() + '|' + r.auditLastHash() + '|' + r.asOf() + '|'
                    + r.request().variant().id() + '|' + r.request().includePrivileged();
            return Arrays.copyOf(sha.digest(basis.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- full report ----

    private void full(ReportCanvas c, TimelineReport r) {
        c.newPage();
        titleBlock(c, r, "Incident timeline report");
        summary(c, r);
        c.heading("Timeline at a glance");
        new TimelineChart(c, r).draw();
        timeline(c, r);
        deadlines(c, r);
        notificationsSent(c, r);
        decisions(c, r);
        openItems(c, r);
        provenance(c, r);
    }

    private void titleBlock(ReportCanvas c, TimelineReport r, String title) {
        c.text(c.left, c.y() + 18, title, Style.BOLD, 18, Rgb.TEXT);
        c.moveDown(26);
        c.paragraph(orDash(r.incident().title()), Style.BOLD, 12, Rgb.TEXT);
        String org = r.organization().legalName();
        c.paragraph((org.isBlank() ? "" : org + " · ") + "Case " + r.caseReference() + " · As of " + when(r.asOf(), r.zone())
                + ". Statuses are as they stood at that moment.", Style.REGULAR, 9, Rgb.MUTED);
        if (r.request().includePrivileged()) {
            c.paragraph("Contains material under legal privilege. Do not pass on without counsel's approval.",
                    Style.BOLD, 9, Rgb.RED);
        } else if (r.excludedCount() > 0) {
            c.paragraph(excludedText(r), Style.ITALIC, 9, Rgb.MUTED);
        }
    }

    static String excludedText(TimelineReport r) {
        return r.excludedCount() + (r.excludedCount() == 1 ? " timeline entry" : " timeline entries")
                + " under legal privilege " + (r.excludedCount() == 1 ? "is" : "are") + " not included.";
    }

    private void summary(ReportCanvas c, TimelineReport r) {
        c.heading("Summary");
        Incident i = r.incident();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Type", i.type().map(Coded::label).orElse("not recorded")});
        facts.add(new String[] {"Status", i.status().label()});
        i.get(IncidentField.DESCRIPTION).ifPresent(d -> facts.add(new String[] {"What happened", d}));
        for (IncidentField f : List.of(IncidentField.OCCURRED_FROM, IncidentField.OCCURRED_TO, IncidentField.DISCOVERED_AT,
                IncidentField.AWARE_AT, IncidentField.DETERMINED_AT, IncidentField.CONTAINED_AT)) {
            i.moment(f).ifPresent(m -> facts.add(new String[] {f.label(), m.display()}));
        }
        i.get(IncidentField.AWARE_DECIDED_BY).ifPresent(v -> facts.add(new String[] {"Awareness decided by", v}));
        if (!i.dataCategories().isEmpty()) {
            facts.add(new String[] {"Data involved", i.dataCategories().stream().map(DataCategory::label)
                    .collect(Collectors.joining(", "))});
        }
        List<String> nature = new ArrayList<>();
        i.nature().forEach(n -> nature.add(n.label()));
        i.intent().ifPresent(v -> nature.add(v.label()));
        i.exfiltration().ifPresent(v -> nature.add("exfiltration: " + v.label().toLowerCase(Locale.ROOT)));
        i.encryption().ifPresent(v -> nature.add(v.label().toLowerCase(Locale.ROOT)));
        if (!nature.isEmpty()) {
            facts.add(new String[] {"Nature", String.join(", ", nature)});
        }
        facts.add(new String[] {"People affected", population(r.population())});
        RiskAssessment risk = r.assessment().risk();
        facts.add(new String[] {"Risk", risk.level() == null ? "not assessed: facts missing"
                : risk.level().label() + (risk.overridden() ? " (set by the responder, overriding the computed result)" : "")});
        facts.add(new String[] {"Notices", noticeCounts(r)});
        if (!r.lettersSent().isEmpty()) {
            facts.add(new String[] {"Letters sent", lettersSentText(r)});
        }
        r.open().stream().filter(s -> s.standing() == Standing.PENDING && s.obligation().due() != null).findFirst()
                .ifPresent(s -> facts.add(new String[] {"Next deadline", due(s.obligation()) + " — "
                        + s.obligation().recipientName() + " (" + s.obligation().jurisdiction() + "), " + s.marginText()}));
        c.facts(facts);
    }

    private static String population(AffectedPopulation p) {
        if (p.source() == AffectedPopulation.Source.NONE) {
            return "not known yet (no roster imported, no estimates entered)";
        }
        String top = p.peoplePerJurisdiction().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8).map(e -> e.getKey() + " " + count(e.getValue())).collect(Collectors.joining(", "));
        return count(p.total()) + (p.source() == AffectedPopulation.Source.ROSTER ? " (from the roster)" : " (estimated)")
                + (top.isEmpty() ? "" : ": " + top) + (p.peoplePerJurisdiction().size() > 8 ? ", …" : "")
                + (p.unresolved() > 0 ? "; " + count(p.unresolved()) + " whose jurisdiction is not known" : "");
    }

    private static String noticeCounts(TimelineReport r) {
        long met = r.with(Standing.MET).size();
        long late = r.with(Standing.LATE).size();
        return r.standings().size() + " to give or decide: " + (met + late) + " given" + (late > 0 ? " (" + late + " late)" : "")
                + ", " + r.with(Standing.MISSED).size() + " missed, " + r.with(Standing.PENDING).size() + " pending, "
                + r.with(Standing.NEEDS_INFORMATION).size() + " waiting for information; "
                + r.notRequired().size() + " found not required";
    }

    /** "2 people in 1 batch", as recorded when the batches were marked sent. */
    static String lettersSentText(TimelineReport r) {
        long people = r.peopleSentLetters();
        int batches = r.lettersSent().size();
        return count(people) + (people == 1 ? " person" : " people") + " in " + batches + (batches == 1 ? " batch" : " batches");
    }

    private void timeline(ReportCanvas c, TimelineReport r) {
        c.heading("Timeline");
        c.paragraph("Each entry shows when it happened and, separately, when it was logged.", Style.ITALIC, 8, Rgb.MUTED);
        if (r.timeline().isEmpty()) {
            c.paragraph("No timeline entries up to this moment.", Style.REGULAR, 9, Rgb.MUTED);
        } else {
            List<List<Cell>> rows = new ArrayList<>();
            for (TimelineEntry e : r.timeline()) {
                String text = (e.privileged() ? "[Privileged] " : "")
                        + (e.corrects().isPresent() ? "Corrects #" + e.corrects().getAsLong() + ": " : "") + e.text();
                rows.add(List.of(Cell.of("#" + e.id()), Cell.of(e.eventAt().display()), new Cell(when(e.loggedAt(), r.zone()),
                        Style.REGULAR, Rgb.MUTED), Cell.of(e.kind().label()), Cell.of(e.actor()),
                        new Cell(text, Style.REGULAR, e.privileged() ? Rgb.RED : Rgb.TEXT)));
            }
            c.table(List.of(new Column("#", 0.65f), new Column("Happened", 2.1f), new Column("Logged", 2.1f),
                    new Column("Kind", 1.95f), new Column("By", 1.5f), new Column("Entry", 5.7f)), rows, 30);
        }
        if (r.laterEntries() > 0) {
            c.paragraph(r.laterEntries() + " later " + (r.laterEntries() == 1 ? "entry is" : "entries are")
                    + " not shown: dated after the report's \"as of\" moment.", Style.ITALIC, 8, Rgb.MUTED);
        }
    }

    private void deadlines(ReportCanvas c, TimelineReport r) {
        c.heading("Deadlines");
        if (r.standings().isEmpty()) {
            c.paragraph("No notice is required or undecided.", Style.REGULAR, 9, Rgb.MUTED);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ObligationStanding s : r.standings()) {
            Obligation o = s.obligation();
            rows.add(List.of(Cell.of(o.recipientName()), Cell.of(o.jurisdiction()), new Cell(o.key().ruleId(), Style.REGULAR, Rgb.MUTED),
                    Cell.of(o.due() == null ? "—" : due(o)), new Cell(s.standing().label(), Style.BOLD, TimelineChart.color(s.standing())),
                    Cell.of(s.marginText())));
        }
        c.table(List.of(new Column("Notice to", 3.2f), new Column("Where", 1f), new Column("Rule", 2.4f),
                new Column("Due (local time)", 2.3f), new Column("Status", 1.5f), new Column("Early / late", 1.8f)), rows, 4);
    }

    private void notificationsSent(ReportCanvas c, TimelineReport r) {
        c.heading("Notifications sent");
        List<ObligationStanding> given = r.given();
        if (given.isEmpty()) {
            c.paragraph("No notice had been given by this moment.", Style.REGULAR, 9, Rgb.MUTED);
        } else {
            List<List<Cell>> rows = new ArrayList<>();
            for (ObligationStanding s : given) {
                Obligation o = s.obligation();
                var done = o.completion();
                rows.add(List.of(Cell.of(when(done.doneAt(), o.zone())), Cell.of(o.recipientName()), Cell.of(o.jurisdiction()),
                        Cell.of(orDash(done.channel())), Cell.of(orDash(done.reference())),
                        Cell.of(r.noticeSent(o.key()).flatMap(SentNotice::evidence).map(EvidenceFile::name).orElse("—")),
                        Cell.of(done.recordedBy() + ", " + when(done.recordedAt(), r.zone())),
                        new Cell(s.standing().label() + ", " + s.marginText(), Style.REGULAR, TimelineChart.color(s.standing()))));
            }
            c.table(List.of(new Column("Given", 1.9f), new Column("To", 2.3f), new Column("Where", 1.05f),
                    new Column("Channel", 1.3f), new Column("Reference", 1.6f), new Column("Evidence", 1.8f),
                    new Column("Recorded by", 1.9f), new Column("On time?", 1.7f)), rows, 4);
        }
        lettersSent(c, r);
        if (!r.letterBatches().isEmpty()) {
            c.subheading("Letters generated");
            List<List<Cell>> rows = new ArrayList<>();
            for (BatchRecord b : r.letterBatches()) {
                rows.add(List.of(Cell.of("#" + b.id()), Cell.of(when(b.startedAt(), r.zone())), Cell.of(b.template()),
                        Cell.of(b.kind()), Cell.of(b.letters() == null ? "—" : count(b.letters())), Cell.of(b.status()),
                        Cell.of(b.startedBy())));
            }
            c.table(List.of(new Column("Batch", 0.7f), new Column("Started", 2f), new Column("Template", 2.6f),
                    new Column("Kind", 1f), new Column("Letters", 1f), new Column("Status", 1.2f), new Column("By", 1.8f)),
                    rows, 2);
        }
        evidence(c, r);
    }

    /** Final letter batches marked sent by the "as of" moment: who was reached, how, and the proof kept. */
    private void lettersSent(ReportCanvas c, TimelineReport r) {
        List<SentNotice> sent = r.lettersSent();
        if (sent.isEmpty()) {
            return;
        }
        c.subheading("Letters sent to people");
        List<List<Cell>> rows = new ArrayList<>();
        for (SentNotice n : sent) {
            rows.add(List.of(Cell.of(when(n.sentAt().instant(), n.sentAt().zone())), Cell.of("#" + n.batchId().getAsLong()),
                    Cell.of(r.batch(n).map(BatchRecord::template).orElse("—")),
                    Cell.of(count(r.peopleReached(n))), Cell.of(n.channel().label()),
                    Cell.of(orDash(n.reference())), Cell.of(n.evidence().map(EvidenceFile::name).orElse("—")),
                    Cell.of(n.recordedBy() + ", " + when(n.recordedAt(), r.zone()))));
        }
        c.table(List.of(new Column("Sent", 1.9f), new Column("Batch", 1f), new Column("Template", 2.2f),
                new Column("People", 1.1f), new Column("Channel", 1.3f), new Column("Reference", 1.5f),
                new Column("Evidence", 1.9f), new Column("Recorded by", 1.9f)), rows, 4);
    }

    /**
     * The evidence files of the notices sent, each with the SHA-256 that identifies the file kept in the case (on a
     * line of its own, so the whole hash can be read and compared).
     */
    private void evidence(ReportCanvas c, TimelineReport r) {
        List<SentNotice> withEvidence = r.sent().stream().filter(n -> n.evidence().isPresent()).toList();
        if (withEvidence.isEmpty()) {
            return;
        }
        c.subheading("Evidence kept in the case");
        for (SentNotice n : withEvidence) {
            EvidenceFile f = n.evidence().orElseThrow();
            c.bullet(f.name() + " (" + count(f.size()) + " bytes): proof of " + sentFor(r, n) + "; attached by "
                    + f.attachedBy() + ", " + when(f.attachedAt(), r.zone()), Rgb.BLUE);
            c.paragraph("SHA-256 " + f.sha256(), Style.REGULAR, 7.5f, Rgb.MUTED, 12);
        }
    }

    /** What a sent notice was: a batch of letters, or the notice to an authority for one obligation. */
    private static String sentFor(TimelineReport r, SentNotice n) {
        if (n.batchId().isPresent()) {
            return "letters, batch #" + n.batchId().getAsLong();
        }
        ObligationKey key = n.obligation().orElseThrow();
        return r.standings().stream().filter(s -> s.obligation().key().equals(key)).findFirst()
                .map(s -> "notice to " + s.obligation().recipientName() + " (" + key.jurisdiction() + ")")
                .orElse("notice " + key.ruleId() + " (" + key.jurisdiction() + ")");
    }

    private void decisions(ReportCanvas c, TimelineReport r) {
        c.heading("Decisions and their rationale");
        RiskAssessment risk = r.assessment().risk();
        c.subheading("Risk assessment");
        var computed = risk.computed();
        String result = computed.level() == null ? "The computed assessment is incomplete: " + String.join("; ", computed.missing())
                : "Computed: " + computed.level().label()
                + (computed.score() == null ? "" : String.format(Locale.ROOT, " (ENISA severity %.1f, %s)", computed.score(),
                computed.severity() == null ? "" : computed.severity().label().toLowerCase(Locale.ROOT)))
                + ". Notify the authority: " + yesNo(risk.notifyAuthority()) + "; notify the people affected: "
                + yesNo(risk.notifyIndividuals()) + ".";
        c.paragraph(result, Style.REGULAR, 9, Rgb.TEXT);
        for (String reason : computed.reasons()) {
            c.bullet(reason, Rgb.MUTED);
        }
        for (String exemption : computed.exemptions()) {
            c.bullet("Exemption: " + exemption, Rgb.MUTED);
        }
        if (risk.overridden()) {
            var o = risk.override();
            c.paragraph("Overridden by the responder" + (o.level() == null ? "" : ": level " + o.level().label())
                    + (o.notifyAuthority() == null ? "" : "; notify the authority: " + yesNo(o.notifyAuthority()))
                    + (o.notifyIndividuals() == null ? "" : "; notify the people: " + yesNo(o.notifyIndividuals()))
                    + ". Justification: " + o.justification(), Style.BOLD, 9, Rgb.TEXT);
        }
        var d = r.decisions();
        List<String[]> recorded = new ArrayList<>();
        if (d.ecommsServiceRelated() != null) {
            recorded.add(new String[] {"ePrivacy / GDPR Art. 95", d.ecommsServiceRelated()
                    ? "The breach is in connection with the electronic communications service"
                    : "The breach is not in connection with the electronic communications service"});
        }
        if (d.processorRole() != null) {
            recorded.add(new String[] {"Role", d.processorRole() ? "Processor for another controller" : "Controller"});
        }
        if (d.includeDrafts()) {
            recorded.add(new String[] {"Draft laws", "Assessed as if in force"});
        }
        if (!recorded.isEmpty()) {
            c.facts(recorded);
        }
        c.subheading("Decisions not to notify");
        List<Obligation> notRequired = r.notRequired();
        if (notRequired.isEmpty()) {
            c.paragraph("None: every rule that applies requires notice or waits for information.", Style.REGULAR, 9, Rgb.MUTED);
        } else {
            List<List<Cell>> rows = new ArrayList<>();
            for (Obligation o : notRequired) {
                rows.add(List.of(Cell.of(o.recipientName()), Cell.of(o.jurisdiction()),
                        new Cell(o.key().ruleId(), Style.REGULAR, Rgb.MUTED),
                        Cell.of(o.why().map(Coded::label).orElse("—") + (o.reasons().isEmpty() ? "" : ": " + o.reasons().get(0)))));
            }
            c.table(List.of(new Column("Notice to", 3f), new Column("Where", 0.9f), new Column("Rule", 2.4f),
                    new Column("Why not required", 6f)), rows, 5);
        }
        List<TimelineEntry> decided = r.timeline().stream().filter(e -> e.kind() == TimelineKind.DECISION).toList();
        if (!decided.isEmpty()) {
            c.subheading("Decisions recorded in the timeline");
            List<List<Cell>> rows = new ArrayList<>();
            for (TimelineEntry e : decided) {
                rows.add(List.of(Cell.of(e.eventAt().display()), Cell.of(e.actor()),
                        new Cell((e.privileged() ? "[Privileged] " : "") + e.text(), Style.REGULAR, e.privileged() ? Rgb.RED : Rgb.TEXT)));
            }
            c.table(List.of(new Column("When", 2f), new Column("By", 1.6f), new Column("Decision", 8f)), rows, 20);
        }
    }

    private void openItems(ReportCanvas c, TimelineReport r) {
        c.heading("Open items");
        List<String> items = openItemTexts(r);
        if (items.isEmpty()) {
            c.paragraph("No open items.", Style.REGULAR, 9, Rgb.MUTED);
        }
        for (String item : items) {
            c.bullet(item, item.startsWith("Missed") ? Rgb.RED : Rgb.BLUE);
        }
    }

    /** Missed notices, those waiting for information, pending ones, then what the records still lack. */
    static List<String> openItemTexts(TimelineReport r) {
        List<String> out = new ArrayList<>();
        for (ObligationStanding s : r.with(Standing.MISSED)) {
            out.add("Missed: " + noticeName(s.obligation()) + " was due " + due(s.obligation()) + " (" + s.marginText() + ")");
        }
        for (ObligationStanding s : r.with(Standing.NEEDS_INFORMATION)) {
            out.add("Needs information: " + noticeName(s.obligation()) + " — missing: "
                    + String.join("; ", s.obligation().missing()));
        }
        for (ObligationStanding s : r.with(Standing.PENDING)) {
            out.add("Pending: " + noticeName(s.obligation()) + (s.obligation().due() == null ? " — no deadline yet"
                    : " — due " + due(s.obligation()) + " (" + s.marginText() + ")"));
        }
        for (IncidentProblem p : r.problems()) {
            out.add("Incident record: " + p.message());
        }
        for (String missing : r.assessment().missing()) {
            out.add("Assessment: missing " + missing);
        }
        return out;
    }

    private void provenance(ReportCanvas c, TimelineReport r) {
        c.moveDown(8);
        c.paragraph("Made from case " + r.caseId() + " (audit trail: " + r.auditEntries() + " entries, last hash "
                + orDash(r.auditLastHash()) + "); rule pack " + r.assessment().rulePackVersion() + ".", Style.REGULAR, 7, Rgb.MUTED);
    }

    // ---- one-page status ----

    private void status(ReportCanvas c, TimelineReport r) {
        c.newPage();
        titleBlock(c, r, "Incident status");
        c.moveDown(4);
        long given = r.with(Standing.MET).size() + r.with(Standing.LATE).size();
        String[][] figures = {
                {r.population().source() == AffectedPopulation.Source.NONE ? "?" : count(r.population().total()), "people affected"},
                {Integer.toString(r.standings().size()), "notices in play"},
                {Long.toString(given), "given" + (r.with(Standing.LATE).isEmpty() ? "" : " (" + r.with(Standing.LATE).size() + " late)")},
                {Integer.toString(r.with(Standing.MISSED).size()), "missed"},
                {Integer.toString(r.with(Standing.PENDING).size() + r.with(Standing.NEEDS_INFORMATION).size()), "still open"}};
        float gap = 6;
        float w = (c.contentWidth() - gap * (figures.length - 1)) / figures.length;
        for (int i = 0; i < figures.length; i++) {
            float x = c.left + i * (w + gap);
            Rgb color = i == 3 && !r.with(Standing.MISSED).isEmpty() ? Rgb.RED : Rgb.TEXT;
            c.frame(x, c.y(), w, 42, 0.6f, Rgb.RULE);
            c.text(x + 6, c.y() + 22, figures[i][0], Style.BOLD, 17, color);
            c.text(x + 6, c.y() + 35, c.fit(figures[i][1], Style.REGULAR, 7.5f, w - 10), Style.REGULAR, 7.5f, Rgb.MUTED);
        }
        c.moveDown(52);
        RiskAssessment risk = r.assessment().risk();
        c.paragraph("Risk: " + (risk.level() == null ? "not assessed yet (facts missing)" : risk.level().label())
                + (risk.overridden() ? " — set by the responder: " + risk.override().justification() : ""), Style.REGULAR, 9, Rgb.TEXT);

        c.subheading("Next deadlines");
        List<ObligationStanding> next = r.open().stream().filter(s -> s.obligation().due() != null)
                .sorted(Comparator.comparing((ObligationStanding s) -> s.obligation().due())).toList();
        if (next.isEmpty()) {
            c.paragraph("No open deadline.", Style.REGULAR, 9, Rgb.MUTED);
        } else {
            List<List<Cell>> rows = new ArrayList<>();
            for (ObligationStanding s : next.subList(0, Math.min(STATUS_ROWS, next.size()))) {
                Obligation o = s.obligation();
                rows.add(List.of(Cell.of(due(o)), new Cell(s.marginText(), Style.BOLD, TimelineChart.color(s.standing())),
                        Cell.of(o.recipientName()), Cell.of(o.jurisdiction())));
            }
            c.table(List.of(new Column("Due (local time)", 2.3f), new Column("Time", 2f), new Column("Notice to", 4.5f),
                    new Column("Where", 1f)), rows, 1);
            more(c, next.size() - STATUS_ROWS);
        }

        c.subheading("Done");
        List<ObligationStanding> given2 = r.given();
        List<SentNotice> letters = r.lettersSent();
        if (given2.isEmpty() && letters.isEmpty()) {
            c.paragraph("No notice given yet.", Style.REGULAR, 9, Rgb.MUTED);
        } else {
            // Notices given and letters sent, in the order they went out.
            List<Map.Entry<Instant, List<Cell>>> done = new ArrayList<>();
            for (ObligationStanding s : given2) {
                Obligation o = s.obligation();
                done.add(Map.entry(o.completion().doneAt(), List.of(Cell.of(when(o.completion().doneAt(), o.zone())),
                        Cell.of(o.recipientName()), Cell.of(o.jurisdiction()), Cell.of(orDash(o.completion().reference())),
                        new Cell(s.standing().label(), Style.BOLD, TimelineChart.color(s.standing())))));
            }
            for (SentNotice n : letters) {
                long people = r.peopleReached(n);
                done.add(Map.entry(n.sentAt().instant(), List.of(Cell.of(when(n.sentAt().instant(), n.sentAt().zone())),
                        Cell.of("Letters to " + count(people) + (people == 1 ? " person" : " people") + " (batch #"
                                + n.batchId().getAsLong() + ")"), Cell.of("—"), Cell.of(orDash(n.reference())),
                        new Cell("Sent", Style.BOLD, Rgb.TEXT))));
            }
            done.sort(Map.Entry.comparingByKey());
            List<List<Cell>> rows = done.subList(0, Math.min(STATUS_ROWS, done.size())).stream().map(Map.Entry::getValue)
                    .toList();
            c.table(List.of(new Column("Given", 2.3f), new Column("To", 4f), new Column("Where", 1f),
                    new Column("Reference", 2f), new Column("On time?", 1.3f)), rows, 1);
            more(c, done.size() - rows.size());
            if (!letters.isEmpty() && c.fits(12)) {
                c.text(c.left, c.y() + 8, "Letters marked sent: " + lettersSentText(r) + ".", Style.ITALIC, 8, Rgb.MUTED);
                c.moveDown(12);
            }
        }

        List<String> attention = openItemTexts(r).stream().filter(t -> !t.startsWith("Pending")).toList();
        if (!attention.isEmpty()) {
            c.subheading("Needs attention");
            int shown = 0;
            for (String item : attention) {
                if (shown == 12 || !c.fits(14)) {
                    break;
                }
                c.text(c.left + 2, c.y() + 9, "•", Style.BOLD, 9, item.startsWith("Missed") ? Rgb.RED : Rgb.BLUE);
                c.text(c.left + 12, c.y() + 9, c.fit(item, Style.REGULAR, 8.5f, c.contentWidth() - 12), Style.REGULAR, 8.5f, Rgb.TEXT);
                c.moveDown(12);
                shown++;
            }
            more(c, attention.size() - shown);
        }
    }

    private static void more(ReportCanvas c, int more) {
        if (more > 0 && c.fits(12)) {
            c.text(c.left, c.y() + 8, "… and " + more + " more in the full report.", Style.ITALIC, 8, Rgb.MUTED);
            c.moveDown(12);
        }
    }

    // ---- page header and footer ----

    private static void decorate(ReportCanvas c, TimelineReport r, String title, int number, int count) {
        float headerY = c.top - 9;
        c.text(c.left, headerY, c.fit(title + " — " + orDash(r.incident().title()), Style.REGULAR, 7, c.contentWidth() * 0.6f),
                Style.REGULAR, 7, Rgb.MUTED);
        c.textRight(c.right, headerY, "Case " + r.caseReference() + " · as of " + when(r.asOf(), r.zone()), Style.REGULAR, 7, Rgb.MUTED);
        c.line(c.left, headerY + 3, c.right, headerY + 3, 0.3f, Rgb.RULE);
        float footerY = c.bottom + 16;
        String org = r.organization().legalName();
        c.text(c.left, footerY, (org.isBlank() ? "" : org + " · ") + "Confidential: personal-data breach response"
                + (r.request().includePrivileged() ? " · CONTAINS PRIVILEGED MATERIAL" : ""), Style.REGULAR, 7,
                r.request().includePrivileged() ? Rgb.RED : Rgb.MUTED);
        c.textRight(c.right, footerY, "Page " + number + " of " + count, Style.REGULAR, 7, Rgb.MUTED);
    }

    // ---- text helpers ----

    static String when(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }

    static String due(Obligation o) {
        return when(o.due(), o.zone());
    }

    static String noticeName(Obligation o) {
        return o.recipientName() + " (" + o.jurisdiction() + ", " + o.key().ruleId() + ")";
    }

    private static String yesNo(Boolean b) {
        return b == null ? "undecided" : b ? "yes" : "no";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
