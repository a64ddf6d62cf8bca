package com.partnerhub.api.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A package as an admin defines it, in German and English ({@code POST|PUT /api/v1/packages}). Template rules:
 * 2-5 milestones, each 1-30 days, payment shares adding up to 100.
 */
public class PackageDefinition {
    public String code;
    public String nameDe;
    public String nameEn;
    public String descriptionDe;
    public String descriptionEn;
    public Boolean paymentPerMilestone;
    public Integer documentDeadlineDays;
    public Boolean active;
    public List<Milestone> milestones = new ArrayList<>();
    public List<Question> questions = new ArrayList<>();

    public static class Milestone {
        public String nameDe;
        public String nameEn;
        public String descriptionDe;
        public String descriptionEn;
        /** {@code AGENCY}, {@code PROVIDER} or {@code CUSTOMER}. */
        public String actingParty;
        public Integer plannedDays;
        public Integer sharePercent;
        public Integer includedRevisions;
        public List<String> stepsDe = new ArrayList<>();
        public List<String> stepsEn = new ArrayList<>();
    }

    public static class Question {
        public String key;
        public String labelDe;
        public String labelEn;
        /** {@code TEXT}, {@code CHOICE} or {@code FILE}. */
        public String type;
        public Boolean required;
        public List<String> choices = new ArrayList<>();
    }
}
