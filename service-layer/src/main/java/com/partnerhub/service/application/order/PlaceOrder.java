package com.partnerhub.service.application.order;

import java.util.List;
import java.util.Map;

import com.partnerhub.service.domain.order.MilestonePlan;

/**
 * Placing an order: for a catalogue package ({@code packageId}) or as an individual offer with its own
 * milestones ({@code offerMilestones}), never both. {@code german} picks the language milestone names are
 * taken over from the package in. {@code documentDeadlineDays} overrides the package's document deadline.
 * {@code automaticHandover}: the site (still the agency's) moves to the customer when the final tranche is paid.
 */
public record PlaceOrder(Long agencyId, Long accountId, Long siteId, Long packageId, String title, long priceMinor,
                         String currency, Boolean paymentPerMilestone, String internalReference,
                         List<MilestonePlan> offerMilestones, Map<String, String> answers, boolean german,
                         Integer documentDeadlineDays, boolean automaticHandover) {

    public PlaceOrder(Long agencyId, Long accountId, Long siteId, Long packageId, String title, long priceMinor,
                      String currency, Boolean paymentPerMilestone, String internalReference,
                      List<MilestonePlan> offerMilestones, Map<String, String> answers, boolean german,
                      Integer documentDeadlineDays) {
        this(agencyId, accountId, siteId, packageId, title, priceMinor, currency, paymentPerMilestone, internalReference,
                offerMilestones, answers, german, documentDeadlineDays, false);
    }

    /** Without a document deadline of its own: a package's applies, an individual offer has none. */
    public PlaceOrder(Long agencyId, Long accountId, Long siteId, Long packageId, String title, long priceMinor,
                      String currency, Boolean paymentPerMilestone, String internalReference,
                      List<MilestonePlan> offerMilestones, Map<String, String> answers, boolean german) {
        this(agencyId, accountId, siteId, packageId, title, priceMinor, currency, paymentPerMilestone, internalReference,
                offerMilestones, answers, german, null);
    }
}
