package com.breachdesk.letters.compose;

import com.breachdesk.letters.data.LetterLanguage;
import com.breachdesk.letters.data.LetterValues;
import com.breachdesk.letters.model.EnvelopeLayout;
import com.breachdesk.letters.model.LetterDocument;
import com.breachdesk.letters.model.LetterFrame;
import com.breachdesk.letters.model.PaperFormat;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.organization.EnvelopeWindow;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.organization.PaperSize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts a template, one letter's values and the organization's letterhead together into a letter ready for
 * the renderer, and fingerprints the inputs. Thread-safe.
 */
public final class LetterComposer {

    /** Bump when the layout or the PDF writing changes, so re-runs do not reuse letters made the old way. */
    public static final String RENDERER_VERSION = "letters-pdf-3";

    private final OrganizationProfile organization;
    private final String rulePackFingerprint;
    private final List<String> letterhead;
    private final PaperFormat paper;
    private final EnvelopeLayout envelope;

    public LetterComposer(OrganizationProfile organization, String rulePackFingerprint) {
        this.organization = organization;
        this.rulePackFingerprint = rulePackFingerprint;
        this.letterhead = letterhead(organization);
        this.paper = organization.paperSize() == PaperSize.LETTER ? PaperFormat.LETTER : PaperFormat.A4;
        this.envelope = organization.envelopeWindow() == EnvelopeWindow.US_10 ? EnvelopeLayout.US_10 : EnvelopeLayout.DL_LEFT;
    }

    public EnvelopeLayout envelope() {
        return envelope;
    }

    /** Letterhead lines: legal name, address lines, then email and phone on one line. */
    static List<String> letterhead(OrganizationProfile org) {
        List<String> lines = new ArrayList<>();
        lines.add(org.legalName().isBlank() ? "(organization name not set)" : org.legalName());
        org.get(OrganizationField.ADDRESS).ifPresent(a -> Arrays.stream(a.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(lines::add));
        String contact = Stream.of(org.get(OrganizationField.CONTACT_EMAIL), org.get(OrganizationField.CONTACT_PHONE))
                .flatMap(java.util.Optional::stream).collect(Collectors.joining(" \u00b7 "));
        if (!contact.isEmpty()) {
            lines.add(contact);
        }
        return List.copyOf(lines);
    }

    /**
     * @param recipient the address block (name first), as the envelope window shows it
     */
    public ComposedLetter compose(LetterTemplate template, LetterValues values, List<String> recipient,
                                  LocalDate letterDate, boolean draft) {
        var body = template.compose(values);
        LetterLanguage language = template.language();
        String reference = String.valueOf(values.get("letter.reference"));
        String fingerprint = fingerprint(template, values, recipient, draft);
        byte[] id = Arrays.copyOf(HexFormat.of().parseHex(fingerprint), 16);
        LetterFrame frame = new LetterFrame(letterhead, recipient, language.label("date"), language.date(letterDate),
                language.label("reference"), reference, language.label("page"), draft, paper, envelope,
                template.header().title(), organization.legalName(), language.code(), letterDate, id);
        return new ComposedLetter(new LetterDocument(frame, body), fingerprint);
    }

    private String fingerprint(LetterTemplate template, LetterValues values, List<String> recipient, boolean draft) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String head = String.join("\u0000", RENDERER_VERSION, template.id(), Integer.toString(template.version()),
                    template.sha256(), rulePackFingerprint, Boolean.toString(draft), paper.name(), envelope.name(),
                    String.join("\u0001", letterhead), String.join("\u0001", recipient));
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            values.digestInto(sha);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
