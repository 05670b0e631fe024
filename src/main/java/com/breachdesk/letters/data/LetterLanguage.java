package com.breachdesk.letters.data;

import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** A language letters are written in: its date and number formats and the words the frame prints. */
public enum LetterLanguage {
    ENGLISH("en", Locale.ENGLISH),
    UKRAINIAN("uk", Locale.forLanguageTag("uk"));

    private final String code;
    private final Locale locale;
    private final ResourceBundle labels;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    LetterLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
        this.labels = ResourceBundle.getBundle("letters.labels", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm (z)", locale);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static LetterLanguage of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Letters are written in "
                        + Arrays.stream(values()).map(LetterLanguage::code).collect(Collectors.joining(", "))
                        + ", not '" + code + "'"));
    }

    public String label(String key) {
        return labels.getString(key);
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    public String dateTime(ZonedDateTime value) {
        return dateTime.format(value);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String category(DataCategory category) {
        return label("category." + category.id());
    }

    public String categories(Collection<DataCategory> categories) {
        return categories.stream().sorted().map(this::category).collect(Collectors.joining(", "));
    }

    public String coded(String prefix, Coded value) {
        return label(prefix + "." + value.id());
    }

    /** The country or subdivision name in this language ({@code US-CA} ⇒ "California, United States"). */
    public String jurisdictionName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        int dash = code.indexOf('-');
        String country = dash < 0 ? code : code.substring(0, dash);
        String countryName = new Locale("", country).getDisplayCountry(locale);
        if (dash < 0) {
            return countryName;
        }
        String subdivision = Subdivisions.name(code);
        return subdivision == null ? code : subdivision + ", " + countryName;
    }
}
