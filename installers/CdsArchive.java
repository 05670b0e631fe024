import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Records a class-data-sharing archive for the command line: runs {@code assess} on a fresh demo case with
 * {@code -XX:ArchiveClassesAtExit}, so that the classes a typical command loads (picocli, SQLite, the rule pack,
 * Jackson, jollyday) start from the archive next time. {@code ./breachdesk} uses the archive when it is newer than
 * the jar. Run by the build: {@code java installers/CdsArchive.java JAR ARCHIVE}.
 */
public class CdsArchive {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path work = Files.createTempDirectory("breachdesk-cds");
        try {
            Path demo = work.resolve("demo.breachcase");
            run(work, List.of(), List.of("new", demo.toString(), "--demo"), jar);
            archive.toFile().setWritable(true); // the JVM writes it read-only; Windows will not delete that
            Files.deleteIfExists(archive);
            run(work, List.of("-XX:ArchiveClassesAtExit=" + archive), List.of("assess", demo.toString()), jar);
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("the JVM wrote no archive at " + archive);
            }
            System.out.printf("Class-data-sharing archive: %s (%.1f MB)%n", archive, Files.size(archive) / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path home, List<String> jvm, List<String> command, Path jar)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dbreachdesk.home=" + home);
        cmd.addAll(List.of("-cp", jar.toString(), "com.breachdesk.cli.BreachdeskCli", "--as=build"));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + p.exitValue());
        }
    }
}
