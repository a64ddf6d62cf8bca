package com.partnerhub.service.domain.catalogue;

import java.util.List;

import com.partnerhub.service.domain.shared.Validator;

/**
 * The rules every milestone plan obeys (seed 001): at least 2 milestones, at most 5 on a catalogue package
 * and 6 on an individual offer, each at most 30 days, payment shares adding up to exactly 100%.
 */
public final class MilestoneRules {

    public static final int MIN_MILESTONES = 2;
    public static final int MAX_CATALOGUE = 5;
    public static final int MAX_OFFER = 6;
    public static final int MAX_DAYS = 30;
    public static final int MAX_REVISIONS = 10;
    /** Limits that keep one order page small and every text within its column. */
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_STEPS = 15;
    public static final int MAX_STEP_LABEL = 200;

    private MilestoneRules() {
    }

    /** What the rules look at in one milestone. */
    public interface Planned {
        String name();

        String description();

        List<String> steps();

        ActingParty actingParty();

        int plannedDays();

        int sharePercent();

        int includedRevisions();
    }

    public static void check(Validator v, String field, List<? extends Planned> milestones, int max) {
        if (milestones == null || milestones.size() < MIN_MILESTONES || milestones.size() > max) {
            v.check(false, field, "MILESTONE_COUNT", MIN_MILESTONES, max);
            return;
        }
        int sum = 0;
        for (int i = 0; i < milestones.size(); i++) {
            Planned m = milestones.get(i);
            String f = field + "[" + i + "]";
            v.required(f + ".name", m.name()).maxLength(f + ".name", m.name(), MAX_NAME)
                    .maxLength(f + ".description", m.description(), MAX_DESCRIPTION)
                    .required(f + ".actingParty", m.actingParty())
                    .check(m.plannedDays() >= 1 && m.plannedDays() <= MAX_DAYS, f + ".days", "OUT_OF_RANGE", 1, MAX_DAYS)
                    .check(m.sharePercent() >= 0 && m.sharePercent() <= 100, f + ".sharePercent", "OUT_OF_RANGE", 0, 100)
                    .check(m.includedRevisions() >= 0 && m.includedRevisions() <= MAX_REVISIONS, f + ".includedRevisions",
                            "OUT_OF_RANGE", 0, MAX_REVISIONS);
            checkSteps(v, f + ".steps", m.steps());
            sum += m.sharePercent();
        }
        v.check(sum == 100, field, "SHARES_NOT_100", sum);
    }

    /** A milestone's checklist: at most {@value #MAX_STEPS} sub-steps, each a non-blank label of at most {@value #MAX_STEP_LABEL}. */
    public static void checkSteps(Validator v, String field, List<String> steps) {
        if (steps == null) {
            return;
        }
        if (steps.size() > MAX_STEPS) {
            v.check(false, field, "TOO_MANY", MAX_STEPS);
            return;
        }
        for (int k = 0; k < steps.size(); k++) {
            v.required(field + "[" + k + "]", steps.get(k)).maxLength(field + "[" + k + "]", steps.get(k), MAX_STEP_LABEL);
        }
    }
}
