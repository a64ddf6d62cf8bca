package com.partnerhub.service.domain.order;

import java.util.List;

import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.catalogue.MilestoneRules;

/** A milestone as an order is placed with it: from a package template or written into an individual offer. */
public record MilestonePlan(String name, String description, ActingParty actingParty, int plannedDays, int sharePercent,
                            int includedRevisions, List<String> steps, MilestoneTexts texts)
        implements MilestoneRules.Planned {

    public MilestonePlan {
        steps = steps == null ? List.of() : List.copyOf(steps);
        texts = texts == null ? MilestoneTexts.NONE : texts;
    }

    /** A milestone written in one language (an individual offer). */
    public MilestonePlan(String name, String description, ActingParty actingParty, int plannedDays, int sharePercent,
                         int includedRevisions, List<String> steps) {
        this(name, description, actingParty, plannedDays, sharePercent, includedRevisions, steps, MilestoneTexts.NONE);
    }
}
