package com.partnerhub.service.domain.order;

import java.util.List;
import java.util.Map;

/**
 * A milestone's words in German and English, kept from its package when the order was placed, so each person reads
 * the order in their own language. An individual offer is written in one language and has none: it reads as written.
 */
public record MilestoneTexts(Map<String, Words> byLanguage) {

    public static final MilestoneTexts NONE = new MilestoneTexts(Map.of());

    /** The name, description and sub-step labels in one language. */
    public record Words(String name, String description, List<String> steps) {
        public Words {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    public MilestoneTexts {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    public static MilestoneTexts of(Words german, Words english) {
        return new MilestoneTexts(Map.of("de", german, "en", english));
    }

    public Words in(boolean german) {
        return byLanguage.get(german ? "de" : "en");
    }
}
