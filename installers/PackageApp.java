import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Packages Breachdesk with the JDK's own tools: jlink makes a trimmed runtime with JavaFX inside it, jpackage makes the
 * app image (launcher + runtime + jars) and, on request, the installer for the platform this runs on.
 *
 * <p>Run it from the project root with Java 17 (no compilation step: {@code java installers/PackageApp.java ...}) after
 * Maven has put the app jar in {@code target/} and its libraries in {@code target/jpackage/libs} and
 * {@code target/jpackage/javafx}. {@code mvn verify} does all of this on Linux; {@code mvn -Pinstaller verify} on any
 * platform. The jpackage and jlink options themselves live in {@code installers/jpackage/*.args}.
 *
 * <pre>
 * java installers/PackageApp.java --version 0.1.0 [--type app-image|installer|deb|rpm|msi|dmg]
 *      [--check-modules] [--mac-app-version 1.0.0] [--target target]
 * </pre>
 *
 * Steps, each explained where it happens: runtime (jlink, JavaFX natives, CDS archive), input folder (jars, SQLite
 * native library), app image, installer.
 */
public final class PackageApp {

    private static final String CONFIG = "installers/jpackage";
    private static final String CLASS_LIST = "installers/cds/startup.classlist";

    private final Options options;
    private final Platform platform;
    private final Path jpackageDir;

    private PackageApp(Options options) {
        this.options = options;
        this.platform = Platform.current();
        this.jpackageDir = options.target.resolve("jpackage");
    }

    public static void main(String[] args) throws Exception {
        try {
            new PackageApp(Options.parse(args)).run();
        } catch (PackagingFailed e) {
            System.err.println("PackageApp: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        if (!Files.isRegularFile(Path.of(CONFIG, "app.args"))) {
            throw new PackagingFailed("run me from the project root (no " + CONFIG + "/app.args here)");
        }
        Path appJar = options.target.resolve("breachdesk-" + options.version + ".jar");
        Path libs = jpackageDir.resolve("libs");
        Path javafx = jpackageDir.resolve("javafx");
        for (Path required : List.of(appJar, libs, javafx)) {
            if (!Files.exists(required)) {
                throw new PackagingFailed(required + " is missing: run `mvn package` with -Pinstaller (or on Linux "
                        + "`mvn verify`), which copies the jars there");
            }
        }
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            throw new PackagingFailed("jlink needs the JDK's jmods, and " + jmods + " does not exist (Debian/Ubuntu: "
                    + "apt-get install openjdk-17-jmods; or use a JDK build that includes them, e.g. Temurin)");
        }
        String type = options.type.equals("installer") ? platform.defaultInstallerType() : options.type;

        long start = System.nanoTime();
        Path runtime = buildRuntime(javafx);
        if (options.checkModules) {
            checkModules(appJar, libs, javafx, runtime);
        }
        Path input = buildInput(appJar, libs);
        Path image = buildAppImage(input, appJar, runtime);
        System.out.printf("PackageApp: app image %s (%d MB)%n", image, sizeOf(image) / 1_000_000);
        if (!type.equals("app-image")) {
            Path installer = buildInstaller(type, input, appJar, runtime);
            System.out.printf("PackageApp: installer %s (%.1f MB)%n", installer, Files.size(installer) / 1e6);
        }
        System.out.printf("PackageApp: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * jlink with the options in runtime.args, then two things jlink cannot do from JavaFX's jars (they are modular
     * jars, not jmods): put JavaFX's native libraries next to the JDK's, where JavaFX looks first, and write a class
     * data sharing (CDS) archive so that start-up maps the classes it needs instead of parsing them.
     */
    private Path buildRuntime(Path javafx) throws IOException, InterruptedException {
        Path runtime = jpackageDir.resolve("runtime");
        deleteRecursively(runtime);
        run("jlink", argFile("runtime.args"), "--module-path", javafxModules(javafx).stream()
                .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                "--output", runtime.toString());
        Path nativeDir = runtime.resolve(platform.runtimeNativeDir());
        int copied = 0;
        for (Path jar : javafxModules(javafx)) {
            copied += extractNativeLibraries(jar, nativeDir);
        }
        System.out.printf("PackageApp: %d JavaFX native libraries copied to %s%n", copied, nativeDir);
        writeClassDataSharingArchive(runtime);
        return runtime;
    }

    /**
     * The default CDS archive of the runtime (lib/server/classes.jsa), built from the classes the app loads until its
     * first window is shown (installers/cds/startup.classlist, recorded by bench/startup.sh --record-classlist). Only
     * JDK and JavaFX classes are listed: they live in the runtime image, so the archive stays valid wherever the app is
     * installed; classes from the app's jars would tie it to one install path. Names no longer found are skipped.
     */
    private void writeClassDataSharingArchive(Path runtime) throws IOException, InterruptedException {
        Path java = runtime.resolve("bin").resolve(platform.executable("java"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:dump"));
        if (Files.isRegularFile(Path.of(CLASS_LIST))) {
            command.add("-XX:SharedClassListFile=" + Path.of(CLASS_LIST).toAbsolutePath());
        }
        Path log = jpackageDir.resolve("cds-dump.log");
        Process dump = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (dump.waitFor() != 0) {
            throw new PackagingFailed("writing the CDS archive failed; see " + log);
        }
        System.out.println("PackageApp: CDS archive written (log: " + log + ")");
    }

    /** Cross-checks runtime.args against jdeps, so a new library that needs another JDK module fails the build here. */
    private void checkModules(Path appJar, Path libs, Path javafx, Path runtime) throws IOException {
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", javafxModules(javafx).stream().map(Path::toString)
                        .collect(Collectors.joining(java.io.File.pathSeparator)),
                "--class-path", libs.resolve("*").toString(), appJar.toString()));
        jars(libs).forEach(jar -> args.add(jar.toString()));
        String output = runCapturing("jdeps", args.toArray(String[]::new)).strip();
        String last = output.lines().reduce((a, b) -> b).orElse("");
        Set<String> needed = new TreeSet<>(Arrays.asList(last.split(",")));
        Set<String> present = runtimeModules(runtime);
        needed.removeAll(present);
        if (!needed.isEmpty()) {
            throw new PackagingFailed("the code needs modules the bundled runtime lacks: " + needed + " — add them to "
                    + CONFIG + "/runtime.args (jdeps said: " + last + ")");
        }
        System.out.println("PackageApp: jdeps needs " + last + "; all in the runtime");
    }

    private static Set<String> runtimeModules(Path runtime) throws IOException {
        String modules = Files.readAllLines(runtime.resolve("release")).stream()
                .filter(line -> line.startsWith("MODULES="))
                .findFirst().orElseThrow(() -> new PackagingFailed("no MODULES line in " + runtime.resolve("release")));
        return new TreeSet<>(Arrays.asList(modules.substring("MODULES=".length()).replace("\"", "").split("\\s+")));
    }

    /**
     * The folder jpackage copies to the app's jar folder ($APPDIR): the app jar, its libraries (JavaFX excepted, it is
     * in the runtime) and, in natives/, the SQLite driver's library for this platform (see org.sqlite.lib.path in
     * app.args).
     */
    private Path buildInput(Path appJar, Path libs) throws Exception {
        Path input = jpackageDir.resolve("input");
        deleteRecursively(input);
        Files.createDirectories(input);
        Files.copy(appJar, input.resolve(appJar.getFileName()));
        Path sqliteJar = null;
        for (Path jar : jars(libs)) {
            Files.copy(jar, input.resolve(jar.getFileName()));
            if (jar.getFileName().toString().startsWith("sqlite-jdbc-")) {
                sqliteJar = jar;
            }
        }
        if (sqliteJar == null) {
            throw new PackagingFailed("no sqlite-jdbc jar in " + libs);
        }
        extractSqliteNativeLibrary(sqliteJar, input.resolve("natives"));
        return input;
    }

    /** Asks the driver itself (org.sqlite.util.OSInfo) which of its bundled libraries fits this machine. */
    private static void extractSqliteNativeLibrary(Path sqliteJar, Path natives) throws Exception {
        String folder;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {sqliteJar.toUri().toURL()}, null)) {
            Class<?> osInfo = Class.forName("org.sqlite.util.OSInfo", true, loader);
            folder = (String) osInfo.getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
        }
        String library = System.mapLibraryName("sqlitejdbc");
        String entryName = "org/sqlite/native/" + folder + "/" + library;
        try (ZipFile zip = new ZipFile(sqliteJar.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new PackagingFailed(sqliteJar.getFileName() + " has no " + entryName);
            }
            Files.createDirectories(natives);
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, natives.resolve(library));
            }
        }
        System.out.println("PackageApp: SQLite native library " + folder + "/" + library);
    }

    private Path buildAppImage(Path input, Path appJar, Path runtime) throws IOException {
        Path dest = jpackageDir.resolve("image");
        deleteRecursively(dest);
        List<String> args = commonArgs("app-image", input, appJar, runtime, dest);
        run("jpackage", args.toArray(String[]::new));
        return dest.resolve(platform.appImageName());
    }

    private Path buildInstaller(String type, Path input, Path appJar, Path runtime) throws IOException {
        Path dest = jpackageDir.resolve("installer");
        deleteRecursively(dest);
        List<String> args = commonArgs(type, input, appJar, runtime, dest);
        if (!Files.isRegularFile(Path.of(CONFIG, platform.id + "-" + type + ".args"))) {
            throw new PackagingFailed("no " + CONFIG + "/" + platform.id + "-" + type + ".args: " + type
                    + " is not a package type configured for " + platform.id);
        }
        args.addAll(argFile(platform.id + "-" + type + ".args"));
        run("jpackage", args.toArray(String[]::new));
        try (Stream<Path> files = Files.list(dest)) {
            return files.filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new PackagingFailed("jpackage wrote nothing to " + dest));
        }
    }

    private List<String> commonArgs(String type, Path input, Path appJar, Path runtime, Path dest) throws IOException {
        List<String> args = new ArrayList<>(argFile("app.args"));
        args.addAll(argFile(platform.id + ".args"));
        args.addAll(List.of("--type", type, "--app-version", appVersion(), "--main-jar", appJar.getFileName().toString(),
                "--input", input.toString(), "--runtime-image", runtime.toString(), "--dest", dest.toString()));
        return args;
    }

    /**
     * Reads one of the option files in installers/jpackage. They use the JDK's @argfile syntax (one or more options
     * per line, "double quotes" around values with spaces, # comment lines), but the tools' ToolProvider entry points
     * do not expand @files, so this does.
     */
    private static List<String> argFile(String name) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(CONFIG, name))) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            boolean inWord = false;
            for (char c : trimmed.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    inWord = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (quoted) {
                throw new PackagingFailed(CONFIG + "/" + name + ": unclosed quote in: " + line);
            }
            if (inWord) {
                words.add(word.toString());
            }
        }
        return words;
    }

    /** jpackage on macOS refuses versions whose first number is 0 (an old CFBundleVersion rule Apple has dropped). */
    private String appVersion() {
        if (platform != Platform.MACOS || !options.version.startsWith("0")) {
            return options.version;
        }
        if (options.macAppVersion == null) {
            throw new PackagingFailed("jpackage on macOS refuses version " + options.version + " (first number 0); "
                    + "pass --mac-app-version X.Y.Z (Maven: -Dinstaller.macAppVersion=X.Y.Z) for the bundle version");
        }
        return options.macAppVersion;
    }

    private static List<Path> javafxModules(Path javafx) throws IOException {
        // Each JavaFX artifact comes as an empty jar plus the platform jar (javafx-graphics-21.0.11-linux.jar) holding
        // the module; only the platform jars are modules jlink can use.
        return jars(javafx).stream().filter(jar -> jar.getFileName().toString().matches("javafx-.+-\\d[^-]*-.+\\.jar"))
                .collect(Collectors.toList());
    }

    private static int extractNativeLibraries(Path jar, Path into) throws IOException {
        int count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().collect(Collectors.toList())) {
                String name = entry.getName();
                boolean nativeLibrary = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll")
                        || name.endsWith(".dylib"));
                // Keep the JDK's own copy of shared files such as the Windows C runtime (vcruntime140.dll).
                if (nativeLibrary && !Files.exists(into.resolve(name))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, into.resolve(name));
                    }
                    count++;
                }
            }
        }
        return count;
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static void run(String tool, List<String> firstArgs, String... moreArgs) {
        List<String> all = new ArrayList<>(firstArgs);
        all.addAll(List.of(moreArgs));
        run(tool, all.toArray(String[]::new));
    }

    private static void run(String tool, String... args) {
        System.out.println("PackageApp: " + tool + " " + String.join(" ", args));
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new PackagingFailed(tool + " is not in this JDK (" + System.getProperty("java.home")
                        + "); use a full JDK 17"));
        int code = provider.run(System.out, System.err, args);
        if (code != 0) {
            throw new PackagingFailed(tool + " failed with exit code " + code);
        }
    }

    private static String runCapturing(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new PackagingFailed(tool + " is not in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new PackagingFailed(tool + " failed with exit code " + code + ": " + err + out);
        }
        return out.toString();
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    /** The platform this runs on: names its config files and says where a JDK image keeps native libraries. */
    private enum Platform {
        LINUX("linux"), WINDOWS("windows"), MACOS("macos");

        final String id;

        Platform(String id) {
            this.id = id;
        }

        static Platform current() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return os.contains("win") ? WINDOWS : os.contains("mac") ? MACOS : LINUX;
        }

        String runtimeNativeDir() {
            return this == WINDOWS ? "bin" : "lib";
        }

        String executable(String name) {
            return this == WINDOWS ? name + ".exe" : name;
        }

        String appImageName() {
            return this == MACOS ? "Breachdesk.app" : "Breachdesk";
        }

        String defaultInstallerType() {
            return switch (this) {
                case WINDOWS -> "msi";
                case MACOS -> "dmg";
                case LINUX -> onPath("dpkg-deb") || !onPath("rpmbuild") ? "deb" : "rpm";
            };
        }

        private static boolean onPath(String command) {
            return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
        }
    }

    private record Options(String version, String type, boolean checkModules, String macAppVersion, Path target) {

        static final String USAGE = """
                usage: java installers/PackageApp.java --version V [options]   (from the project root, after mvn package)
                  --type T               app-image (default), installer (this platform's usual one: deb or rpm, msi,
                                         dmg), or one of deb, rpm, msi, dmg (installers/jpackage/<os>-<type>.args)
                  --check-modules        fail if jdeps finds the code needs a module the runtime lacks
                  --mac-app-version V    bundle version on macOS, where jpackage refuses versions starting with 0
                  --target DIR           Maven's build folder (default: target)""";

        static Options parse(String[] args) {
            String version = null;
            String type = "app-image";
            boolean checkModules = false;
            String macAppVersion = null;
            Path target = Path.of("target");
            List<String> words = new ArrayList<>();
            for (String arg : args) {
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    words.add(arg.substring(0, equals));
                    words.add(arg.substring(equals + 1));
                } else {
                    words.add(arg);
                }
            }
            args = words.toArray(String[]::new);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> throw new PackagingFailed(USAGE);
                    case "--version" -> version = value(args, ++i);
                    case "--type" -> type = value(args, ++i);
                    case "--check-modules" -> checkModules = true;
                    case "--mac-app-version" -> macAppVersion = blankToNull(value(args, ++i));
                    case "--target" -> target = Path.of(value(args, ++i));
                    default -> throw new PackagingFailed("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (version == null || version.isBlank()) {
                throw new PackagingFailed("--version is required (the pom's version)");
            }
            return new Options(version, type, checkModules, macAppVersion, target);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new PackagingFailed(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() || s.startsWith("${") ? null : s;
        }
    }

    private static final class PackagingFailed extends RuntimeException {
        PackagingFailed(String message) {
            super(message);
        }
    }
}
