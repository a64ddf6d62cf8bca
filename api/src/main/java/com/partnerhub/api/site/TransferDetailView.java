package com.partnerhub.api.site;

import java.util.List;

/** One transfer with what moved with the site: its plan and billing, its domains' contacts, the access the agency kept. */
public class TransferDetailView extends TransferView {
    public String plan;
    /** Who is billed for the site now: {@code AGENCY} or {@code CUSTOMER}. */
    public String billingParty;
    public List<DomainView> domains;
    /** What the agency user who offered the site may still do in the account (empty: it left). */
    public List<String> agencyKeeps;
    /** Whether the caller may hand the site back now (the account's owner, within the undo window). */
    public boolean mayUndo;
}
