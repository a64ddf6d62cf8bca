package com.partnerhub.api.error;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9457 problem details as the service sends them ({@code application/problem+json}), extended with
 * a stable {@link ErrorCode}, the request id and per-field errors for validation failures.
 */
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    public String type;
    public String title;
    public int status;
    public String detail;
    public String instance;
    public String code;
    public String requestId;
    public List<FieldError> errors = new ArrayList<>();

    public Problem() {
    }

    /** One rejected field of a request: where ({@code field}, a JSON path such as {@code milestones[2].days}), why and in words. */
    public static class FieldError {
        public String field;
        public String code;
        public String message;

        public FieldError() {
        }

        public FieldError(String field, String code, String message) {
            this.field = field;
            this.code = code;
            this.message = message;
        }
    }
}
