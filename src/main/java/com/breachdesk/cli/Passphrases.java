package com.breachdesk.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Where a sealing passphrase comes from: a file, an environment variable, or a prompt that does not echo. */
final class Passphrases {

    private Passphrases() {
    }

    static char[] read(Path file, String envName, boolean confirm) throws IOException {
        if (file != null) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.lines().findFirst().orElse("").toCharArray();
        }
        if (envName != null) {
            String value = System.getenv(envName);
            if (value == null) {
                throw new IllegalArgumentException("Environment variable " + envName + " is not set");
            }
            return value.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("No terminal to ask for the passphrase: use --passphrase-file or --passphrase-env");
        }
        char[] first = console.readPassword("Passphrase: ");
        if (confirm) {
            char[] second = console.readPassword("Repeat passphrase: ");
            if (!Arrays.equals(first, second)) {
                throw new IllegalArgumentException("The passphrases do not match");
            }
        }
        return first;
    }
}
