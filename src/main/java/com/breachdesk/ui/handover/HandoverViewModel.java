package com.breachdesk.ui.handover;

import com.breachdesk.handover.CaseJsonExporter;
import com.breachdesk.handover.CaseJsonImporter;
import com.breachdesk.handover.ExportOptions;
import com.breachdesk.privilege.PrivilegeFilter;
import com.breachdesk.review.ReviewComment;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.seal.CaseSealer;
import com.breachdesk.seal.SealException;
import com.breachdesk.session.CaseSession;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Handing the case over from the File menu: export it as JSON (roster and privileged material only when chosen),
 * export a sealed copy (passphrase-encrypted case file), and open a sealed copy received from someone else as a
 * new case file.
 */
public final class HandoverViewModel {

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<Path> openCase;
    private final CaseSealer.Cost sealCost;
    private final Supplier<String> actor;

    /**
     * {@code openCase} opens a case file in this window (after a sealed copy was unsealed or an export recreated);
     * {@code actor} is the name recorded for an import when no case is open.
     */
    public HandoverViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, Clock clock,
                             Consumer<Path> openCase, CaseSealer.Cost sealCost, Supplier<String> actor) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.openCase = openCase;
        this.sealCost = sealCost;
        this.actor = actor;
    }

    private static String baseName(CaseSession session) {
        return session.path().getFileName().toString().replace(".breachcase", "");
    }

    /** Export ▸ JSON: asks what to include and where, then writes the export on the worker thread. */
    public void exportJson() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        runner.run(() -> new long[] {session.roster().count(RosterFilter.ALL),
                session.timeline().chronological().stream().filter(TimelineEntry::privileged).count(),
                session.review().allComments().stream().filter(ReviewComment::privileged).count()}, counts -> {
            Optional<ExportOptions> options = dialogs.chooseExportOptions(counts[0], counts[1], counts[2]);
            if (options.isEmpty()) {
                return;
            }
            dialogs.chooseExportFile("Export the case as JSON", baseName(session) + ".json", "json").ifPresent(path ->
                    runner.run(() -> CaseJsonExporter.standard().export(session, options.get(), path, clock),
                            result -> dialogs.notify("Case exported", "Saved to " + result.file().getFileName()
                                    + left(result.excluded())),
                            error -> dialogs.showError("Cannot export the case", Messages.forUser(error))));
        }, error -> dialogs.showError("Cannot export the case", Messages.forUser(error)));
    }

    private static String left(Map<String, Long> excluded) {
        long privileged = excluded.getOrDefault(PrivilegeFilter.PRIVILEGED_TIMELINE_ENTRIES, 0L);
        long comments = excluded.getOrDefault(PrivilegeFilter.PRIVILEGED_REVIEW_COMMENTS, 0L);
        long people = excluded.getOrDefault("roster_people", 0L);
        StringBuilder out = new StringBuilder();
        if (privileged > 0) {
            out.append("; ").append(privileged).append(" privileged timeline entries left out");
        }
        if (comments > 0) {
            out.append("; ").append(comments).append(comments == 1 ? " privileged review comment" : " privileged review comments")
                    .append(" left out");
        }
        if (people > 0) {
            out.append("; roster of ").append(people).append(" people left out");
        }
        return out.toString();
    }

    /** Export ▸ sealed copy: the case file encrypted with a passphrase into one file. */
    public void exportSealed() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseExportFile("Export a sealed copy", baseName(session) + CaseSealer.EXTENSION,
                CaseSealer.EXTENSION.substring(1));
        if (target.isEmpty()) {
            return;
        }
        Optional<char[]> passphrase = dialogs.askPassphrase("Seal the case", "Choose a passphrase. Give it to the "
                + "recipient another way than the file (by phone, not in the same email).", true);
        if (passphrase.isEmpty()) {
            return;
        }
        char[] secret = passphrase.get();
        runner.run(() -> {
            try {
                new CaseSealer(sealCost).seal(session.file(), target.get(), secret);
                return target.get();
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, path -> dialogs.notify("Sealed copy saved", "Saved to " + path.getFileName()),
                error -> dialogs.showError("Cannot seal the case", Messages.forUser(error)));
    }

    /** Open ▸ case export (JSON): recreates the case in a new case file the user names, then opens it. */
    public void openJson() {
        Optional<Path> json = dialogs.chooseFileToOpen("Open a case export (JSON)", "json");
        if (json.isEmpty()) {
            return;
        }
        dialogs.chooseNewCaseFile(json.get().toAbsolutePath().getParent()).ifPresent(target -> runner.run(() -> {
            CaseJsonImporter.standard().importCase(json.get(), target, context.session().map(s -> s.file().actor())
                    .orElseGet(actor), clock);
            return target;
        }, openCase, error -> dialogs.showError("Cannot open the case export", Messages.forUser(error))));
    }

    /** Open ▸ sealed copy: decrypts into a new case file the user names, then opens it. */
    public void openSealed() {
        Optional<Path> sealed = dialogs.chooseFileToOpen("Open a sealed copy", CaseSealer.EXTENSION.substring(1));
        if (sealed.isEmpty()) {
            return;
        }
        Optional<char[]> passphrase = dialogs.askPassphrase("Open the sealed copy", "Enter the passphrase you were given "
                + "for " + sealed.get().getFileName() + ".", false);
        if (passphrase.isEmpty()) {
            return;
        }
        char[] secret = passphrase.get();
        Path folder = sealed.get().toAbsolutePath().getParent();
        Optional<Path> target = dialogs.chooseNewCaseFile(folder);
        if (target.isEmpty()) {
            Arrays.fill(secret, '\0');
            return;
        }
        runner.run(() -> {
            try {
                CaseSealer.unseal(sealed.get(), target.get(), secret);
                return target.get();
            } catch (SealException e) {
                throw new IllegalArgumentException(e.getMessage(), e); // already in the user's terms
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, openCase, error -> dialogs.showError("Cannot open the sealed copy", Messages.forUser(error)));
    }
}
