package com.partnerhub.service.domain.order;

/**
 * A checklist item of a milestone that the acting party ticks off. A value: ticking it off replaces it, so the
 * milestone's list is replaced too and the change is seen without comparing lists.
 */
public record SubStep(int stepNo, String label, boolean done) {

    public SubStep(int stepNo, String label) {
        this(stepNo, label, false);
    }

    SubStep marked(boolean done) {
        return new SubStep(stepNo, label, done);
    }
}
