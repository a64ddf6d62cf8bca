package com.partnerhub.api.site;

public class TransferView {
    public long id;
    public long siteId;
    public String siteName;
    public long agencyId;
    public String recipientEmail;
    public boolean stayAsCollaborator;
    /** {@code PENDING}, {@code ACCEPTED}, {@code DECLINED}, {@code CANCELLED}, {@code EXPIRED}, {@code UNDONE}. */
    public String status;
    /** {@code OFFER} (offered and answered) or {@code AUTOMATIC} (at the final payment of an order). */
    public String kind;
    /** The order whose final payment handed the site over, for {@code AUTOMATIC}. */
    public Long orderId;
    /** Until when the account's owner may hand the site back (accepted transfers). */
    public String undoUntil;
    public String decidedAt;
    public String createdAt;
    public String expiresAt;
    public Long targetAccountId;
    /** Only in the answer that started it: the secret the recipient accepts with. */
    public String token;
}
