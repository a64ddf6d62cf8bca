package com.partnerhub.service.web.site;

import java.util.List;
import java.util.Locale;

import com.partnerhub.api.common.WarningView;
import com.partnerhub.api.site.DomainContactView;
import com.partnerhub.api.site.DomainView;
import com.partnerhub.api.site.SiteView;
import com.partnerhub.api.site.TransferDetailView;
import com.partnerhub.api.site.TransferView;
import com.partnerhub.service.application.site.SiteService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.site.Domain;
import com.partnerhub.service.domain.site.DomainContact;
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
        return fill(new TransferView(), t, siteName, token);
    }

    private static <V extends TransferView> V fill(V v, SiteTransfer t, String siteName, String token) {
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
        v.kind = t.kind().name();
        v.orderId = t.orderId();
        v.undoUntil = t.undoUntil() == null ? null : t.undoUntil().toString();
        v.decidedAt = t.decidedAt() == null ? null : t.decidedAt().toString();
        return v;
    }

    static TransferDetailView detail(TransferService.Detail d, SiteService.Billed billed) {
        TransferDetailView v = fill(new TransferDetailView(), d.transfer(), d.site().name(), null);
        v.plan = d.site().plan();
        v.billingParty = billed.billingParty().name();
        v.domains = d.domains().stream().map(SiteViews::domain).toList();
        v.agencyKeeps = d.agencyKeeps().stream().map(Enum::name).sorted().toList();
        v.mayUndo = d.mayUndo();
        return v;
    }

    static DomainView domain(Domain d) {
        DomainView v = new DomainView();
        v.id = d.id();
        v.siteId = d.siteId();
        v.name = d.name();
        v.status = d.status().name();
        v.payer = d.payer().name();
        Domain.Contacts c = d.contacts();
        v.owner = contact(c.owner());
        v.admin = contact(c.admin());
        v.billing = contact(c.billing());
        v.tech = contact(c.tech());
        v.registrarReference = d.registrarReference();
        v.createdAt = d.createdAt().toString();
        return v;
    }

    private static DomainContactView contact(DomainContact c) {
        DomainContactView v = new DomainContactView();
        v.name = c.name();
        v.email = c.email();
        return v;
    }

    static List<WarningView> warnings(List<String> codes, Locale locale) {
        return codes.stream().map(c -> new WarningView(c, ProblemFactory.message("warning." + c, locale))).toList();
    }
}
