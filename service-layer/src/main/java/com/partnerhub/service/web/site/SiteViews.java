package com.partnerhub.service.web.site;

import java.util.List;
import java.util.Locale;

import com.partnerhub.api.common.WarningView;
import com.partnerhub.api.site.SiteView;
import com.partnerhub.api.site.TransferView;
import com.partnerhub.service.application.site.SiteService;
import com.partnerhub.service.domain.site.SiteTransfer;
import com.partnerhub.service.web.problem.ProblemFactory;

/** Domain to API: sites, their billing, transfers and warnings. */
final class SiteViews {

    private SiteViews() {
    }

    static SiteView site(SiteService.Billed b) {
        SiteView v = new SiteView();
        v.id = b.site().id();
        v.name = b.site().name();
        v.domain = b.site().domain();
        v.plan = b.site().plan();
        v.agencyId = b.site().agencyId();
        v.ownerAccountId = b.site().ownerAccountId();
        v.underAgency = b.site().isUnderAgency();
        v.billingParty = b.billingParty().name();
        v.billedAgencyId = b.billedAgencyId();
        v.billedAccountId = b.billedAccountId();
        v.createdAt = b.site().createdAt().toString();
        return v;
    }

    static TransferView transfer(SiteTransfer t, String siteName, String token) {
        TransferView v = new TransferView();
        v.id = t.id();
        v.siteId = t.siteId();
        v.siteName = siteName;
        v.agencyId = t.agencyId();
        v.recipientEmail = t.recipientEmail();
        v.stayAsCollaborator = t.stayAsCollaborator();
        v.status = t.status().name();
        v.createdAt = t.createdAt().toString();
        v.expiresAt = t.expiresAt().toString();
        v.targetAccountId = t.targetAccountId();
        v.token = token;
        return v;
    }

    static List<WarningView> warnings(List<String> codes, Locale locale) {
        return codes.stream().map(c -> new WarningView(c, ProblemFactory.message("warning." + c, locale))).toList();
    }
}
