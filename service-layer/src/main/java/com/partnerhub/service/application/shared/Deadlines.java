package com.partnerhub.service.application.shared;

import java.time.Duration;

/** How long the service waits for people: configured once (see infrastructure), used by the use cases. */
public record Deadlines(Duration invitationValidity, Duration transferValidity, Duration reviewWindow, Duration undoWindow) {

    public static final Duration DEFAULT_INVITATION_VALIDITY = Duration.ofDays(14);
    public static final Duration DEFAULT_TRANSFER_VALIDITY = Duration.ofDays(14);
    /** After a delivery the customer has this long to accept or ask for a revision (seed 001: 8 days). */
    public static final Duration DEFAULT_REVIEW_WINDOW = Duration.ofDays(8);

    /** After a site changed hands the customer may hand it back this long. */
    public static final Duration DEFAULT_UNDO_WINDOW = Duration.ofHours(24);

    public static Deadlines defaults() {
        return new Deadlines(DEFAULT_INVITATION_VALIDITY, DEFAULT_TRANSFER_VALIDITY, DEFAULT_REVIEW_WINDOW, DEFAULT_UNDO_WINDOW);
    }
}
