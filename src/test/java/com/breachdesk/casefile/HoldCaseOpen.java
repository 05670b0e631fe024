package com.breachdesk.casefile;

import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineKind;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * A second Breachdesk process for tests: opens a case and keeps it open until killed. With
 * {@code write}, it appends timeline entries in a loop and prints the id of each committed one.
 */
public final class HoldCaseOpen {

    private HoldCaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        CaseSession session = CaseSession.open(Path.of(args[0]), "other-process", Clock.systemUTC());
        System.out.println("OPEN");
        System.out.flush();
        boolean write = args.length > 1 && args[1].equals("write");
        long n = 0;
        while (true) {
            if (write) {
                var entry = session.timeline().add(new MomentInZone(Instant.now(), ZoneOffset.UTC), TimelineKind.NOTE,
                        "entry " + n++, OptionalLong.empty());
                System.out.println("COMMITTED " + entry.id());
                System.out.flush();
            } else {
                Thread.sleep(1_000);
            }
        }
    }
}
