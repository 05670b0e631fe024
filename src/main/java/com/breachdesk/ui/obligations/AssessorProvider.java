package com.breachdesk.ui.obligations;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.rules.RulePackLoader;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The rule pack and assessor shared by the Assess and Obligations steps. Loaded on first use, which the view
 * models do on the task runner (never on the FX thread). A broken user rule file fails here with its message.
 */
public final class AssessorProvider {

    private final Path userRules;
    private final Clock clock;
    private Assessor assessor;

    public AssessorProvider(Path userRules, Clock clock) {
        this.userRules = userRules;
        this.clock = clock;
    }

    public synchronized Assessor get() {
        if (assessor == null) {
            assessor = new Assessor(new RulePackLoader().load(userRules), new HolidayCalendars(), clock);
        }
        return assessor;
    }

    public Clock clock() {
        return clock;
    }
}
