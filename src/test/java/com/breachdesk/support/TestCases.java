package com.breachdesk.support;

import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.session.CaseSession;

import java.nio.file.Path;
import java.util.Map;

/** Fresh case files for tests. */
public final class TestCases {

    private TestCases() {
    }

    public static CaseSession create(Path dir, TestClock clock) throws Exception {
        return CaseSession.create(dir.resolve("case.breachcase"), "Test incident", new OrganizationProfile(Map.of()),
                "tester", clock);
    }
}
