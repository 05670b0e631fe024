package com.breachdesk.ui.organization;

import com.breachdesk.organization.InventoryItem;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.session.CaseSession;
import com.breachdesk.session.DefaultProfiles;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization-profile dialog: an editable copy of the case's profile, checked field by field and
 * saved in one transaction. Optionally also stored as the default for new cases.
 */
public final class OrganizationViewModel {

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AppPreferences preferences;
    private final Map<OrganizationField, StringProperty> fields = new EnumMap<>(OrganizationField.class);
    private final ObservableList<InventoryItem> inventory = FXCollections.observableArrayList();
    private final BooleanProperty useAsDefault = new SimpleBooleanProperty();

    public OrganizationViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, AppPreferences preferences) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.preferences = preferences;
        for (OrganizationField f : OrganizationField.values()) {
            fields.put(f, new SimpleStringProperty(""));
        }
    }

    public StringProperty field(OrganizationField field) {
        return fields.get(field);
    }

    public ObservableList<InventoryItem> inventory() {
        return inventory;
    }

    public BooleanProperty useAsDefaultProperty() {
        return useAsDefault;
    }

    /** Fills the form from the open case (call before showing the dialog). */
    public void load(OrganizationProfile profile) {
        for (OrganizationField f : OrganizationField.values()) {
            fields.get(f).set(profile.values().getOrDefault(f, ""));
        }
        fields.get(OrganizationField.ESTABLISHMENTS).set(String.join(", ", profile.establishments()));
        inventory.setAll(profile.dataInventory());
        useAsDefault.set(false);
    }

    /**
     * Checks every field; returns the problems (field label → message), empty when the profile can be saved.
     */
    public Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        for (OrganizationField f : OrganizationField.values()) {
            if (f == OrganizationField.DATA_INVENTORY) {
                continue;
            }
            try {
                OrganizationProfile.normalize(f, fields.get(f).get());
            } catch (IllegalArgumentException e) {
                out.put(f.label(), e.getMessage());
            }
        }
        if (fields.get(OrganizationField.LEGAL_NAME).get().isBlank()) {
            out.put(OrganizationField.LEGAL_NAME.label(), "The legal name appears on every letter");
        }
        return out;
    }

    OrganizationProfile edited() {
        Map<OrganizationField, String> values = new EnumMap<>(OrganizationField.class);
        for (OrganizationField f : OrganizationField.values()) {
            if (f != OrganizationField.DATA_INVENTORY) {
                values.put(f, OrganizationProfile.normalize(f, fields.get(f).get()));
            }
        }
        values.put(OrganizationField.DATA_INVENTORY, OrganizationProfile.encodeInventory(List.copyOf(inventory)));
        return new OrganizationProfile(values);
    }

    /** Saves when valid; returns false (nothing saved) when {@link #problems()} is not empty. */
    public boolean save() {
        if (!problems().isEmpty()) {
            return false;
        }
        OrganizationProfile profile = edited();
        if (useAsDefault.get()) {
            DefaultProfiles.storeInPreferences(profile, preferences.get());
            preferences.save();
        }
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return true;
        }
        runner.run(() -> session.organization().replace(profile), saved -> context.changed(),
                error -> dialogs.showError("Organization profile not saved", Messages.forUser(error)));
        return true;
    }
}
