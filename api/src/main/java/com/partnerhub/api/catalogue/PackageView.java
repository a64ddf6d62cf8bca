package com.partnerhub.api.catalogue;

import java.util.ArrayList;
import java.util.List;

/** A package in the caller's language; admins also get the full {@code definition} in both languages. */
public class PackageView {
    public long id;
    public String code;
    public String name;
    public String description;
    public boolean paymentPerMilestone;
    public int documentDeadlineDays;
    public boolean active;
    public List<MilestoneTemplateView> milestones = new ArrayList<>();
    public List<QuestionView> questions = new ArrayList<>();
    public PackageDefinition definition;

    public static class MilestoneTemplateView {
        public int position;
        public String name;
        public String description;
        public String actingParty;
        public int plannedDays;
        public int sharePercent;
        public int includedRevisions;
        public List<String> steps = new ArrayList<>();
    }

    public static class QuestionView {
        public String key;
        public String label;
        public String type;
        public boolean required;
        public List<String> choices = new ArrayList<>();
    }
}
