package com.partnerhub.api.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/orders}: a catalogue {@code packageId}, or the {@code milestones} of an individual
 * offer (2-6, each 1-30 days, shares adding up to 100). Price in minor units (cents) of an ISO 4217 currency.
 * {@code answers} maps the package's question keys to answers.
 */
public class PlaceOrderRequest {
    public Long agencyId;
    public Long accountId;
    public Long siteId;
    public Long packageId;
    public String title;
    public Long priceMinor;
    public String currency;
    public Boolean paymentPerMilestone;
    public String internalReference;
    public List<OfferMilestone> milestones;
    public Map<String, String> answers = new LinkedHashMap<>();
    /** Days the customer has to provide documents (1-90); default: the package's, none for an individual offer. */
    public Integer documentDeadlineDays;
    /** Hand the site (still the agency's) over to the customer when the final tranche is paid; default false. */
    public Boolean automaticHandover;

    public static class OfferMilestone {
        public String name;
        public String description;
        public String actingParty;
        public Integer days;
        public Integer sharePercent;
        public Integer includedRevisions;
        public List<String> steps = new ArrayList<>();
    }
}
