package com.partnerhub.service.domain.catalogue;

import java.util.ArrayList;
import java.util.List;

/** A question a package asks when it is ordered; answered per order. */
public class RequirementQuestion {

    private int position;
    private String key;
    private String labelDe;
    private String labelEn;
    private QuestionType type;
    private boolean required;
    private List<String> choices = new ArrayList<>();

    protected RequirementQuestion() {
    }

    public RequirementQuestion(int position, String key, String labelDe, String labelEn, QuestionType type,
                               boolean required, List<String> choices) {
        this.position = position;
        this.key = key;
        this.labelDe = labelDe;
        this.labelEn = labelEn;
        this.type = type;
        this.required = required;
        this.choices = List.copyOf(choices);
    }

    public int position() {
        return position;
    }

    public String key() {
        return key;
    }

    public String label(boolean german) {
        return german ? labelDe : labelEn;
    }

    public String labelDe() {
        return labelDe;
    }

    public String labelEn() {
        return labelEn;
    }

    public QuestionType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public List<String> choices() {
        return List.copyOf(choices);
    }
}
