package com.partnerhub.service.application.account;

import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.domain.shared.Validator;

/**
 * How an invitee points at what they answer: the token from their e-mail, or, in the portal's inbox, the id
 * of an invitation addressed to them. Either way the answer is bound to the invitee's e-mail.
 */
public record Answer(String token, Long id) {

    public Answer {
        new Validator().check((token != null && !token.isBlank()) ^ (id != null), "token", "TOKEN_OR_ID_REQUIRED")
                .maxLength("token", token, 200).throwIfInvalid();
    }

    public String tokenHash() {
        return SecretToken.hashOf(token.trim());
    }

    public boolean byToken() {
        return token != null;
    }
}
