package com.partnerhub.service.domain.order;

/** A checklist item of a milestone that the acting party ticks off. */
public class SubStep {

    private int stepNo;
    private String label;
    private boolean done;

    protected SubStep() {
    }

    public SubStep(int stepNo, String label) {
        this.stepNo = stepNo;
        this.label = label;
    }

    public int stepNo() {
        return stepNo;
    }

    public String label() {
        return label;
    }

    public boolean done() {
        return done;
    }

    void mark(boolean done) {
        this.done = done;
    }
}
