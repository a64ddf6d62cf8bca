package com.partnerhub.service.domain.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.partnerhub.service.domain.shared.Validator;

/** A catalogue package ("Website / Appsite", "Internet Marketing"): its milestone template and its questions. */
public class ServicePackage {

    /** Limits of a package's questions: few enough for one form, short enough for their columns. */
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_LABEL = 500;
    public static final int MAX_CHOICES = 20;
    public static final int MAX_CHOICE = 100;

    private Long id;
    private String code;
    private String nameDe;
    private String nameEn;
    private String descriptionDe;
    private String descriptionEn;
    private boolean paymentPerMilestone;
    private int documentDeadlineDays;
    private boolean active;
    private List<MilestoneTemplate> milestones = new ArrayList<>();
    private List<RequirementQuestion> questions = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    private long version;

    protected ServicePackage() {
    }

    /** Everything an admin defines about a package. */
    public record Definition(String code, String nameDe, String nameEn, String descriptionDe, String descriptionEn,
                             boolean paymentPerMilestone, int documentDeadlineDays, boolean active,
                             List<MilestoneTemplate> milestones, List<RequirementQuestion> questions) {
    }

    public static ServicePackage define(Definition d, Instant now) {
        ServicePackage p = new ServicePackage();
        p.createdAt = now;
        p.apply(d, now);
        return p;
    }

    public void redefine(Definition d, Instant now) {
        apply(d, now);
    }

    private void apply(Definition d, Instant now) {
        Validator v = new Validator()
                .required("code", d.code()).maxLength("code", d.code(), 64)
                .check(d.code() == null || d.code().matches("[A-Z0-9_]+"), "code", "INVALID_VALUE")
                .required("nameDe", d.nameDe()).maxLength("nameDe", d.nameDe(), 200)
                .required("nameEn", d.nameEn()).maxLength("nameEn", d.nameEn(), 200)
                .maxLength("descriptionDe", d.descriptionDe(), 2000).maxLength("descriptionEn", d.descriptionEn(), 2000)
                .check(d.documentDeadlineDays() >= 1 && d.documentDeadlineDays() <= 90, "documentDeadlineDays", "OUT_OF_RANGE", 1, 90);
        List<MilestoneRules.Planned> planned = d.milestones() == null ? null : d.milestones().stream()
                .map(m -> (MilestoneRules.Planned) new TemplateView(m)).toList();
        MilestoneRules.check(v, "milestones", planned, MilestoneRules.MAX_CATALOGUE);
        if (d.milestones() != null && d.milestones().size() <= MilestoneRules.MAX_CATALOGUE) {
            for (int i = 0; i < d.milestones().size(); i++) {
                MilestoneTemplate m = d.milestones().get(i);
                v.required("milestones[" + i + "].nameEn", m.nameEn())
                        .maxLength("milestones[" + i + "].nameEn", m.nameEn(), MilestoneRules.MAX_NAME)
                        .maxLength("milestones[" + i + "].descriptionEn", m.descriptionEn(), MilestoneRules.MAX_DESCRIPTION)
                        .check(m.stepsDe().size() == m.stepsEn().size(), "milestones[" + i + "].stepsEn", "STEPS_MISMATCH");
                MilestoneRules.checkSteps(v, "milestones[" + i + "].stepsEn", m.stepsEn());
            }
        }
        Set<String> keys = new HashSet<>();
        List<RequirementQuestion> qs = d.questions() == null ? List.of() : d.questions();
        v.check(qs.size() <= MAX_QUESTIONS, "questions", "TOO_MANY", MAX_QUESTIONS);
        for (int i = 0; i < qs.size() && i < MAX_QUESTIONS; i++) {
            RequirementQuestion q = qs.get(i);
            String f = "questions[" + i + "]";
            v.required(f + ".key", q.key()).check(q.key() == null || q.key().matches("[a-z][a-zA-Z0-9_]{0,63}"), f + ".key", "INVALID_VALUE")
                    .check(q.key() == null || keys.add(q.key()), f + ".key", "DUPLICATE")
                    .required(f + ".labelDe", q.labelDe()).required(f + ".labelEn", q.labelEn())
                    .maxLength(f + ".labelDe", q.labelDe(), MAX_LABEL).maxLength(f + ".labelEn", q.labelEn(), MAX_LABEL)
                    .required(f + ".type", q.type())
                    .check(q.type() != QuestionType.CHOICE || !q.choices().isEmpty(), f + ".choices", "REQUIRED")
                    .check(q.choices().size() <= MAX_CHOICES, f + ".choices", "TOO_MANY", MAX_CHOICES);
            for (int k = 0; k < q.choices().size() && k < MAX_CHOICES; k++) {
                v.required(f + ".choices[" + k + "]", q.choices().get(k))
                        .maxLength(f + ".choices[" + k + "]", q.choices().get(k), MAX_CHOICE);
            }
        }
        v.throwIfInvalid();
        code = d.code();
        nameDe = d.nameDe().trim();
        nameEn = d.nameEn().trim();
        descriptionDe = d.descriptionDe();
        descriptionEn = d.descriptionEn();
        paymentPerMilestone = d.paymentPerMilestone();
        documentDeadlineDays = d.documentDeadlineDays();
        active = d.active();
        milestones.clear();
        milestones.addAll(d.milestones());
        questions.clear();
        questions.addAll(qs);
        updatedAt = now;
    }

    private record TemplateView(MilestoneTemplate t) implements MilestoneRules.Planned {
        public String name() {
            return t.nameDe();
        }

        public ActingParty actingParty() {
            return t.actingParty();
        }

        public int plannedDays() {
            return t.plannedDays();
        }

        public int sharePercent() {
            return t.sharePercent();
        }

        public int includedRevisions() {
            return t.includedRevisions();
        }

        public String description() {
            return t.descriptionDe();
        }

        public List<String> steps() {
            return t.stepsDe();
        }
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name(boolean german) {
        return german ? nameDe : nameEn;
    }

    public String description(boolean german) {
        return german ? descriptionDe : descriptionEn;
    }

    public String nameDe() {
        return nameDe;
    }

    public String nameEn() {
        return nameEn;
    }

    public String descriptionDe() {
        return descriptionDe;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public boolean paymentPerMilestone() {
        return paymentPerMilestone;
    }

    public int documentDeadlineDays() {
        return documentDeadlineDays;
    }

    public boolean active() {
        return active;
    }

    public List<MilestoneTemplate> milestones() {
        return milestones.stream().sorted(java.util.Comparator.comparingInt(MilestoneTemplate::position)).toList();
    }

    public List<RequirementQuestion> questions() {
        return questions.stream().sorted(java.util.Comparator.comparingInt(RequirementQuestion::position)).toList();
    }

    public long version() {
        return version;
    }
}
