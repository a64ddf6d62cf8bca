package com.partnerhub.service.domain.catalogue;

public enum QuestionType {
    TEXT,
    CHOICE,
    /** Answered with the reference of an uploaded document. */
    FILE
}
