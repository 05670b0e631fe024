package com.breachdesk.handover;

import com.breachdesk.casefile.SingleRowTable;
import com.breachdesk.casefile.StoredField;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.IncidentRecord;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.organization.OrganizationRecord;
import com.breachdesk.risk.AssessmentField;
import com.breachdesk.risk.AssessmentRecord;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A one-row record of the case (organization profile, incident, risk assessment) as an object of its stored
 * values by column name; empty fields are left out. Restored field by field, each change audited.
 */
final class RecordSection<F extends Enum<F> & StoredField> implements CaseSection {

    private final String name;
    private final SingleRowTable<F> table;
    private final Class<F> type;
    private final Function<String, F> byColumn;
    private final BiConsumer<F, String> check;

    /** {@code check} throws when a stored value could not have been written by Breachdesk (a hand-edited export). */
    RecordSection(String name, SingleRowTable<F> table, Class<F> type, Function<String, F> byColumn,
                  BiConsumer<F, String> check) {
        this.name = name;
        this.table = table;
        this.type = type;
        this.byColumn = byColumn;
        this.check = check;
    }

    static RecordSection<OrganizationField> organization() {
        return new RecordSection<>("organization", OrganizationRecord.TABLE, OrganizationField.class,
                OrganizationField::byColumn, OrganizationProfile::normalize);
    }

    static RecordSection<IncidentField> incident() {
        return new RecordSection<>("incident", IncidentRecord.TABLE, IncidentField.class, IncidentField::byColumn,
                RecordSection::checkIncident);
    }

    static RecordSection<AssessmentField> riskAssessment() {
        return new RecordSection<>("risk_assessment", AssessmentRecord.TABLE, AssessmentField.class,
                AssessmentField::byColumn, (f, v) -> { });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void checkIncident(IncidentField f, String v) {
        switch (f.kind()) {
            case MOMENT -> MomentInZone.decode(v);
            case CHOICE, CHOICES -> Coded.parseSet((Class) f.vocabulary(), v);
            case YES_NO -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("not true or false");
                }
            }
            case COUNT -> Long.parseLong(v);
            default -> { }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        Map<F, String> values = context.session().file().read(table::load);
        out.writeStartObject();
        for (F field : type.getEnumConstants()) {
            String v = values.get(field);
            if (v != null) {
                out.writeStringField(field.column(), v);
            }
        }
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        JsonNode node = in.readValueAsTree();
        Map<F, String> values = new EnumMap<>(type);
        JsonValues.textMap(node).forEach((column, value) -> {
            F field = byColumn.apply(column);
            try {
                check.accept(field, value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(column + ": '" + value + "' is not a stored value of this field ("
                        + e.getMessage() + ")", e);
            }
            values.put(field, value);
        });
        table.setAll(context.tx(), values);
    }
}
