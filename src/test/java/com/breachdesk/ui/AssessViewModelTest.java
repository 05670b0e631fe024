package com.breachdesk.ui;

import com.breachdesk.risk.AssessmentField;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.assess.AssessViewModel;
import com.breachdesk.ui.obligations.AssessorProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessViewModelTest extends ViewModelTestBase {

    private AssessViewModel model() {
        return new AssessViewModel(context, runner, dialogs, new AssessorProvider(dir.resolve("prefs/rules"), clock));
    }

    @Test
    void demoIsAHighRiskWithBothNoticesAndReasonsInWords() throws Exception {
        AssessViewModel m = model();
        openDemo();
        assertThat(m.levelProperty().get()).isEqualTo("Likely to result in a high risk");
        assertThat(m.decisionProperty().get()).isEqualTo("Notify the authority: yes · Tell the people affected: yes");
        assertThat(m.reasons()).first().asString().startsWith("ENISA severity SE = DPC 2.00 × EI 1.00 + CB 1.00 = 3.00");
    }

    @Test
    void aFactorChangeIsSavedAuditedAndUpdatesTheResultLive() throws Exception {
        AssessViewModel m = model();
        CaseSession session = openDemo();
        m.value(AssessmentField.RECIPIENT_TRUSTED).set("true");
        assertThat(m.decisionProperty().get()).endsWith("Tell the people affected: no");
        assertThat(m.reasons()).anyMatch(r -> r.startsWith("Art. 34(3)(b)"));
        assertThat(session.riskAssessment().load().factors().recipientTrusted()).isTrue();
        assertThat(session.allAudit()).anyMatch(e -> "recipient_trusted".equals(e.change().field()));
    }

    @Test
    void anOverrideWithoutJustificationIsRefusedAndNotStored() throws Exception {
        AssessViewModel m = model();
        CaseSession session = openDemo();
        m.value(AssessmentField.OVERRIDE_LEVEL).set("risk");
        m.recordOverride();
        assertThat(dialogs.errors).singleElement().asString().contains("justification");
        assertThat(session.riskAssessment().load().override().present()).isFalse();
    }

    @Test
    void anOverrideKeepsTheComputedDecisionInView() throws Exception {
        AssessViewModel m = model();
        openDemo();
        m.value(AssessmentField.OVERRIDE_LEVEL).set("risk");
        m.value(AssessmentField.OVERRIDE_JUSTIFICATION).set("Exported tables were encrypted at rest");
        m.recordOverride();
        assertThat(m.levelProperty().get()).isEqualTo("Likely to result in a risk");
        assertThat(m.computedVsOverrideProperty().get()).contains("Computed: high");
        m.clearOverride();
        assertThat(m.levelProperty().get()).isEqualTo("Likely to result in a high risk");
    }

    @Test
    void estimatesAreSetFromTheFormAndShown() throws Exception {
        AssessViewModel m = model();
        CaseSession session = openDemo();
        m.estimateJurisdictionProperty().set("fr");
        m.estimateCountProperty().set("1,250");
        m.setEstimate();
        assertThat(session.estimates().load()).containsEntry("FR", 1250L);
        assertThat(m.estimates()).contains("FR: 1,250");
        m.estimateJurisdictionProperty().set("Atlantis");
        m.estimateCountProperty().set("3");
        m.setEstimate();
        assertThat(dialogs.errors).singleElement().asString().contains("not a jurisdiction code");
    }
}
