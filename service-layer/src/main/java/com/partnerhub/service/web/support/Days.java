package com.partnerhub.service.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;

/** A day as the API takes it (YYYY-MM-DD), within years a person means; anything else is a field error, not a guess. */
public final class Days {

    /** Years outside these are typos, and beyond what every database and date arithmetic here handles. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private Days() {
    }

    /** The day, or null for none given. */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return within(LocalDate.parse(text.strip()), field);
        } catch (DateTimeParseException e) {
            throw invalid(field);
        }
    }

    public static LocalDate within(LocalDate day, String field) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw invalid(field);
        }
        return day;
    }

    public static ValidationException invalid(String field) {
        return new ValidationException(List.of(new Violation(field, "INVALID_DATE")));
    }
}
