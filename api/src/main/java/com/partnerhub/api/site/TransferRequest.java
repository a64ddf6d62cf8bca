package com.partnerhub.api.site;

public class TransferRequest {
    public String recipientEmail;
    /** Whether the agency keeps access to the site as collaborator in the customer's account. */
    public Boolean stayAsCollaborator;
}
