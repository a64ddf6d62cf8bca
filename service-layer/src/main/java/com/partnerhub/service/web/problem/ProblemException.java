package com.partnerhub.service.web.problem;

import java.util.List;

import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.service.domain.shared.Violation;

/** A failure the web layer answers with a given code; {@code args} fill the localized detail. */
public class ProblemException extends RuntimeException {

    private final ErrorCode code;
    private final transient Object[] args;
    private final transient List<Violation> violations;

    public ProblemException(ErrorCode code, Object... args) {
        this(code, List.of(), args);
    }

    public ProblemException(ErrorCode code, List<Violation> violations, Object... args) {
        super(code.name());
        this.code = code;
        this.args = args;
        this.violations = violations;
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }
}
