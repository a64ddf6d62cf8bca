package com.partnerhub.service.application.notification;

import java.util.Map;

import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.notification.NotificationKind;

/**
 * What an event is about, read once when it is fanned out: the parties (to resolve the audiences), the link into the
 * portal, and the facts the texts name.
 *
 * @param agencyId       the order's, thread's or transfer's agency (its members and its webhooks)
 * @param accountId      the customer account (its members by permission)
 * @param orderId        for links and the bell
 * @param address        the invited or offered-to e-mail address, for INVITEE and TRANSFER_RECIPIENT
 * @param inviterId      who sent an invitation (told of its answer)
 * @param providerWork   the milestone is the provider's to deliver (provider staff are told)
 * @param threadKey      e-mails of one thread are batched per person
 * @param link           where the event is seen, relative to the portal
 * @param memberId       the collaborator whose access changed, for MEMBER
 * @param siteId         the site the event is about, if any: members whose grant is limited to another site are not told
 * @param facts          named facts for texts and webhooks: orderNumber, orderTitle, milestone, invoice, amountMinor,
 *                       currency, date, site, account, agency, excerpt, daysLeft
 */
public record EventFacts(HistoryEntry event, NotificationKind kind, Long agencyId, Long accountId, Long orderId, String address,
                         Long inviterId, boolean providerWork, String threadKey, String link, Long memberId, Map<String, String> facts,
                         Long siteId) {
}
