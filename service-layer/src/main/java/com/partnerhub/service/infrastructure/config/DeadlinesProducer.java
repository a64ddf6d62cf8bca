package com.partnerhub.service.infrastructure.config;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.partnerhub.service.application.shared.Deadlines;

/** The deadlines from MicroProfile Config (ISO-8601 durations). */
@ApplicationScoped
public class DeadlinesProducer {

    @Inject
    @ConfigProperty(name = "partnerhub.invitation.validity", defaultValue = "P14D")
    Duration invitationValidity;

    @Inject
    @ConfigProperty(name = "partnerhub.transfer.validity", defaultValue = "P14D")
    Duration transferValidity;

    @Inject
    @ConfigProperty(name = "partnerhub.review-window", defaultValue = "P8D")
    Duration reviewWindow;

    @Inject
    @ConfigProperty(name = "partnerhub.transfer.undo-window", defaultValue = "PT24H")
    Duration undoWindow;

    @Produces
    Deadlines deadlines() {
        return new Deadlines(invitationValidity, transferValidity, reviewWindow, undoWindow);
    }
}
