package com.breachdesk.letters.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.breachdesk.letters.data.LetterLanguage;
import com.breachdesk.vocabulary.Coded;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and checks a template's YAML front matter (between two {@code ---} lines at the top of the file). */
final class FrontMatter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The Jackson view of the header; checked and turned into a {@link TemplateHeader}. */
    static final class Dto {
        public String id;
        public Integer version;
        public String audience;
        public List<String> jurisdictions;
        public String language;
        public String title;
        public List<String> satisfies;
        public String phase;
        public String citation;
        @JsonProperty("last_reviewed")
        public String lastReviewed;
        public String description;
    }

    record Split(TemplateHeader header, String body, int bodyFirstLine) {
    }

    private FrontMatter() {
    }

    static Split split(String source, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            throw new TemplateException(source, 1, null, "must start with a front matter block between '---' lines");
        }
        int end = normalized.indexOf("\n---\n", 3);
        int endLength = 5;
        if (end < 0 && normalized.endsWith("\n---")) {
            end = normalized.length() - 4;
            endLength = 4;
        }
        if (end < 0) {
            throw new TemplateException(source, 1, null, "the front matter is not closed by a '---' line");
        }
        String yaml = normalized.substring(4, end + 1);
        String body = normalized.substring(Math.min(normalized.length(), end + endLength));
        int bodyFirstLine = (int) normalized.substring(0, end + endLength).chars().filter(c -> c == '\n').count() + 1;
        return new Split(header(source, yaml), body, bodyFirstLine);
    }

    private static TemplateHeader header(String source, String yaml) {
        Dto dto;
        try {
            dto = YAML.readValue(yaml, Dto.class);
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
            throw new TemplateException(source, line, null, "front matter: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TemplateException(source, 0, null, "front matter is not valid YAML: " + e.getMessage());
        }
        if (dto == null) {
            throw new TemplateException(source, 2, null, "the front matter is empty");
        }
        require(source, dto.id != null && ID.matcher(dto.id).matches(), "id must be lowercase letters, digits and '-'");
        String id = dto.id;
        require(id, dto.version != null && dto.version >= 1, "version must be a whole number from 1");
        require(id, dto.title != null && !dto.title.isBlank(), "title is required");
        require(id, dto.jurisdictions != null && !dto.jurisdictions.isEmpty(),
                "jurisdictions must list where the template is used (e.g. [US-CA] or [EEA])");
        Audience audience;
        LetterLanguage language;
        try {
            audience = Coded.parse(Audience.class, dto.audience);
            language = LetterLanguage.of(dto.language);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(id, 0, null, e.getMessage());
        }
        return new TemplateHeader(id, dto.version, audience, dto.jurisdictions.stream().map(String::strip).toList(),
                language.code(), dto.title.strip(), dto.satisfies == null ? List.of() : dto.satisfies,
                dto.phase, dto.citation, dto.lastReviewed, dto.description);
    }

    private static void require(String id, boolean ok, String message) {
        if (!ok) {
            throw new TemplateException(id, 0, null, "front matter: " + message);
        }
    }
}
