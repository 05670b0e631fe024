package com.breachdesk.cli;

import com.breachdesk.seal.CaseSealer;
import com.breachdesk.seal.SealException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "unseal", description = "Decrypt a sealed case into a new case file. A wrong passphrase or an altered "
        + "file writes nothing (exit 2).")
final class UnsealCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "SEALED")
    Path sealed;

    @Option(names = "--out", required = true, paramLabel = "CASE", description = "The case file to create.")
    Path out;

    @Option(names = "--passphrase-file", paramLabel = "FILE")
    Path passphraseFile;

    @Option(names = "--passphrase-env", paramLabel = "NAME")
    String passphraseEnv;

    @Override
    public Integer call() throws IOException {
        char[] passphrase = Passphrases.read(passphraseFile, passphraseEnv, false);
        try {
            CaseSealer.unseal(sealed, out, passphrase);
        } catch (SealException e) {
            cli.err().println("error: " + e.getMessage());
            return BreachdeskCli.EXIT_BAD_INPUT;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        JsonOutput.print(cli.out(), Map.of("case", out.toAbsolutePath().toString()));
        return 0;
    }
}
