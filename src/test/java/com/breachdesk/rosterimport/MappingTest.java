package com.breachdesk.rosterimport;

import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" maps to {1}")
    @CsvSource(delimiter = '|', value = {
            "E-mail|email", "Email Address|email", "Ел. пошта|email", "Електронна пошта|email", "e-mail адреса|email",
            "State|region", "Province|region", "Region|region", "Область|region", "Country|country", "Країна|country",
            "ZIP Code|postal_code", "Поштовий індекс|postal_code", "ПІБ|full_name", "Full Name|full_name",
            "Прізвище|last_name", "First Name|first_name", "Ім'я|first_name", "Телефон|phone", "Mobile|phone",
            "Date of Birth|date_of_birth", "Дата народження|date_of_birth", "Customer ID|external_id",
            "Особовий рахунок|external_id", "Address Line 1|street_1", "Адреса|street_1", "Місто|city",
            "Preferred Language|language", "Мова|language", "Data categories|categories"})
    void suggestsAFieldFromEnglishAndUkrainianHeaders(String header, String field) {
        ColumnMapping m = MappingSuggester.suggest(List.of(header));
        assertThat(m.fields()).containsEntry(field, header);
    }

    @Test
    void suggestsCategoryColumnsWhoseValuesAreNeverStored() {
        ColumnMapping m = MappingSuggester.suggest(List.of("Email", "Card Number", "SSN", "IP address", "Notes"));
        assertThat(m.categoryColumns()).containsEntry("Card Number", "payment_card").containsEntry("SSN", "ssn")
                .containsEntry("IP address", "ip_address").doesNotContainKey("Notes");
    }

    @Test
    void prefersFirstAndLastNameOverAGenericNameColumn() {
        ColumnMapping m = MappingSuggester.suggest(List.of("Name", "First name", "Last name"));
        assertThat(m.fields()).doesNotContainKey("full_name").containsEntry("first_name", "First name");
    }

    @Test
    void aSavedPresetLoadsBackTheSame() throws Exception {
        MappingPresets presets = new MappingPresets(dir);
        ColumnMapping mapping = MappingSuggester.suggest(List.of("E-mail", "Країна", "Card number"))
                .withFileCategories(Set.of(DataCategory.CALL_METADATA)).withIdNamespace("crm").withDateFormat("MM/dd/yyyy")
                .withInferCategories(false);

        ColumnMapping saved = presets.save("SMART-POINT CRM", mapping);

        assertThat(presets.names()).containsExactly("SMART-POINT CRM");
        assertThat(presets.load("SMART-POINT CRM")).contains(saved);
        assertThat(saved.name()).isEqualTo("SMART-POINT CRM");
        assertThat(saved.fields()).isEqualTo(mapping.fields());
        assertThat(saved.inferCategories()).isFalse();
    }

    @Test
    void aPresetNameThatIsAPathIsRefused() {
        assertThatThrownBy(() -> new MappingPresets(dir).save("../evil", ColumnMapping.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMappingFileWithAnUnknownCategoryIsRefusedWithTheReason() throws Exception {
        Path file = dir.resolve("m.json");
        Files.writeString(file, "{\"fields\":{\"email\":\"Email\"},\"file_categories\":[\"emails\"]}");
        assertThatThrownBy(() -> MappingPresets.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emails");
    }

    @ParameterizedTest(name = "{0} with format {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1990-04-25|-|1990-04-25", "25.04.1990|-|1990-04-25", "5.4.1990|-|1990-04-05", "25/04/1990|-|1990-04-25",
            "04/25/1990|-|1990-04-25", "04/05/1990|-|-", "04/05/1990|MM/dd/yyyy|1990-04-05",
            "04/05/1990|dd/MM/yyyy|1990-05-04", "1990-02-30|-|-", "sometime|-|-", "1990-04-25T00:00:00|-|1990-04-25"})
    void readsDatesOfBirthWithoutGuessing(String text, String format, String expected) {
        assertThat(new DatesOfBirth(format).read(text).map(Object::toString).orElse(null)).isEqualTo(expected);
    }
}
