package com.breachdesk.ui.common;

import com.breachdesk.time.MomentInZone;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.converter.LocalDateStringConverter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Date, time and time zone in one row. A moment is always entered with its zone, because the same wall
 * time means different instants in Kyiv and in Denver, and deadlines run on instants.
 */
public final class MomentPicker extends HBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> ZONES = zones();

    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZONES));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private Runnable onCommit = () -> { };
    private boolean filling;

    public MomentPicker(ZoneId defaultZone) {
        super(6);
        // ISO dates: unambiguous across the countries a breach spans (is 03/02 March or February?).
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("yyyy-mm-dd");
        date.setPrefWidth(150);
        date.setMinWidth(140);
        time.setPromptText("hh:mm");
        time.setPrefColumnCount(4);
        time.setMinWidth(60);
        time.setTooltip(new Tooltip("24-hour time, e.g. 14:30"));
        zone.setEditable(false);
        zone.setValue(defaultZone.getId());
        zone.setPrefWidth(150);
        zone.setMinWidth(90);
        HBox.setHgrow(zone, Priority.SOMETIMES);
        getChildren().addAll(date, time, zone);
        date.valueProperty().addListener((o, a, b) -> commit());
        time.setOnAction(e -> commit());
        time.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        zone.valueProperty().addListener((o, a, b) -> commit());
    }

    public void setOnCommit(Runnable onCommit) {
        this.onCommit = onCommit;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public DatePicker datePicker() {
        return date;
    }

    public TextField timeField() {
        return time;
    }

    public ComboBox<String> zoneBox() {
        return zone;
    }

    /** Shows {@code moment} in its own zone (or clears the fields) without firing a commit. */
    public void show(Optional<MomentInZone> moment) {
        filling = true;
        try {
            if (moment.isPresent()) {
                ZonedDateTime local = moment.get().local();
                date.setValue(local.toLocalDate());
                time.setText(TIME.format(local.toLocalTime()));
                zone.setValue(moment.get().zone().getId());
            } else {
                date.setValue(null);
                time.setText("");
            }
            error.set(null);
        } finally {
            filling = false;
        }
    }

    /**
     * The entered moment; empty when the date is empty. Throws with a user-readable message when the
     * fields do not make a valid moment.
     */
    public Optional<MomentInZone> value() {
        LocalDate d = date.getValue();
        if (d == null) {
            return Optional.empty();
        }
        String t = time.getText() == null ? "" : time.getText().strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Enter a time (hh:mm) as well as the date");
        }
        LocalTime lt;
        try {
            lt = LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time; use hh:mm, e.g. 14:30", e);
        }
        return Optional.of(MomentInZone.of(ZonedDateTime.of(d, lt, ZoneId.of(zone.getValue()))));
    }

    /** Text for the view model: the stored form, or null when cleared; sets {@link #errorProperty} when invalid. */
    public Optional<String> storedValueOrError() {
        try {
            Optional<MomentInZone> v = value();
            error.set(null);
            return Optional.of(v.map(MomentInZone::encode).orElse(""));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void commit() {
        if (!filling) {
            onCommit.run();
        }
    }

    private static List<String> zones() {
        List<String> preferred = List.of("Europe/Kyiv", "UTC", "Europe/London", "Europe/Warsaw", "Europe/Berlin",
                "Europe/Paris", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles");
        List<String> out = new ArrayList<>(preferred);
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            if (id.contains("/") && !preferred.contains(id) && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                out.add(id);
            }
        }
        return out;
    }
}
