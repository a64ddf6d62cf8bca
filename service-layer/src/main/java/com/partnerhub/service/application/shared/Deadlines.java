package com.partnerhub.service.application.shared;

import java.time.Duration;

/** How long the service waits for people: configured once (see infrastructure), used by the use cases. */
public record Deadlines(Duration invitationValidity, Duration transferValidity) {

    public static final Duration DEFAULT_INVITATION_VALIDITY = Duration.ofDays(14);
    public static final Duration DEFAULT_TRANSFER_VALIDITY = Duration.ofDays(14);

    public static Deadlines defaults() {
        return new Deadlines(DEFAULT_INVITATION_VALIDITY, DEFAULT_TRANSFER_VALIDITY);
    }
}
