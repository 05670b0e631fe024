package com.breachdesk.ui;

import com.breachdesk.handover.ExportOptions;
import com.breachdesk.seal.CaseSealer;
import com.breachdesk.ui.handover.HandoverViewModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandoverViewModelTest extends ViewModelTestBase {

    private final List<Path> opened = new ArrayList<>();

    private HandoverViewModel model() {
        return new HandoverViewModel(context, runner, dialogs, clock, opened::add, new CaseSealer.Cost(8 * 1024, 1, 1),
                () -> "tester");
    }

    @Test
    void exportWritesTheJsonWithTheChosenOptions() throws Exception {
        openDemo();
        Path out = dir.resolve("case.json");
        dialogs.nextExportOptions = new ExportOptions(false, false);
        dialogs.nextExportFile = out;
        model().exportJson();

        var json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("format").asText()).isEqualTo("breachdesk-case");
        assertThat(json.at("/options/include_roster").asBoolean()).isFalse();
        assertThat(dialogs.notices).anyMatch(n -> n.startsWith("Case exported"));
    }

    @Test
    void exportSaysThatPrivilegedReviewCommentsWereLeftOut() throws Exception {
        var session = openDemo();
        var template = com.breachdesk.letters.template.TemplateCatalog.shipped().require("us-ca-individual");
        session.review().create(template);
        session.review().comment(template.id(), 1, "", "Counsel: keep this vague", true);
        dialogs.nextExportOptions = ExportOptions.DEFAULT;
        dialogs.nextExportFile = dir.resolve("case.json");
        model().exportJson();

        assertThat(dialogs.notices).anyMatch(n -> n.startsWith("Case exported")
                && n.contains("1 privileged review comment left out"));
    }

    @Test
    void openingAnExportRecreatesTheCaseAndOpensIt() throws Exception {
        openDemo();
        Path json = dir.resolve("case.json");
        dialogs.nextExportOptions = ExportOptions.DEFAULT;
        dialogs.nextExportFile = json;
        model().exportJson();
        Path copy = dir.resolve("copy.breachcase");
        dialogs.nextFileToOpen = json;
        dialogs.nextNewCaseFile = copy;
        model().openJson();

        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(copy);
        assertThat(copy).exists();
    }

    @Test
    void cancellingTheOptionsWritesNothing() throws Exception {
        openDemo();
        dialogs.nextExportOptions = null;
        dialogs.nextExportFile = dir.resolve("case.json");
        model().exportJson();
        assertThat(dir.resolve("case.json")).doesNotExist();
    }

    @Test
    void sealedCopyOpensAsANewCaseWithTheRightPassphrase() throws Exception {
        openDemo();
        Path sealed = dir.resolve("demo.breachsealed");
        dialogs.nextExportFile = sealed;
        dialogs.nextPassphrase = "correct horse battery";
        model().exportSealed();
        assertThat(sealed).exists();

        Path copy = dir.resolve("copy.breachcase");
        dialogs.nextFileToOpen = sealed;
        dialogs.nextNewCaseFile = copy;
        model().openSealed();

        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(copy);
        assertThat(copy).exists();
    }

    @Test
    void wrongPassphraseIsRefusedAndWritesNothing() throws Exception {
        openDemo();
        Path sealed = dir.resolve("demo.breachsealed");
        dialogs.nextExportFile = sealed;
        dialogs.nextPassphrase = "correct horse battery";
        model().exportSealed();

        dialogs.nextFileToOpen = sealed;
        dialogs.nextNewCaseFile = dir.resolve("copy.breachcase");
        dialogs.nextPassphrase = "wrong horse battery";
        model().openSealed();

        assertThat(dialogs.errors).singleElement().asString().contains("Wrong passphrase");
        assertThat(opened).isEmpty();
        assertThat(dir.resolve("copy.breachcase")).doesNotExist();
    }
}
