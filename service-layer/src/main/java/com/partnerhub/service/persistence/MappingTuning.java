package com.partnerhub.service.persistence;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;

import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.agency.Agency;
import com.partnerhub.service.domain.agency.AgencyMembership;
import com.partnerhub.service.domain.catalogue.ServicePackage;
import com.partnerhub.service.domain.conversation.Conversation;
import com.partnerhub.service.domain.conversation.Message;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.notification.Delivery;
import com.partnerhub.service.domain.notification.Notification;
import com.partnerhub.service.domain.notification.WebhookEndpoint;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteTransfer;

/**
 * What the mappings in orm.xml cannot say in the standard schema.
 * <p>How related rows are read, so no use case pays a query per row: small collections always needed with their
 * owner (a person's roles and agencies, a member's permissions) are joined into the owner's query; an order's milestones
 * are read for all orders of a result in one query when first touched. (A milestone's sub-steps and an order's answers
 * are JSON columns of their own rows, {@link SubStepListConverter}, {@link AnswersConverter}.)
 * <p>In which order new rows are written: aggregates refer to each other by id, not by mapped relations, so the
 * foreign keys between their tables are declared here; a transaction then writes everything once, at commit, in an
 * order the database accepts, instead of flushing after every new aggregate.
 */
public class MappingTuning implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        writtenAfter(session, AgencyMembership.class, Agency.class, User.class);
        writtenAfter(session, CustomerAccount.class, User.class, Agency.class);
        writtenAfter(session, AccountMember.class, CustomerAccount.class, User.class);
        writtenAfter(session, Invitation.class, CustomerAccount.class, User.class);
        writtenAfter(session, Site.class, Agency.class, CustomerAccount.class);
        writtenAfter(session, SiteTransfer.class, Site.class, Agency.class, User.class, CustomerAccount.class);
        writtenAfter(session, HistoryEntry.class, User.class);
        writtenAfter(session, Order.class, Agency.class, CustomerAccount.class, Site.class, ServicePackage.class, User.class);
        writtenAfter(session, Invoice.class, Order.class, Milestone.class, CustomerAccount.class, Agency.class);
        writtenAfter(session, Conversation.class, Agency.class, CustomerAccount.class, Order.class, User.class);
        writtenAfter(session, Message.class, Conversation.class, User.class);
        writtenAfter(session, Notification.class, HistoryEntry.class, User.class);
        writtenAfter(session, WebhookEndpoint.class, Agency.class, User.class);
        writtenAfter(session, Delivery.class, HistoryEntry.class, WebhookEndpoint.class, User.class);
        writtenAfter(session, com.partnerhub.service.domain.order.OrderNote.class, Order.class, User.class);
        writtenAfter(session, com.partnerhub.service.domain.order.OrderDocument.class, Order.class, User.class);

        joined(session, User.class, "roles");
        joined(session, User.class, "agencyIds");
        mapping(session, User.class, "agencyIds").setIsReadOnly(true);
        joined(session, AccountMember.class, "permissions");
        joined(session, Invitation.class, "permissions");
        batched(session, Order.class, "milestones");
    }

    private static void writtenAfter(Session session, Class<?> child, Class<?>... parents) {
        ClassDescriptor d = session.getDescriptor(child);
        if (d == null) {
            throw new IllegalStateException("no mapping of " + child.getSimpleName());
        }
        for (Class<?> parent : parents) {
            d.addConstraintDependency(parent);
        }
    }

    private static void joined(Session session, Class<?> owner, String attribute) {
        mapping(session, owner, attribute).useOuterJoinFetch();
    }

    private static void batched(Session session, Class<?> owner, String attribute) {
        ForeignReferenceMapping m = mapping(session, owner, attribute);
        m.setUsesBatchReading(true);
        m.setBatchFetchType(BatchFetchType.IN);
    }

    private static ForeignReferenceMapping mapping(Session session, Class<?> owner, String attribute) {
        ClassDescriptor d = session.getDescriptor(owner);
        if (d == null || !(d.getMappingForAttributeName(attribute) instanceof ForeignReferenceMapping m)) {
            throw new IllegalStateException("no mapping " + owner.getSimpleName() + "." + attribute + " to tune");
        }
        return m;
    }
}
