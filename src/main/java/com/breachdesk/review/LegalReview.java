package com.breachdesk.review;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseTransaction;
import com.breachdesk.letters.template.LetterTemplate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Legal review of the letters a case sends: the case's drafts of templates, their versions, comments, approvals
 * and history. Every step is one audited transaction; a refused step (see {@link ReviewState}) changes nothing.
 */
public final class LegalReview implements AuditedState {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DRAFT = "review_draft";
    static final String VERSION = "review_version";
    static final String COMMENT = "review_comment";
    static final String APPROVAL = "review_approval";

    private final CaseFile caseFile;
    private final Clock clock;

    public LegalReview(CaseFile caseFile, Clock clock) {
        this.caseFile = caseFile;
        this.clock = clock;
    }

    // ---- reading

    public List<Draft> drafts() {
        return caseFile.read(DraftStore::drafts);
    }

    public Optional<Draft> draft(String templateId) {
        return caseFile.read(c -> DraftStore.draft(c, templateId));
    }

    public List<DraftVersion> versions(String templateId) {
        return caseFile.read(c -> DraftStore.versions(c, require(c, templateId).id()));
    }

    public DraftVersion version(String templateId, int version) {
        return caseFile.read(c -> requireVersion(c, require(c, templateId), version));
    }

    public DraftVersion latest(String templateId) {
        return caseFile.read(c -> {
            Draft d = require(c, templateId);
            return requireVersion(c, d, d.latestVersion());
        });
    }

    /** The approved version and its approval, if one is approved. */
    public Optional<ApprovedDraft> approved(String templateId) {
        return caseFile.read(c -> {
            Optional<Draft> d = DraftStore.draft(c, templateId);
            if (d.isEmpty() || d.get().approvedVersion().isEmpty()) {
                return Optional.empty();
            }
            int v = d.get().approvedVersion().getAsInt();
            DraftVersion version = requireVersion(c, d.get(), v);
            Approval approval = DraftStore.approvals(c, d.get().id()).stream().filter(a -> a.version() == v)
                    .findFirst().orElseThrow(() -> new IllegalStateException(version.label() + " is approved but has no approval record"));
            return Optional.of(new ApprovedDraft(version, approval));
        });
    }

    public List<ReviewComment> comments(String templateId) {
        return caseFile.read(c -> CommentStore.ofDraft(c, require(c, templateId).id()));
    }

    /** Every comment on every draft, in the order they were made. */
    public List<ReviewComment> allComments() {
        return caseFile.read(CommentStore::all);
    }

    public List<ReviewEvent> history(String templateId) {
        return caseFile.read(c -> DraftStore.events(c, require(c, templateId).id()));
    }

    public List<Approval> approvals(String templateId) {
        return caseFile.read(c -> DraftStore.approvals(c, require(c, templateId).id()));
    }

    /** Word-level differences between two versions of a draft. */
    public DraftDiff diff(String templateId, int from, int to) {
        return caseFile.read(c -> {
            Draft d = require(c, templateId);
            return DraftDiff.between(requireVersion(c, d, from).text(), requireVersion(c, d, to).text());
        });
    }

    /** The check final letter batches run: each template they use needs an approved draft in this case. */
    public ReviewApprovals approvalCheck() {
        return new ReviewApprovals(this);
    }

    // ---- changing

    /** Makes the case's draft of {@code template}: version 1 is the template's text as it is now. */
    public Draft create(LetterTemplate template) {
        String text = normalized(template.text());
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            Optional<Draft> existing = DraftStore.draft(c, template.id());
            if (existing.isPresent()) {
                throw new ReviewRefusedException("This case already has a draft of " + template.id() + " ("
                        + existing.get().label() + ", " + existing.get().state().label().toLowerCase(Locale.ROOT)
                        + "); edit that draft instead");
            }
            Instant now = now();
            String origin = template.origin().name().toLowerCase(Locale.ROOT);
            long id = DraftStore.insertDraft(c, template.id(), origin, template.version(), template.sha256(), tx.actor(), now);
            String note = "copied from the " + origin + " template " + template.header().label();
            newVersion(tx, id, template.id(), 1, text, note, now);
            tx.audit(new AuditChange("create_draft", DRAFT, template.id(), "origin", null,
                    originText(origin, template.version(), template.sha256())));
            return DraftStore.draft(c, template.id()).orElseThrow();
        });
    }

    /**
     * Saves edited text as a new version in draft. Allowed while the newest version is a draft, has changes
     * requested, or is approved (the approved version stays approved until a newer one is approved). The text
     * must still be a template that loads, with the same id.
     */
    public DraftVersion edit(String templateId, String newText, String note) {
        String text = normalized(newText == null ? "" : newText);
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            Draft d = require(c, templateId);
            DraftVersion latest = requireVersion(c, d, d.latestVersion());
            d.state().after(ReviewAction.EDIT, latest.label());
            if (latest.text().equals(text)) {
                throw new ReviewRefusedException("Nothing changed in " + latest.label() + "; no new version was made");
            }
            LetterTemplate parsed = LetterTemplate.parse(text, latest.label(), LetterTemplate.Origin.USER);
            if (!parsed.id().equals(templateId)) {
                throw new ReviewRefusedException("A draft keeps its template id: the front matter says '" + parsed.id()
                        + "' but this is the draft of '" + templateId + "'");
            }
            int version = d.latestVersion() + 1;
            newVersion(tx, d.id(), templateId, version, text, blankToNull(note), now());
            return DraftStore.version(c, d.id(), version).orElseThrow();
        });
    }

    /** Sends the newest version to legal. */
    public DraftVersion submit(String templateId, String note) {
        return move(templateId, ReviewAction.SUBMIT, note);
    }

    /** Legal sends the newest version back; it can then be edited (a new version) or submitted again. */
    public DraftVersion requestChanges(String templateId, String note) {
        return move(templateId, ReviewAction.REQUEST_CHANGES, note);
    }

    /**
     * Approves the version in review: records approver, role, time and the SHA-256 of its text. Refused while any
     * comment on the draft is unresolved. An earlier approved version becomes superseded.
     */
    public Approval approve(String templateId, String approverName, String approverRole) {
        String name = blankToNull(approverName);
        String role = blankToNull(approverRole);
        if (name == null || role == null) {
            throw new IllegalArgumentException("An approval needs the approver's name and role (e.g. counsel)");
        }
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            Draft d = require(c, templateId);
            DraftVersion latest = requireVersion(c, d, d.latestVersion());
            ReviewState next = d.state().after(ReviewAction.APPROVE, latest.label());
            List<ReviewComment> open = CommentStore.ofDraft(c, d.id()).stream().filter(x -> !x.resolved()).toList();
            if (!open.isEmpty()) {
                throw new ReviewRefusedException(latest.label() + " cannot be approved: " + open.size() + " comment"
                        + (open.size() == 1 ? " is" : "s are") + " unresolved ("
                        + open.stream().map(x -> "#" + x.id()).collect(Collectors.joining(", ")) + "). Resolve them first.");
            }
            Instant now = now();
            if (d.approvedVersion().isPresent()) {
                int old = d.approvedVersion().getAsInt();
                ReviewState superseded = ReviewState.APPROVED.after(ReviewAction.SUPERSEDE, Draft.label(templateId, old));
                changeState(tx, d.id(), templateId, old, ReviewState.APPROVED, superseded, ReviewAction.SUPERSEDE,
                        "superseded by v" + latest.version(), now);
            }
            String sha = TextDigest.sha256(latest.text());
            Approval approval = new Approval(templateId, latest.version(), name, role, now, sha, tx.actor());
            DraftStore.insertApproval(c, d.id(), approval);
            changeState(tx, d.id(), templateId, latest.version(), d.state(), next, ReviewAction.APPROVE,
                    "approved by " + name + " (" + role + ")", now);
            tx.audit(new AuditChange("approve", APPROVAL, versionId(templateId, latest.version()), "approval", null,
                    approvalText(approval)));
            return approval;
        });
    }

    /**
     * Comments on paragraph {@code paragraph} (0-based, see {@link Paragraphs}) of the newest version. {@code quote}
     * is a short passage of that paragraph (blank = its opening words). The author is the user of the app.
     */
    public ReviewComment comment(String templateId, int paragraph, String quote, String text, boolean privileged) {
        String body = blankToNull(text);
        if (body == null) {
            throw new IllegalArgumentException("A comment needs text");
        }
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            Draft d = require(c, templateId);
            DraftVersion latest = requireVersion(c, d, d.latestVersion());
            List<String> paragraphs = Paragraphs.of(latest.text());
            if (paragraph < 0 || paragraph >= paragraphs.size()) {
                throw new IllegalArgumentException(latest.label() + " has paragraphs 0 to " + (paragraphs.size() - 1)
                        + "; there is no paragraph " + paragraph);
            }
            String anchor = quote == null || quote.isBlank() ? Paragraphs.openingOf(paragraphs.get(paragraph))
                    : Paragraphs.folded(quote);
            if (!Paragraphs.folded(paragraphs.get(paragraph)).contains(anchor.replace("…", ""))) {
                throw new IllegalArgumentException("\"" + anchor + "\" is not in paragraph " + paragraph + " of "
                        + latest.label());
            }
            Instant now = now();
            long id = CommentStore.insert(c, d.id(), latest.version(), paragraph, anchor, body, tx.actor(), now, privileged);
            ReviewComment made = CommentStore.find(c, id).orElseThrow();
            tx.audit(new AuditChange("comment", COMMENT, Long.toString(id), "comment", null, commentText(templateId, made)));
            return made;
        });
    }

    /** Marks a comment as dealt with (by the user of the app, now). */
    public ReviewComment resolve(long commentId) {
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            ReviewComment comment = CommentStore.find(c, commentId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no comment #" + commentId));
            if (comment.resolved()) {
                throw new ReviewRefusedException("Comment #" + commentId + " was already resolved by "
                        + comment.resolvedBy() + " at " + comment.resolvedAt());
            }
            Instant now = now();
            CommentStore.resolve(c, commentId, tx.actor(), now);
            tx.audit(AuditChange.fieldChange(COMMENT, Long.toString(commentId), "resolved", null,
                    resolvedText(tx.actor(), now)));
            return CommentStore.find(c, commentId).orElseThrow();
        });
    }

    /**
     * Puts back a draft exactly as another case recorded it (ids, versions and their states, history, approvals,
     * comments and their resolution), in the caller's transaction: for recreating a case from an export. Audited
     * value by value, so the new case's trail accounts for everything {@link #collect} reports. Refuses a version
     * whose words do not match its SHA-256, or an approval of other words than the version's.
     */
    public static void restore(CaseTransaction tx, DraftRecord d) throws SQLException {
        Connection c = tx.connection();
        DraftStore.restoreDraft(c, d);
        tx.audit(new AuditChange("create_draft", DRAFT, d.templateId(), "origin", null,
                originText(d.origin(), d.originVersion(), d.originSha256())));
        Map<Integer, String> shaOf = new LinkedHashMap<>();
        for (DraftVersion v : d.versions()) {
            String sha = TextDigest.sha256(v.text());
            if (!sha.equals(v.sha256())) {
                throw new IllegalArgumentException(v.label() + ": \"sha256\" does not match the version's text"
                        + " (the text was changed after it was exported)");
            }
            DraftStore.insertVersion(c, d.id(), v.version(), v.text(), v.sha256(), v.note(), v.createdBy(),
                    v.createdAt(), v.state());
            String id = versionId(d.templateId(), v.version());
            tx.audit(new AuditChange("new_version", VERSION, id, "sha256", null, sha));
            tx.audit(AuditChange.fieldChange(VERSION, id, "state", null, v.state().id()));
            shaOf.put(v.version(), sha);
        }
        for (ReviewEvent e : d.history()) {
            DraftStore.restoreEvent(c, d.id(), e);
        }
        for (Approval a : d.approvals()) {
            if (!a.sha256().equals(shaOf.get(a.version()))) {
                throw new IllegalArgumentException(Draft.label(d.templateId(), a.version()) + ": the approval's"
                        + " \"sha256\" is not that of the version's text");
            }
            DraftStore.insertApproval(c, d.id(), a);
            tx.audit(new AuditChange("approve", APPROVAL, versionId(d.templateId(), a.version()), "approval", null,
                    approvalText(a)));
        }
        for (ReviewComment x : d.comments()) {
            CommentStore.restore(c, x);
            String id = Long.toString(x.id());
            tx.audit(new AuditChange("comment", COMMENT, id, "comment", null, commentText(d.templateId(), x)));
            if (x.resolved()) {
                tx.audit(AuditChange.fieldChange(COMMENT, id, "resolved", null, resolvedText(x.resolvedBy(), x.resolvedAt())));
            }
        }
    }

    // ---- internals

    private DraftVersion move(String templateId, ReviewAction action, String note) {
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            Draft d = require(c, templateId);
            DraftVersion latest = requireVersion(c, d, d.latestVersion());
            ReviewState next = d.state().after(action, latest.label());
            changeState(tx, d.id(), templateId, latest.version(), d.state(), next, action, blankToNull(note), now());
            return DraftStore.version(c, d.id(), latest.version()).orElseThrow();
        });
    }

    private void newVersion(CaseTransaction tx, long draftId, String templateId, int version, String text, String note,
                            Instant at) throws SQLException {
        Connection c = tx.connection();
        String sha = TextDigest.sha256(text);
        DraftStore.insertVersion(c, draftId, version, text, sha, note, tx.actor(), at, ReviewState.DRAFT);
        DraftStore.insertEvent(c, draftId, version, ReviewAction.EDIT, null, ReviewState.DRAFT, note, tx.actor(), at);
        String id = versionId(templateId, version);
        tx.audit(new AuditChange("new_version", VERSION, id, "sha256", null, sha));
        tx.audit(AuditChange.fieldChange(VERSION, id, "state", null, ReviewState.DRAFT.id()));
    }

    private static void changeState(CaseTransaction tx, long draftId, String templateId, int version, ReviewState from,
                                    ReviewState to, ReviewAction action, String note, Instant at) throws SQLException {
        DraftStore.setState(tx.connection(), draftId, version, to);
        DraftStore.insertEvent(tx.connection(), draftId, version, action, from, to, note, tx.actor(), at);
        tx.audit(new AuditChange(action.id(), VERSION, versionId(templateId, version), "state", from.id(), to.id()));
    }

    private static Draft require(Connection c, String templateId) throws SQLException {
        return DraftStore.draft(c, templateId).orElseThrow(() -> new IllegalArgumentException(
                "This case has no draft of '" + templateId + "'. Create one from the template first."));
    }

    private static DraftVersion requireVersion(Connection c, Draft d, int version) throws SQLException {
        return DraftStore.version(c, d.id(), version).orElseThrow(() -> new IllegalArgumentException(
                d.templateId() + " has versions 1 to " + d.latestVersion() + "; there is no version " + version));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String normalized(String text) {
        String t = text.replace("\r\n", "\n");
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String versionId(String templateId, int version) {
        return templateId + " v" + version;
    }

    private static String originText(String origin, int version, String sha256) {
        return origin + " v" + version + " sha256 " + sha256;
    }

    private static String approvalText(Approval a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("approver", a.approverName());
        m.put("role", a.approverRole());
        m.put("approved_at", a.approvedAt().toString());
        m.put("sha256", a.sha256());
        return json(m);
    }

    /** A comment as the audit trail records it; a privileged comment's words are recorded only as their hash. */
    private static String commentText(String templateId, ReviewComment x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("draft", versionId(templateId, x.version()));
        m.put("paragraph", x.paragraph());
        m.put("author", x.author());
        m.put("at", x.createdAt().toString());
        m.put("privileged", x.privileged());
        m.put("quote", x.privileged() ? "sha256:" + TextDigest.sha256(x.quote()) : x.quote());
        m.put("text", x.privileged() ? "sha256:" + TextDigest.sha256(x.text()) : x.text());
        return json(m);
    }

    private static String resolvedText(String by, Instant at) {
        return by + " at " + at;
    }

    private static String json(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void collect(Connection c, Map<String, String> into) throws SQLException {
        Map<Long, String> templateOf = new LinkedHashMap<>();
        for (Draft d : DraftStore.drafts(c)) {
            templateOf.put(d.id(), d.templateId());
            into.put(AuditedState.key(DRAFT, d.templateId(), "origin"),
                    originText(d.origin(), d.originVersion(), d.originSha256()));
        }
        for (DraftVersion v : DraftStore.allVersions(c)) {
            String id = versionId(v.templateId(), v.version());
            // The hash of the stored words, not the stored hash: changed words show up as a mismatch.
            into.put(AuditedState.key(VERSION, id, "sha256"), TextDigest.sha256(v.text()));
            into.put(AuditedState.key(VERSION, id, "state"), v.state().id());
        }
        for (Approval a : DraftStore.allApprovals(c)) {
            into.put(AuditedState.key(APPROVAL, versionId(a.templateId(), a.version()), "approval"), approvalText(a));
        }
        for (ReviewComment x : CommentStore.all(c)) {
            String id = Long.toString(x.id());
            into.put(AuditedState.key(COMMENT, id, "comment"), commentText(templateOf.get(x.draftId()), x));
            if (x.resolved()) {
                into.put(AuditedState.key(COMMENT, id, "resolved"), resolvedText(x.resolvedBy(), x.resolvedAt()));
            }
        }
    }
}
