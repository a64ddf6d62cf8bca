package com.partnerhub.api.agency;

import java.util.List;

/**
 * An agency's work across its client accounts in one list: its sites, open transfers, pending invitations its people
 * sent and its orders' unpaid invoices, by account (the agency's own sites first), each kind up to 500.
 */
public class ClientOverviewView {
    public long agencyId;
    public List<ClientAccountView> accounts;
    public List<OverviewItemView> items;
    /** More than 500 of some kind: narrow the list by account. */
    public boolean truncated;

    public static class ClientAccountView {
        public long id;
        public String name;
    }
}
