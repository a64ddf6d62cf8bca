package com.partnerhub.service.domain.shared;

import java.util.List;

/** Input that breaks the domain's rules; nothing was changed. Answered 400 with one error per field. */
public class ValidationException extends RuntimeException {

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
