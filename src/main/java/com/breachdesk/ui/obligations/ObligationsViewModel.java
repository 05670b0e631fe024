package com.breachdesk.ui.obligations;

import com.breachdesk.calendar.DeadlineCalendar;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The obligations board: every obligation of the open case with status, due time (local and UTC), countdown and
 * urgency; filters; the rule behind the selected row; marking a notice as given; calendar export. Refreshes after
 * every change to the case and on {@link #tick()}, and notifies once per obligation when one comes within 24 hours.
 */
public final class ObligationsViewModel {

    public static final String ALL = "All";
    static final String OPEN = "Open (required, not done)";
    private static final DateTimeFormatter ENTRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AssessorProvider assessors;
    private final ObservableList<ObligationRow> all = FXCollections.observableArrayList();
    private final FilteredList<ObligationRow> rows = new FilteredList<>(all);
    private final ObservableList<String> jurisdictions = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> recipients = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> statuses = FXCollections.observableArrayList(ALL, OPEN, "Required",
            "Not required", "Needs information", "Done");
    private final StringProperty jurisdictionFilter = new SimpleStringProperty(ALL);
    private final StringProperty recipientFilter = new SimpleStringProperty(ALL);
    private final StringProperty statusFilter = new SimpleStringProperty(ALL);
    private final ObjectProperty<ObligationRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper ruleDetails = new ReadOnlyStringWrapper("Select an obligation to see the rule behind it.");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StringProperty doneAt = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final Set<ObligationKey> notified = new HashSet<>();
    private final BooleanBinding canMarkDone;
    private Assessment latest;
    private CaseSession shownFor;

    public ObligationsViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, AssessorProvider assessors) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.assessors = assessors;
        jurisdictionFilter.addListener((o, a, b) -> applyFilter());
        recipientFilter.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> ruleDetails.set(b == null ? "Select an obligation to see the rule behind it."
                : b.ruleDetails()));
        canMarkDone = Bindings.createBooleanBinding(() -> {
            ObligationRow r = selected.get();
            return r != null && r.obligation().status() != ObligationStatus.NOT_REQUIRED && !r.obligation().done();
        }, selected);
        context.revisionProperty().addListener((o, a, b) -> reload());
        reload();
    }

    public ObservableList<ObligationRow> rows() {
        return rows;
    }

    public ObservableList<String> jurisdictions() {
        return jurisdictions;
    }

    public ObservableList<String> recipients() {
        return recipients;
    }

    public ObservableList<String> statuses() {
        return statuses;
    }

    public StringProperty jurisdictionFilterProperty() {
        return jurisdictionFilter;
    }

    public StringProperty recipientFilterProperty() {
        return recipientFilter;
    }

    public StringProperty statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<ObligationRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty ruleDetailsProperty() {
        return ruleDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** When the notice was given: "yyyy-MM-dd HH:mm" in this computer's zone, or ISO-8601 with an offset. */
    public StringProperty doneAtProperty() {
        return doneAt;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public BooleanBinding canMarkDoneProperty() {
        return canMarkDone;
    }

    /** Re-assesses the open case (stored with the rule pack version) and refreshes the board. */
    public void reload() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            latest = null;
            shownFor = null;
            all.clear();
            notified.clear();
            summary.set("");
            return;
        }
        runner.run(() -> session.assessments(assessors.get()).assessAndStore(), a -> {
            if (context.session().orElse(null) == session) {
                if (shownFor != session) {
                    notified.clear();
                    shownFor = session;
                }
                show(a);
            }
        }, error -> dialogs.showError("Cannot assess the obligations", Messages.forUser(error)));
    }

    /** Called every minute by the view: countdowns, urgency colours, the header and 24-hour notices move on. */
    public void tick() {
        if (latest != null) {
            show(latest);
        }
    }

    private void show(Assessment a) {
        latest = a;
        Instant now = assessors.clock().instant();
        ObligationKey keep = selected.get() == null ? null : selected.get().key();
        all.setAll(a.obligations().stream().map(o -> new ObligationRow(o, now)).toList());
        Set<String> js = new TreeSet<>();
        Set<String> rs = new TreeSet<>();
        all.forEach(r -> {
            js.add(r.obligation().jurisdiction());
            rs.add(r.obligation().rule().recipient().type().label());
        });
        keepOptions(jurisdictions, js, jurisdictionFilter);
        keepOptions(recipients, rs, recipientFilter);
        applyFilter();
        if (keep != null) {
            rows.stream().filter(r -> r.key().equals(keep)).findFirst().ifPresent(selected::set);
        }
        long required = all.stream().filter(r -> r.obligation().status() == ObligationStatus.REQUIRED).count();
        long open = all.stream().filter(r -> r.obligation().status() == ObligationStatus.REQUIRED && !r.obligation().done()).count();
        long info = all.stream().filter(r -> r.obligation().status() == ObligationStatus.NEEDS_INFORMATION).count();
        summary.set(required + " required (" + open + " open), " + info + " need information, rule pack " + a.rulePackVersion()
                + (a.missing().isEmpty() ? "" : ". Missing: " + String.join("; ", a.missing())));
        Optional<ObligationRow> next = a.nextDeadline().map(o -> new ObligationRow(o, now));
        context.setNextDeadline(next.map(r -> "Next deadline: " + r.obligation().rule().title() + " (" + r.obligation().jurisdiction()
                + ") " + r.dueLocal() + " — " + r.countdown()).orElse(""));
        for (ObligationRow r : all) {
            if (r.urgency() == Urgency.WITHIN_24_HOURS && notified.add(r.key())) {
                dialogs.notify("Deadline within 24 hours", r.obligation().rule().title() + " (" + r.obligation().jurisdiction()
                        + ") is due " + r.dueLocal() + " (" + r.countdown() + ").");
            }
        }
    }

    private static void keepOptions(ObservableList<String> options, Set<String> values, StringProperty filter) {
        List<String> wanted = new java.util.ArrayList<>();
        wanted.add(ALL);
        wanted.addAll(values);
        if (!options.equals(wanted)) {
            String current = filter.get();
            options.setAll(wanted);
            filter.set(wanted.contains(current) ? current : ALL);
        }
    }

    private void applyFilter() {
        String j = jurisdictionFilter.get();
        String r = recipientFilter.get();
        String s = statusFilter.get();
        rows.setPredicate(row -> (j == null || ALL.equals(j) || row.obligation().jurisdiction().equals(j))
                && (r == null || ALL.equals(r) || row.obligation().rule().recipient().type().label().equals(r))
                && matchesStatus(row, s));
    }

    private static boolean matchesStatus(ObligationRow row, String s) {
        var o = row.obligation();
        return switch (s == null ? ALL : s) {
            case OPEN -> o.status() == ObligationStatus.REQUIRED && !o.done();
            case "Required" -> o.status() == ObligationStatus.REQUIRED;
            case "Not required" -> o.status() == ObligationStatus.NOT_REQUIRED;
            case "Needs information" -> o.status() == ObligationStatus.NEEDS_INFORMATION;
            case "Done" -> o.done();
            default -> true;
        };
    }

    /** Records the selected notice as given, with when, how and the recipient's reference (audited). */
    public void markDone() {
        CaseSession session = context.session().orElse(null);
        ObligationRow row = selected.get();
        if (session == null || row == null) {
            return;
        }
        Instant when;
        try {
            when = parseWhen(doneAt.get());
        } catch (IllegalArgumentException e) {
            dialogs.showError("When was it sent?", e.getMessage());
            return;
        }
        ObligationKey key = row.key();
        String how = channel.get();
        String ref = reference.get();
        runner.run(() -> session.assessments(assessors.get()).markDone(key, when, how, ref), a -> {
            doneAt.set("");
            channel.set("");
            reference.set("");
            show(a);
            context.changed();
        }, error -> dialogs.showError("Cannot mark it as sent", Messages.forUser(error)));
    }

    private Instant parseWhen(String text) {
        if (text == null || text.isBlank()) {
            return assessors.clock().instant();
        }
        String t = text.strip();
        try {
            return ZonedDateTime.of(java.time.LocalDateTime.parse(t, ENTRY), ZoneId.systemDefault()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return MomentInZone.parseIso(t).instant();
        }
    }

    /** Saves the open deadlines as an .ics calendar the user chooses. */
    public void exportCalendar() {
        CaseSession session = context.session().orElse(null);
        if (session == null || latest == null) {
            return;
        }
        Assessment a = latest;
        Optional<Path> target = dialogs.chooseExportFile("Export deadlines as a calendar", "deadlines.ics", "ics");
        target.ifPresent(path -> runner.run(() -> {
            String ics = new DeadlineCalendar().export(session.file().caseId(), session.incident().load().title(),
                    a.obligations(), assessors.clock().instant());
            Files.writeString(path, ics, StandardCharsets.UTF_8);
            return path;
        }, p -> dialogs.notify("Calendar exported", "Deadlines saved to " + p.getFileName()),
                error -> dialogs.showError("Cannot export the calendar", Messages.forUser(error))));
    }
}
