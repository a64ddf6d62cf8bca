package com.partnerhub.service.domain.identity;

import java.util.Locale;
import java.util.Set;

import com.partnerhub.service.domain.shared.Validator;

/** What a verified token says about its bearer; the trusted issuer (portal or demo issuer) vouches for it. */
public record IdentityClaims(String subject, String email, String displayName, String locale, Set<PlatformRole> roles) {

    public IdentityClaims {
        new Validator()
                .required("sub", subject).maxLength("sub", subject, 255)
                .required("email", email).email("email", email).maxLength("email", email, 320)
                .maxLength("name", displayName, 200)
                .throwIfInvalid();
        email = normalizeEmail(email);
        displayName = displayName == null || displayName.isBlank() ? email : displayName.trim();
        roles = Set.copyOf(roles);
    }

    /** E-mail addresses are compared case-insensitively everywhere; they are stored in this form. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
