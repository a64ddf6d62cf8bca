package com.partnerhub.service.domain.conversation;

/** Messages the order workflow writes into the order's thread in the name of the one who acted. */
public enum MessageKind {
    /** A milestone delivered, with the acting party's note and link. */
    DELIVERY,
    /** A revision asked for, with the customer's reason. */
    REVISION_REQUEST
}
