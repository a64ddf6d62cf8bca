package com.partnerhub.api.common;

/** Something the user should know before going on; {@code code} is stable, {@code message} localized. */
public class WarningView {
    public String code;
    public String message;

    public WarningView() {
    }

    public WarningView(String code, String message) {
        this.code = code;
        this.message = message;
    }
}
