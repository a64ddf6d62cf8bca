package com.partnerhub.service.domain.catalogue;

import java.util.ArrayList;
import java.util.List;

/** One milestone of a package's template, in German and English. */
public class MilestoneTemplate {

    private int position;
    private String nameDe;
    private String nameEn;
    private String descriptionDe;
    private String descriptionEn;
    private ActingParty actingParty;
    private int plannedDays;
    private int sharePercent;
    private int includedRevisions;
    private List<String> stepsDe = new ArrayList<>();
    private List<String> stepsEn = new ArrayList<>();

    protected MilestoneTemplate() {
    }

    public MilestoneTemplate(int position, String nameDe, String nameEn, String descriptionDe, String descriptionEn,
                             ActingParty actingParty, int plannedDays, int sharePercent, int includedRevisions,
                             List<String> stepsDe, List<String> stepsEn) {
        this.position = position;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.descriptionDe = descriptionDe;
        this.descriptionEn = descriptionEn;
        this.actingParty = actingParty;
        this.plannedDays = plannedDays;
        this.sharePercent = sharePercent;
        this.includedRevisions = includedRevisions;
        this.stepsDe = List.copyOf(stepsDe);
        this.stepsEn = List.copyOf(stepsEn);
    }

    public int position() {
        return position;
    }

    public String name(boolean german) {
        return german ? nameDe : nameEn;
    }

    public String description(boolean german) {
        return german ? descriptionDe : descriptionEn;
    }

    public List<String> steps(boolean german) {
        return List.copyOf(german ? stepsDe : stepsEn);
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

    public List<String> stepsDe() {
        return List.copyOf(stepsDe);
    }

    public List<String> stepsEn() {
        return List.copyOf(stepsEn);
    }

    public ActingParty actingParty() {
        return actingParty;
    }

    public int plannedDays() {
        return plannedDays;
    }

    public int sharePercent() {
        return sharePercent;
    }

    public int includedRevisions() {
        return includedRevisions;
    }
}
