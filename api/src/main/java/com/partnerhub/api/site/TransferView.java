package com.partnerhub.api.site;

public class TransferView {
    public long id;
    public long siteId;
    public String siteName;
    public long agencyId;
    public String recipientEmail;
    public boolean stayAsCollaborator;
    /** {@code PENDING}, {@code ACCEPTED}, {@code DECLINED}, {@code CANCELLED}, {@code EXPIRED}. */
    public String status;
    public String createdAt;
    public String expiresAt;
    public Long targetAccountId;
    /** Only in the answer that started it: the secret the recipient accepts with. */
    public String token;
}
