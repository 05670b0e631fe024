package com.breachdesk.rosterimport;

import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the columns of a roster file become people, saved as a named preset and recorded with each
 * import. {@code fields}: roster field id → header. Data categories come from three sources, all of
 * which apply: {@code fileCategories} for every row; the per-row column mapped to {@code categories}
 * (ids or labels separated by , ; |); and, when {@code inferCategories}, the mapped columns that are
 * non-empty (email ⇒ email) plus {@code categoryColumns}: header → category for columns that only
 * show what was exposed (a non-empty "Card number" ⇒ payment_card) and whose values are never stored.
 * {@code idNamespace} scopes external ids: ids match across imports only within one namespace.
 * {@code dateFormat} (e.g. {@code MM/dd/yyyy}) reads dates of birth that are not ISO or day.month.year.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ColumnMapping(String name, Map<String, String> fields, List<String> fileCategories,
                            Map<String, String> categoryColumns, boolean inferCategories, String idNamespace,
                            String dateFormat) {

    public static final String DEFAULT_NAMESPACE = "default";

    @JsonCreator
    public ColumnMapping(@JsonProperty("name") String name,
                         @JsonProperty("fields") Map<String, String> fields,
                         @JsonProperty("file_categories") List<String> fileCategories,
                         @JsonProperty("category_columns") Map<String, String> categoryColumns,
                         @JsonProperty("infer_categories") Boolean inferCategories,
                         @JsonProperty("id_namespace") String idNamespace,
                         @JsonProperty("date_format") String dateFormat) {
        this(name, fields, fileCategories, categoryColumns, inferCategories == null || inferCategories, idNamespace,
                dateFormat);
    }

    public ColumnMapping {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        fileCategories = fileCategories == null ? List.of() : List.copyOf(fileCategories);
        categoryColumns = categoryColumns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(categoryColumns));
        idNamespace = idNamespace == null || idNamespace.isBlank() ? DEFAULT_NAMESPACE : idNamespace.strip();
        for (String field : fields.keySet()) {
            Coded.parse(RosterField.class, field);
        }
        fileCategories.forEach(c -> Coded.parse(DataCategory.class, c));
        categoryColumns.values().forEach(c -> Coded.parse(DataCategory.class, c));
    }

    @JsonProperty("file_categories")
    public List<String> fileCategories() {
        return fileCategories;
    }

    @JsonProperty("category_columns")
    public Map<String, String> categoryColumns() {
        return categoryColumns;
    }

    @JsonProperty("infer_categories")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public boolean inferCategories() {
        return inferCategories;
    }

    @JsonProperty("id_namespace")
    public String idNamespace() {
        return idNamespace;
    }

    @JsonProperty("date_format")
    public String dateFormat() {
        return dateFormat;
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(null, Map.of(), List.of(), Map.of(), true, null, null);
    }

    /** The header mapped to a field, if any. */
    public String header(RosterField field) {
        return fields.get(field.id());
    }

    public EnumMap<RosterField, String> byField() {
        EnumMap<RosterField, String> out = new EnumMap<>(RosterField.class);
        fields.forEach((f, h) -> out.put(Coded.parse(RosterField.class, f), h));
        return out;
    }

    public Set<DataCategory> fileCategorySet() {
        Set<DataCategory> out = new TreeSet<>();
        fileCategories.forEach(c -> out.add(Coded.parse(DataCategory.class, c)));
        return out;
    }

    public ColumnMapping withName(String newName) {
        return new ColumnMapping(newName, fields, fileCategories, categoryColumns, inferCategories, idNamespace, dateFormat);
    }

    public ColumnMapping withField(RosterField field, String header) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        if (header == null || header.isBlank()) {
            f.remove(field.id());
        } else {
            f.put(field.id(), header);
        }
        return new ColumnMapping(name, f, fileCategories, categoryColumns, inferCategories, idNamespace, dateFormat);
    }

    public ColumnMapping withFileCategories(Set<DataCategory> categories) {
        List<String> ids = new ArrayList<>();
        categories.stream().sorted().forEach(c -> ids.add(c.id()));
        return new ColumnMapping(name, fields, ids, categoryColumns, inferCategories, idNamespace, dateFormat);
    }

    public ColumnMapping withCategoryColumn(String header, DataCategory category) {
        Map<String, String> c = new LinkedHashMap<>(categoryColumns);
        if (category == null) {
            c.remove(header);
        } else {
            c.put(header, category.id());
        }
        return new ColumnMapping(name, fields, fileCategories, c, inferCategories, idNamespace, dateFormat);
    }

    public ColumnMapping withInferCategories(boolean infer) {
        return new ColumnMapping(name, fields, fileCategories, categoryColumns, infer, idNamespace, dateFormat);
    }

    public ColumnMapping withIdNamespace(String namespace) {
        return new ColumnMapping(name, fields, fileCategories, categoryColumns, inferCategories, namespace, dateFormat);
    }

    public ColumnMapping withDateFormat(String format) {
        return new ColumnMapping(name, fields, fileCategories, categoryColumns, inferCategories, idNamespace,
                format == null || format.isBlank() ? null : format.strip());
    }
}
