package com.breachdesk.session;

import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.preferences.Preferences;

import java.util.EnumMap;
import java.util.Map;

/** Converts between the organization profile and its copy in the user's preferences. */
public final class DefaultProfiles {

    private DefaultProfiles() {
    }

    /** The profile new cases start from; fields the preferences do not know are skipped, not guessed. */
    public static OrganizationProfile fromPreferences(Preferences preferences) {
        Map<OrganizationField, String> values = new EnumMap<>(OrganizationField.class);
        for (Map.Entry<String, String> e : preferences.defaultProfile.entrySet()) {
            for (OrganizationField f : OrganizationField.values()) {
                if (f.column().equals(e.getKey())) {
                    values.put(f, e.getValue());
                }
            }
        }
        return new OrganizationProfile(values);
    }

    public static void storeInPreferences(OrganizationProfile profile, Preferences preferences) {
        preferences.defaultProfile.clear();
        profile.values().forEach((field, value) -> preferences.defaultProfile.put(field.column(), value));
    }
}
