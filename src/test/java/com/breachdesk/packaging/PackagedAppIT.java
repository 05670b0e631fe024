package com.breachdesk.packaging;

import com.breachdesk.demo.DemoCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the packaged launcher (target/jpackage/image/Breachdesk, built by installers/PackageApp.java in the
 * pre-integration-test phase) the way a user's desktop would: no Maven, no JDK or JavaFX from the system, a fresh home.
 * The sandbox stands in for the user's machine. HOME, XDG_CONFIG_HOME and the JVM's user.home point into it, and the
 * JVM's temp folder is a path that does not exist, so anything the app writes shows up in the sandbox and any use of
 * the temp folder fails.
 * <p>
 * The window tests need an X server: they start Xvfb when it is installed (developer machines) and are skipped
 * otherwise (CI installs nothing); bench/startup.sh runs the same window under Xvfb for the start-up figures.
 */
@EnabledOnOs(OS.LINUX)
class PackagedAppIT {

    private static final Path APP = Path.of(System.getProperty("breachdesk.packagedApp",
            "target/jpackage/image/Breachdesk")).toAbsolutePath();
    private static final String VERSION = System.getProperty("breachdesk.version", "");

    @TempDir
    Path sandbox;

    private Path home;
    private Path config;
    private Path missingTemp;
    private Path cases;
    private Path workingDir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void createSandbox() throws IOException {
        home = Files.createDirectories(sandbox.resolve("home"));
        config = Files.createDirectories(home.resolve(".config"));
        missingTemp = sandbox.resolve("no-temp-folder");
        cases = Files.createDirectories(sandbox.resolve("cases"));
        workingDir = Files.createDirectories(sandbox.resolve("work"));
        assertThat(APP.resolve("bin/Breachdesk")).as("packaged launcher (built by PackageApp)").isExecutable();
    }

    @Test
    void launcherReportsTheVersionFromThePom() throws Exception {
        Run run = cli("--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Breachdesk " + VERSION);
    }

    @Test
    void launcherRunsTheCommandLineOnADemoCase() throws Exception {
        String file = cases.resolve("demo.breachcase").toString();

        Run created = cli("new", file, "--demo");
        Run info = cli("info", file);

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(info.exit()).as(info.err()).isZero();
        JsonNode json = info.json();
        assertThat(json.at("/incident/title").asText()).isEqualTo(DemoCase.TITLE);
        assertThat(json.at("/organization/legal_name").asText()).isEqualTo("SMART-POINT");
        assertThat(json.get("timeline_entries").asInt()).isEqualTo(10);
    }

    @Test
    void sealedCaseOpensAgainInThePackagedApp() throws Exception {
        // Sealing runs Argon2 (Bouncy Castle) and AES-GCM inside the trimmed runtime.
        String file = cases.resolve("demo.breachcase").toString();
        String sealed = cases.resolve("demo.breachsealed").toString();
        String unsealed = cases.resolve("unsealed.breachcase").toString();
        Map<String, String> passphrase = Map.of("CASE_PASSPHRASE", "correct horse battery staple");

        assertThat(cli("new", file, "--demo").exit()).isZero();
        Run seal = launch(passphrase, "", List.of("seal", file, "--out", sealed, "--passphrase-env", "CASE_PASSPHRASE"));
        Run unseal = launch(passphrase, "", List.of("unseal", sealed, "--out", unsealed, "--passphrase-env",
                "CASE_PASSPHRASE"));

        assertThat(seal.exit()).as(seal.err()).isZero();
        assertThat(unseal.exit()).as(unseal.err()).isZero();
        assertThat(cli("info", unsealed).json().at("/incident/title").asText()).isEqualTo(DemoCase.TITLE);
    }

    @Test
    void ukrainianLetterGetsAUkrainianDateAndCyrillicTextInThePackagedApp() throws Exception {
        // The trimmed runtime keeps Ukrainian locale data (jdk.localedata, --include-locales=en,uk) and PDFBox finds
        // what it needs in it; without the locale data the date would read "March 5, 2026".
        Path data = cases.resolve("letter.json");
        Files.writeString(data, """
                {"organization": {"name": "SMART-POINT", "address_lines": ["вул. Хрещатик 1", "Київ"],
                                  "contact_email": "privacy@smart-point.example"},
                 "person": {"name": "Олена Коваль", "address_lines": ["вул. Січових Стрільців 5", "01001 Київ"],
                            "data_categories": "ім'я, телефон"},
                 "notice": {"summary": "Зловмисник отримав доступ до бази даних.", "likely_consequences": "Фішинг.",
                            "measures_summary": "Ми змінили паролі.", "advice": "Будьте уважні до листів."}}
                """, StandardCharsets.UTF_8);
        Path pdf = cases.resolve("letter.pdf");

        Run run = cli("render", "ua-individual", "--data", data.toString(), "--out", pdf.toString(), "--date", "2026-03-05");

        assertThat(run.exit()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("5 березня 2026", "Олена Коваль");
        }
    }

    @Test
    void commandLineNeedsNoTempFolder() throws Exception {
        // The SQLite driver would unpack its native library into the temp folder; the packaged app ships it unpacked.
        Run run = cli("new", cases.resolve("x.breachcase").toString(), "--title", "Stolen laptop");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(missingTemp).doesNotExist();
    }

    @Test
    void commandLineWritesNothingButTheCaseFileAndThePreferencesFolder() throws Exception {
        String file = cases.resolve("laptop.breachcase").toString();

        assertThat(cli("new", file, "--title", "Stolen laptop").exit()).isZero();
        assertThat(cli("--as", "Olena K.", "timeline", "add", file, "--at",
                "2026-03-02T14:00+02:00[Europe/Kyiv]", "--kind", "decision", "--text", "DPO decides we are aware")
                .exit()).isZero();
        assertThat(cli("info", file).exit()).isZero();

        assertThat(filesUnder(sandbox)).allSatisfy(path -> assertThat(
                path.startsWith(file) || path.startsWith(config.resolve("breachdesk") + "/") || writtenBySystemTools(path))
                .as("%s is outside the case file and the preferences folder", path).isTrue());
    }

    @Test
    void javaFxNativeLibrariesShipInsideTheRuntime() {
        // Loaded from here JavaFX never unpacks them into ~/.openjfx/cache (which it does when they are only inside
        // its module). The window tests below prove the effect where a display is available.
        Path lib = APP.resolve("lib/runtime/lib");
        assertThat(List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so", "libjavafx_font.so",
                "libjavafx_font_freetype.so", "libjavafx_font_pango.so", "libdecora_sse.so", "libjavafx_iio.so"))
                .allSatisfy(name -> assertThat(lib.resolve(name)).isRegularFile());
    }

    @Test
    void caseFileGivenOnTheCommandLineOpensInTheWindow() throws Exception {
        // What a double-click does: the .desktop entry (and Windows' file association) pass the file as argument.
        Path file = cases.resolve("double-clicked.breachcase");
        assertThat(cli("new", file.toString(), "--title", "Phishing of the billing team").exit()).isZero();

        Run window = launchWindow(file.toString());

        assertThat(window.exit()).as(window.err()).isZero();
        assertThat(window.out()).contains("first-window ").contains("case-open ")
                .contains("double-clicked.breachcase");
        JsonNode preferences = new ObjectMapper().readTree(config.resolve("breachdesk/preferences.json").toFile());
        assertThat(preferences.get("lastCase").asText()).isEqualTo(file.toString());
        assertThat(window.err()).doesNotContain("InaccessibleObjectException", "IllegalAccessError",
                "UnsatisfiedLinkError", "NoClassDefFoundError", "Exception in thread");
    }

    @Test
    void windowWritesNothingButThePreferencesFolderAndTheCase() throws Exception {
        Run window = launchWindow();   // no file: the app opens (and first creates) the demo case in its folder

        assertThat(window.exit()).as(window.err()).isZero();
        assertThat(window.out()).contains("case-open ");
        assertThat(filesUnder(sandbox)).allSatisfy(path -> assertThat(
                path.startsWith(config.resolve("breachdesk") + "/") || writtenBySystemTools(path))
                .as("%s is outside the preferences folder", path).isTrue());
        assertThat(home.resolve(".openjfx")).doesNotExist();
    }

    @Test
    void runningTheAppWritesNothingInsideTheInstallFolder() throws Exception {
        Map<String, String> before = snapshot(APP);
        String file = cases.resolve("demo.breachcase").toString();

        cli("new", file, "--demo");
        cli("info", file);
        if (xvfbInstalled()) {
            launchWindow(file);
        }

        assertThat(snapshot(APP)).isEqualTo(before);
    }

    /**
     * Files that system tools write for any program, not ours to avoid: GTK's settings backend (dconf) and fontconfig
     * keep caches in ~/.cache, and on Debian-family systems that also have rpm installed, rpm creates ~/.rpmdb when
     * jpackage's launcher asks it (then dpkg) which package the launcher belongs to, at every start.
     */
    private boolean writtenBySystemTools(String path) {
        return Stream.of(".cache/dconf", ".cache/fontconfig", ".rpmdb")
                .anyMatch(dir -> path.startsWith(home.resolve(dir) + "/"));
    }

    private Run cli(String... args) throws Exception {
        return launch(Map.of(), "", List.of(args));
    }

    private Run launch(Map<String, String> extraEnv, String jvmOptions, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(APP.resolve("bin/Breachdesk").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", config.toString());
        env.put("PATH", "/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        // The JVM takes user.home from the password database, not $HOME: point it into the sandbox so that a write
        // there is seen by the assertions instead of landing in the real home.
        env.put("JAVA_TOOL_OPTIONS", ("-Duser.home=" + home + " -Djava.io.tmpdir=" + missingTemp + " " + jvmOptions).strip());
        env.putAll(extraEnv);
        Path out = sandbox.resolve("stdout.txt");
        Path err = sandbox.resolve("stderr.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("packaged launcher did not finish: " + command);
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** Opens the window on a private Xvfb display; the start-up probe closes it once the case is open. */
    private Run launchWindow(String... args) throws Exception {
        assumeTrue(xvfbInstalled(), "Xvfb is not installed: window tests skipped");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1600x1000x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(display).as("Xvfb display number").matches("\\d+");
            Map<String, String> env = new HashMap<>();
            env.put("DISPLAY", ":" + display);
            return launch(env, "-Dbreachdesk.startupProbe=exit", List.of(args));
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean xvfbInstalled() {
        return Stream.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb").anyMatch(p -> Files.isExecutable(Path.of(p)));
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !Files.isDirectory(p)).map(Path::toString).sorted().collect(Collectors.toList());
        }
    }

    /** Every file of the app image with its size and modification time. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.collect(Collectors.toList())) {
                files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
