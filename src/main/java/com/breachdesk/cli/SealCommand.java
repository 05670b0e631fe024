package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.seal.CaseSealer;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "seal", description = "Encrypt a case file with a passphrase into one file only Breachdesk opens "
        + "(AES-256-GCM, key from Argon2id).")
final class SealCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The sealed file to write (" + CaseSealer.EXTENSION + ").")
    Path out;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.")
    Path passphraseFile;

    @Option(names = "--passphrase-env", paramLabel = "NAME", description = "Read the passphrase from environment variable NAME.")
    String passphraseEnv;

    @Override
    public Integer call() throws CaseFileRefusedException, IOException {
        char[] passphrase = Passphrases.read(passphraseFile, passphraseEnv, true);
        try (CaseSession session = cli.open(file)) {
            long started = System.nanoTime();
            new CaseSealer(CaseSealer.Cost.DEFAULT).seal(session.file(), out, passphrase);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("sealed", out.toAbsolutePath().toString());
            result.put("bytes", Files.size(out));
            result.put("seconds", (System.nanoTime() - started) / 1e9);
            JsonOutput.print(cli.out(), result);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return 0;
    }
}
