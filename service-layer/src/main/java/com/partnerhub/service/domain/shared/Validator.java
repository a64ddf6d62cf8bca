package com.partnerhub.service.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every violation of one input before failing, so a form can show all its errors at once. */
public final class Validator {

    // Deliberately simple: one @, something on each side, a dot in the domain, no spaces. Deliverability is
    // proven by the invitation mail, not by a pattern.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<Violation> violations = new ArrayList<>();

    public Validator required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            violations.add(new Violation(field, "REQUIRED"));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "TOO_LONG", max));
        }
        return this;
    }

    public Validator email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.trim()).matches()) {
            violations.add(new Violation(field, "INVALID_EMAIL"));
        }
        return this;
    }

    public Validator check(boolean ok, String field, String code, Object... args) {
        if (!ok) {
            violations.add(new Violation(field, code, args));
        }
        return this;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
