package com.partnerhub.service.domain.shared;

/**
 * A request that is well-formed but clashes with the current state (an e-mail already registered, a
 * transition that is not allowed now). {@code code} is one of the API's stable error codes.
 */
public class DomainConflict extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public DomainConflict(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
