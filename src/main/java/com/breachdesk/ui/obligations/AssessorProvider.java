package com.breachdesk.ui.obligations;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.rules.RulePack;
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
    private RulePack pack;

    public AssessorProvider(Path userRules, Clock clock) {
        this.userRules = userRules;
        this.clock = clock;
    }

    public synchronized Assessor get() {
        if (assessor == null) {
            assessor = new Assessor(pack(), new HolidayCalendars(), clock);
        }
        return assessor;
    }

    /** The rule pack the assessor evaluates (letters read rule texts from the same one). */
    public synchronized RulePack pack() {
        if (pack == null) {
            pack = new RulePackLoader().load(userRules);
        }
        return pack;
    }

    public Clock clock() {
        return clock;
    }
}
