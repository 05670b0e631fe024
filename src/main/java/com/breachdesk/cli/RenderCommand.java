package com.breachdesk.cli;

import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.JsonLetterData;
import com.breachdesk.letters.data.LetterValues;
import com.breachdesk.letters.model.RenderedLetter;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.organization.EnvelopeWindow;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.organization.PaperSize;
import com.breachdesk.vocabulary.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "render", description = "Render one letter from a template and a JSON file of values (the data "
        + "model of docs/letter-data-model.md), outside any case. Always DRAFT-stamped.")
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "A template id, or the path of a template file.")
    String template;

    @Option(names = "--data", required = true, paramLabel = "data.json")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "file.pdf")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Letter date (default today).")
    LocalDate date;

    @Option(names = "--paper", defaultValue = "a4", description = "a4 or letter (default ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--envelope", defaultValue = "dl_left", description = "dl_left or us_10 (default ${DEFAULT-VALUE}).")
    String envelope;

    @Override
    public Integer call() throws IOException {
        LetterWiring wiring = new LetterWiring(cli);
        LetterTemplate t = resolve(wiring);
        LetterValues values = JsonLetterData.read(data);
        OrganizationProfile org = organization(values);
        List<String> recipient = new ArrayList<>();
        addText(recipient, values.get("person.name"));
        if (values.get("person.address_lines") instanceof List<?> lines) {
            for (Object line : lines) {
                addText(recipient, ((Map<?, ?>) line).get("line"));
            }
        }
        if (recipient.isEmpty()) {
            addText(recipient, values.get("obligation.authority"));
        }
        LocalDate letterDate = date != null ? date : LocalDate.now(cli.clock);
        ComposedLetter composed = new LetterComposer(org, wiring.rules().fingerprint())
                .compose(t, values, recipient, letterDate, true);
        try (PdfLetterRenderer renderer = new PdfLetterRenderer()) {
            RenderedLetter rendered = renderer.render(composed.document());
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.write(part, rendered.pdf());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", target.toString());
            m.put("template", t.header().label());
            m.put("pages", rendered.pages());
            m.put("sha256", sha256(rendered.pdf()));
            JsonOutput.print(cli.out(), m);
        }
        return 0;
    }

    private LetterTemplate resolve(LetterWiring wiring) throws IOException {
        Path path = Path.of(template);
        if (template.endsWith(".md") && Files.isRegularFile(path)) {
            return LetterTemplate.parse(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString(),
                    LetterTemplate.Origin.USER);
        }
        return wiring.catalog.require(template);
    }

    private OrganizationProfile organization(LetterValues values) {
        Map<OrganizationField, String> m = new EnumMap<>(OrganizationField.class);
        put(m, OrganizationField.LEGAL_NAME, values.get("organization.name"));
        List<String> address = new ArrayList<>();
        if (values.get("organization.address_lines") instanceof List<?> lines) {
            for (Object line : lines) {
                addText(address, ((Map<?, ?>) line).get("line"));
            }
        } else {
            addText(address, values.get("organization.address"));
        }
        m.put(OrganizationField.ADDRESS, String.join("\n", address));
        put(m, OrganizationField.CONTACT_EMAIL, values.get("organization.contact_email"));
        put(m, OrganizationField.CONTACT_PHONE, values.get("organization.contact_phone"));
        m.put(OrganizationField.PAPER_SIZE, Coded.parse(PaperSize.class, paper).id());
        m.put(OrganizationField.ENVELOPE_WINDOW, Coded.parse(EnvelopeWindow.class, envelope).id());
        return new OrganizationProfile(m);
    }

    private static void put(Map<OrganizationField, String> m, OrganizationField f, Object v) {
        if (v instanceof String s) {
            m.put(f, s);
        }
    }

    private static void addText(List<String> out, Object v) {
        if (v instanceof String s && !s.isBlank()) {
            out.add(s);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
