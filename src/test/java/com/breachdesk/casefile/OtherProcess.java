package com.breachdesk.casefile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@link HoldCaseOpen} in a separate JVM, as another Breachdesk process would. */
final class OtherProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader stdout;

    private OtherProcess(Process process) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static OtherProcess holding(Path caseFile, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldCaseOpen.class.getName(), caseFile.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        OtherProcess other = new OtherProcess(p);
        String first = other.stdout.readLine();
        if (!"OPEN".equals(first)) {
            p.destroyForcibly();
            throw new IOException("other process did not open the case: " + first);
        }
        return other;
    }

    String readLine() throws IOException {
        return stdout.readLine();
    }

    /** Kills the process the hard way (SIGKILL): no shutdown hooks, no closing of files. */
    void crash() throws Exception {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            crash();
        }
    }
}
