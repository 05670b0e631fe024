package com.breachdesk.letters.batch;

import com.breachdesk.letters.template.LetterTemplate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A final batch's templates: each assignment's template is swapped for its approved text, so the letters print
 * exactly what legal approved. A template without approval keeps its assignment here and is refused, once per
 * template, by the batch's first pass (see {@link #refusal}). The check runs once per template id.
 */
final class ApprovedTemplates implements TemplateAssignment {

    private final TemplateAssignment inner;
    private final ApprovalCheck check;
    private final Map<String, ApprovalCheck.Approval> byTemplate = new ConcurrentHashMap<>();

    ApprovedTemplates(TemplateAssignment inner, ApprovalCheck check) {
        this.inner = inner;
        this.check = check;
    }

    private ApprovalCheck.Approval approval(LetterTemplate template) {
        return byTemplate.computeIfAbsent(template.id(), id -> check.approval(template));
    }

    @Override
    public TemplateDecision decide(String jurisdiction, String language) {
        TemplateDecision decision = inner.decide(jurisdiction, language);
        if (decision instanceof Assignment a && approval(a.template()) instanceof ApprovalCheck.Approved ok) {
            return new Assignment(ok.template(), a.fulfils(), a.explanation() + "; approved draft v" + ok.draftVersion());
        }
        return decision;
    }

    @Override
    public String label() {
        return inner.label();
    }

    Optional<String> refusal(LetterTemplate template) {
        return approval(template) instanceof ApprovalCheck.Refused r ? Optional.of(r.reason()) : Optional.empty();
    }

    /** Which approved drafts the batch printed, for its record in the audit trail. */
    String describe() {
        return byTemplate.entrySet().stream().filter(e -> e.getValue() instanceof ApprovalCheck.Approved)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " draft v" + ((ApprovalCheck.Approved) e.getValue()).draftVersion() + " sha256 "
                        + ((ApprovalCheck.Approved) e.getValue()).sha256())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The approved draft a template id printed from, for the manifest. */
    Optional<ApprovalCheck.Approved> approved(String templateId) {
        return byTemplate.get(templateId) instanceof ApprovalCheck.Approved ok ? Optional.of(ok) : Optional.empty();
    }
}
