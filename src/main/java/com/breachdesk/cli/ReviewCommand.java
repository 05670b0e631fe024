package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.delivery.SendChannel;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.review.DraftDiff;
import com.breachdesk.review.DraftVersion;
import com.breachdesk.review.LegalReview;
import com.breachdesk.review.Paragraphs;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "review", description = "Legal review of the letters a case sends: drafts of templates, versions, "
        + "comments, approval; and marking notices as sent with evidence.",
        subcommands = {ReviewCommand.ListDrafts.class, ReviewCommand.Create.class, ReviewCommand.Show.class,
                ReviewCommand.ParagraphsOf.class, ReviewCommand.Edit.class, ReviewCommand.Diff.class,
                ReviewCommand.CommentCommand.class, ReviewCommand.Submit.class, ReviewCommand.RequestChanges.class,
                ReviewCommand.Approve.class, ReviewCommand.MarkSent.class, ReviewCommand.Sent.class,
                ReviewCommand.EvidenceOut.class})
final class ReviewCommand {

    @ParentCommand
    BreachdeskCli cli;

    /** Shared: the case file and the open session. */
    abstract static class OnCase implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "CASE")
        Path file;

        abstract BreachdeskCli cli();

        abstract Object run(CaseSession session) throws Exception;

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = cli().open(file)) {
                JsonOutput.print(cli().out(), run(session));
            }
            return 0;
        }
    }

    /** Shared: a case and a template id. */
    abstract static class OnDraft extends OnCase {

        @ParentCommand
        ReviewCommand parent;

        @Parameters(index = "1", paramLabel = "TEMPLATE", description = "Template id, e.g. us-ca-individual")
        String template;

        @Override
        BreachdeskCli cli() {
            return parent.cli;
        }
    }

    @Command(name = "list", description = "Every draft of the case with its state and versions.")
    static final class ListDrafts extends OnCase {
        @ParentCommand
        ReviewCommand parent;

        @Override
        BreachdeskCli cli() {
            return parent.cli;
        }

        @Override
        Object run(CaseSession session) {
            return session.review().drafts().stream().map(d -> (Object) ReviewJson.draft(d)).toList();
        }
    }

    @Command(name = "create", description = "Make the case's draft of a template (shipped or your own): version 1 is "
            + "the template's text as it is now.")
    static final class Create extends OnDraft {
        @Override
        Object run(CaseSession session) {
            LetterWiring wiring = new LetterWiring(cli());
            wiring.reportProblems(cli().err());
            return ReviewJson.draft(session.review().create(wiring.catalog.require(template)));
        }
    }

    @Command(name = "show", description = "A draft: its versions, comments, approvals and history; --text prints the "
            + "words of one version.")
    static final class Show extends OnDraft {
        @Option(names = "--version", paramLabel = "N", description = "With --text: this version (default the newest).")
        Integer version;

        @Option(names = "--text", description = "Print the text of the version.")
        boolean text;

        @Override
        Object run(CaseSession session) {
            LegalReview review = session.review();
            Map<String, Object> m = new LinkedHashMap<>(ReviewJson.draft(review.draft(template)
                    .orElseThrow(() -> new IllegalArgumentException("This case has no draft of '" + template + "'"))));
            m.put("versions", review.versions(template).stream().map(v -> (Object) ReviewJson.version(v, false)).toList());
            m.put("comments", review.comments(template).stream().map(c -> (Object) ReviewJson.comment(c)).toList());
            m.put("approvals", review.approvals(template).stream().map(a -> (Object) ReviewJson.approval(a)).toList());
            m.put("history", review.history(template).stream().map(e -> (Object) ReviewJson.event(e)).toList());
            if (text) {
                DraftVersion v = version == null ? review.latest(template) : review.version(template, version);
                m.put("text_version", v.version());
                m.put("text", v.text());
            }
            return m;
        }
    }

    @Command(name = "paragraphs", description = "The paragraphs of a version, numbered as comments refer to them.")
    static final class ParagraphsOf extends OnDraft {
        @Option(names = "--version", paramLabel = "N", description = "Default: the newest version.")
        Integer version;

        @Override
        Object run(CaseSession session) {
            DraftVersion v = version == null ? session.review().latest(template) : session.review().version(template, version);
            List<Object> out = new ArrayList<>();
            List<String> paragraphs = Paragraphs.of(v.text());
            for (int i = 0; i < paragraphs.size(); i++) {
                out.add(Map.of("paragraph", i, "text", paragraphs.get(i)));
            }
            return out;
        }
    }

    @Command(name = "edit", description = "Save a new version from a file (the whole template: front matter and body). "
            + "An approved draft stays approved until the new version is approved.")
    static final class Edit extends OnDraft {
        @Option(names = "--file", required = true, paramLabel = "FILE.md")
        Path text;

        @Option(names = "--note", paramLabel = "TEXT", description = "What changed and why.")
        String note;

        @Override
        Object run(CaseSession session) throws IOException {
            if (!Files.isRegularFile(text)) {
                throw new IllegalArgumentException(text + " does not exist");
            }
            return ReviewJson.version(session.review().edit(template, Files.readString(text, StandardCharsets.UTF_8), note),
                    false);
        }
    }

    @Command(name = "diff", description = "Word-level differences between two versions: one row per line, removed words "
            + "as [-...-] and added words as {+...+} in \"marked\".")
    static final class Diff extends OnDraft {
        @Option(names = "--from", required = true, paramLabel = "N")
        int from;

        @Option(names = "--to", required = true, paramLabel = "N")
        int to;

        @Option(names = "--changes-only", description = "Leave out unchanged lines.")
        boolean changesOnly;

        @Override
        Object run(CaseSession session) {
            DraftDiff diff = session.review().diff(template, from, to);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("template_id", template);
            m.put("from", from);
            m.put("to", to);
            m.put("changed_rows", diff.changes());
            m.put("rows", diff.rows().stream().filter(r -> !changesOnly || r.kind() != DraftDiff.Kind.EQUAL)
                    .map(r -> (Object) ReviewJson.diffRow(r)).toList());
            return m;
        }
    }

    @Command(name = "comment", description = "Comment on a paragraph, or resolve a comment.",
            subcommands = {CommentCommand.Add.class, CommentCommand.Resolve.class})
    static final class CommentCommand {
        @ParentCommand
        ReviewCommand parent;

        @Command(name = "add", description = "Comment on paragraph N of the newest version (see: review paragraphs).")
        static final class Add extends OnCase {
            @ParentCommand
            CommentCommand group;

            @Parameters(index = "1", paramLabel = "TEMPLATE")
            String template;

            @Option(names = "--paragraph", required = true, paramLabel = "N")
            int paragraph;

            @Option(names = "--text", required = true, paramLabel = "TEXT")
            String text;

            @Option(names = "--quote", paramLabel = "WORDS", description = "A passage of the paragraph to point at "
                    + "(default: its opening words).")
            String quote;

            @Option(names = "--privileged", description = "Legal privilege: left out of exports and reports unless "
                    + "they are asked to include it.")
            boolean privileged;

            @Override
            BreachdeskCli cli() {
                return group.parent.cli;
            }

            @Override
            Object run(CaseSession session) {
                return ReviewJson.comment(session.review().comment(template, paragraph, quote, text, privileged));
            }
        }

        @Command(name = "resolve", description = "Mark a comment as dealt with.")
        static final class Resolve extends OnCase {
            @ParentCommand
            CommentCommand group;

            @Parameters(index = "1", paramLabel = "COMMENT_ID")
            long id;

            @Override
            BreachdeskCli cli() {
                return group.parent.cli;
            }

            @Override
            Object run(CaseSession session) {
                return ReviewJson.comment(session.review().resolve(id));
            }
        }
    }

    @Command(name = "submit", description = "Send the newest version to legal review.")
    static final class Submit extends OnDraft {
        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Override
        Object run(CaseSession session) {
            return ReviewJson.version(session.review().submit(template, note), false);
        }
    }

    @Command(name = "request-changes", description = "Send the version in review back to its author.")
    static final class RequestChanges extends OnDraft {
        @Option(names = "--note", paramLabel = "TEXT", description = "What to change.")
        String note;

        @Override
        Object run(CaseSession session) {
            return ReviewJson.version(session.review().requestChanges(template, note), false);
        }
    }

    @Command(name = "approve", description = "Approve the version in review (refused while comments are unresolved); "
            + "records name, role, time and the SHA-256 of the approved text.")
    static final class Approve extends OnDraft {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who approves.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "e.g. counsel, DPO")
        String role;

        @Override
        Object run(CaseSession session) {
            return ReviewJson.approval(session.review().approve(template, name, role));
        }
    }

    @Command(name = "mark-sent", description = "Mark a FINAL letter batch (its roster people become 'sent') or the "
            + "notice for one obligation as sent, with the evidence kept inside the case.")
    static final class MarkSent extends OnCase {
        @ParentCommand
        ReviewCommand parent;

        @Option(names = "--batch", paramLabel = "ID", description = "A letter batch id (see the letters output).")
        Long batch;

        @Option(names = "--obligation", paramLabel = "RULE_ID", description = "e.g. eu-eprivacy-611-initial")
        String obligation;

        @Option(names = "--jurisdiction", paramLabel = "J", description = "With --obligation, e.g. PL")
        String jurisdiction;

        @Option(names = "--channel", required = true, paramLabel = "C", description = "post, email or portal")
        String channel;

        @Option(names = "--at", paramLabel = "ISO", description = "When it was sent (default: now), with offset or zone.")
        String at;

        @Option(names = "--reference", paramLabel = "REF", description = "The recipient's or carrier's reference.")
        String reference;

        @Option(names = "--evidence", paramLabel = "FILE", description = "Receipt to attach into the case.")
        Path evidence;

        @Override
        BreachdeskCli cli() {
            return parent.cli;
        }

        @Override
        Object run(CaseSession session) {
            if ((batch == null) == (obligation == null)) {
                throw new IllegalArgumentException("Give either --batch ID or --obligation RULE_ID --jurisdiction J");
            }
            SendChannel how = Coded.parse(SendChannel.class, channel.toLowerCase(Locale.ROOT));
            MomentInZone when = at == null ? new MomentInZone(cli().clock.instant(), java.time.ZoneId.systemDefault())
                    : MomentInZone.parseIso(at);
            Optional<NoticeDelivery.Evidence> file = Optional.ofNullable(evidence).map(NoticeDelivery.Evidence::read);
            if (batch != null) {
                NoticeDelivery.BatchSent sent = session.delivery().markBatchSent(batch, when, how, reference, file);
                Map<String, Object> m = new LinkedHashMap<>(ReviewJson.sent(sent.notice()));
                m.put("letters", sent.letters());
                m.put("letters_status_unchanged", sent.statusUnchanged());
                return m;
            }
            if (jurisdiction == null) {
                throw new IllegalArgumentException("--obligation needs --jurisdiction (e.g. PL)");
            }
            Assessor assessor = new Assessor(cli().rulePack(), cli().holidays(), cli().clock);
            SentNotice sent = session.delivery().markObligationSent(session.assessments(assessor),
                    new ObligationKey(obligation, jurisdiction.toUpperCase(Locale.ROOT)), when, how, reference, file);
            return ReviewJson.sent(sent);
        }
    }

    @Command(name = "sent", description = "Every notice marked as sent, with its evidence.")
    static final class Sent extends OnCase {
        @ParentCommand
        ReviewCommand parent;

        @Override
        BreachdeskCli cli() {
            return parent.cli;
        }

        @Override
        Object run(CaseSession session) {
            return session.delivery().sent().stream().map(n -> (Object) ReviewJson.sent(n)).toList();
        }
    }

    @Command(name = "evidence", description = "Write an evidence file out of the case.")
    static final class EvidenceOut extends OnCase {
        @ParentCommand
        ReviewCommand parent;

        @Parameters(index = "1", paramLabel = "EVIDENCE_ID")
        long id;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        BreachdeskCli cli() {
            return parent.cli;
        }

        @Override
        Object run(CaseSession session) throws IOException {
            Path written = session.delivery().exportEvidence(id, out);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", written.toString());
            m.put("bytes", Files.size(written));
            return m;
        }
    }
}
