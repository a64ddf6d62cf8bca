package com.partnerhub.service.infrastructure.config;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.partnerhub.service.application.shared.Deadlines;

/** The deadlines from MicroProfile Config (ISO-8601 durations), and the permissions that need the owner's approval. */
@ApplicationScoped
public class RulesProducer {

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

    @Inject
    @ConfigProperty(name = "partnerhub.access.owner-approval", defaultValue = "MANAGE_BILLING,MANAGE_COLLABORATORS")
    java.util.List<String> ownerApproval;

    @Produces
    com.partnerhub.service.application.account.AccessRules accessRules() {
        java.util.Set<com.partnerhub.service.domain.account.Permission> permissions =
                java.util.EnumSet.noneOf(com.partnerhub.service.domain.account.Permission.class);
        for (String name : ownerApproval) {
            if (!name.isBlank() && !name.trim().equalsIgnoreCase("none")) {
                // a misspelt permission stops the start, rather than silently letting it through unapproved
                permissions.add(com.partnerhub.service.domain.account.Permission.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return new com.partnerhub.service.application.account.AccessRules(permissions);
    }

    @Produces
    Deadlines deadlines() {
        return new Deadlines(invitationValidity, transferValidity, reviewWindow, undoWindow);
    }
}
