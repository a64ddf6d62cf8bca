package com.partnerhub.api.account;

import java.util.ArrayList;
import java.util.List;

/** A customer account as the caller sees it, with the caller's own role and permissions there. */
public class AccountView {
    public long id;
    public String name;
    public String ownerEmail;
    public Long ownerUserId;
    public boolean takenOver;
    public String billingParty;
    public Long billingAgencyId;
    public Long openedByAgencyId;
    public String authorisationNote;
    public String authorisedAt;
    public String createdAt;
    /** {@code OWNER}, {@code COLLABORATOR}, or null for provider staff looking in. */
    public String myRole;
    public List<String> myPermissions = new ArrayList<>();
    /** Only in the answer to opening an account on a customer's behalf: the invitation to take it over. */
    public InvitationView ownerInvitation;
}
