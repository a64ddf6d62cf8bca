package com.partnerhub.service.web.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonObject;

import com.partnerhub.api.order.BriefView;
import com.partnerhub.api.order.NoteView;
import com.partnerhub.service.application.order.Brief;
import com.partnerhub.service.application.order.OrderQueries;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.catalogue.RequirementQuestion;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.invoice.CreditNote;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceStatus;
import com.partnerhub.service.domain.order.OrderNote;
import com.partnerhub.service.web.invoice.InvoiceViews;
import com.partnerhub.service.web.support.EnumValues;
import com.partnerhub.api.invoice.InvoiceView;
import com.partnerhub.api.order.MilestoneView;
import com.partnerhub.api.order.OrderSummary;
import com.partnerhub.api.order.OrderView;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;

/** Domain to API for orders: the order page and the dashboard rows. */
final class OrderViews {

    private OrderViews() {
    }

    static OrderView order(OrderQueries.Details details, Instant now, boolean german) {
        Order o = details.order();
        OrderView v = new OrderView();
        v.id = o.id();
        v.number = o.number();
        v.title = o.title();
        v.status = o.status().name();
        v.endedEarly = o.endedEarly();
        v.agencyId = o.agencyId();
        v.accountId = o.accountId();
        v.accountName = details.accountName();
        v.siteId = o.siteId();
        v.packageId = o.packageId();
        v.priceMinor = o.priceMinor();
        v.currency = o.currency();
        v.billedMinor = o.billedMinor();
        v.paymentPerMilestone = o.paymentPerMilestone();
        v.automaticHandover = o.automaticHandover();
        v.internalReference = o.internalReference();
        v.placedAt = iso(o.placedAt());
        v.lastProgressAt = iso(o.lastProgressAt());
        v.nextDueAt = iso(o.nextDueAt(now));
        v.expectedDeliveryAt = iso(o.expectedDeliveryAt(now));
        v.stale = o.isStale(now);
        v.overdue = o.isOverdue(now);
        List<Order.PlannedDates> dates = o.schedule(now);
        Milestone current = o.firstOpen().orElse(null);
        for (Milestone m : o.milestones()) {
            MilestoneView mv = milestone(m, dates.get(m.position() - 1), m == current && o.status().name().equals("ACTIVE"),
                    german);
            mv.actions = EnumValues.names(details.standing().milestoneActions(o, m));
            v.milestones.add(mv);
        }
        v.actions = EnumValues.names(details.standing().orderActions(o));
        v.answers = new TreeMap<>(o.answers());
        if (details.invoices() != null) {
            v.invoices = InvoiceViews.invoices(details.invoices(), details.creditNotes());
            v.paidMinor = details.invoices().stream().filter(i -> i.status() == InvoiceStatus.PAID).mapToLong(Invoice::amountMinor).sum();
            v.creditedMinor = details.creditNotes().stream().mapToLong(CreditNote::amountMinor).sum();
        }
        v.conversationId = details.conversationId();
        v.documentsDueAt = iso(o.documentsDueAt());
        v.documentsReceivedAt = iso(o.documentsReceivedAt());
        v.onHoldSince = iso(o.onHoldSince());
        v.holdReason = o.holdReason() == null ? null : o.holdReason().name();
        v.heldSeconds = o.heldSeconds();
        v.awaitingBrief = o.awaitingBrief();
        return v;
    }

    static BriefView brief(Brief brief, boolean german, Actors actors) {
        BriefView v = new BriefView();
        v.orderId = brief.order().id();
        v.version = brief.order().briefVersion();
        for (RequirementQuestion q : brief.questions()) {
            BriefView.Question qv = new BriefView.Question();
            qv.key = q.key();
            qv.label = q.label(german);
            qv.type = q.type().name();
            qv.required = q.required();
            qv.choices = q.choices();
            v.questions.add(qv);
        }
        v.answers = new TreeMap<>(brief.answers());
        v.missing = brief.missing();
        v.mayEdit = brief.mayEdit();
        Map<Long, Actors.Actor> named = actors.of(brief.versions().stream().map(HistoryEntry::actorId).toList(), brief.order().agencyId());
        for (HistoryEntry h : brief.versions()) {
            BriefView.Version ver = new BriefView.Version();
            ver.changedAt = iso(h.occurredAt());
            ver.changedBy = h.actorId();
            ver.changedByName = Actors.lookup(named, h.actorId()).name();
            ver.before = answersIn(h.beforeState());
            JsonObject after = JsonSupport.parse(h.afterState());
            ver.after = answersIn(h.afterState());
            ver.version = after.containsKey("version") ? after.getInt("version") : 0;
            v.versions.add(ver);
        }
        return v;
    }

    private static Map<String, String> answersIn(String state) {
        Map<String, String> answers = new TreeMap<>();
        JsonObject o = JsonSupport.parse(state);
        if (o.containsKey("answers") && o.get("answers").getValueType() == jakarta.json.JsonValue.ValueType.OBJECT) {
            o.getJsonObject("answers").forEach((k, val) -> answers.put(k,
                    val instanceof jakarta.json.JsonString js ? js.getString() : val.toString()));
        }
        return answers;
    }

    static NoteView note(OrderNote n, Actors.Actor author) {
        NoteView v = new NoteView();
        v.id = n.id();
        v.body = n.body();
        v.authorId = n.authorId();
        v.authorName = author.name();
        v.createdAt = iso(n.createdAt());
        return v;
    }

    private static MilestoneView milestone(Milestone m, Order.PlannedDates dates, boolean current, boolean german) {
        MilestoneView v = new MilestoneView();
        v.position = m.position();
        v.name = m.name(german);
        v.description = m.description(german);
        v.actingParty = m.actingParty().name();
        v.status = m.status().name();
        v.current = current;
        v.plannedDays = m.plannedDays();
        v.sharePercent = m.sharePercent();
        v.amountMinor = m.amountMinor();
        v.includedRevisions = m.includedRevisions();
        v.revisionsUsed = m.revisionsUsed();
        v.plannedStart = iso(dates.start());
        v.plannedEnd = iso(dates.end());
        v.startedAt = iso(m.startedAt());
        v.deliveredAt = iso(m.deliveredAt());
        v.reviewDueAt = iso(m.reviewDueAt());
        v.acceptedAt = iso(m.acceptedAt());
        v.autoAccepted = m.autoAccepted();
        v.deliveryNote = m.deliveryNote();
        v.deliveryLink = m.deliveryLink();
        m.steps().forEach(s -> {
            MilestoneView.Step step = new MilestoneView.Step();
            step.stepNo = s.stepNo();
            step.label = m.stepLabel(s, german);
            step.done = s.done();
            v.steps.add(step);
        });
        return v;
    }

    static OrderSummary summary(Order o, Map<Long, String> accountNames, Instant now, boolean german) {
        OrderSummary v = new OrderSummary();
        v.id = o.id();
        v.number = o.number();
        v.title = o.title();
        v.status = o.status().name();
        v.agencyId = o.agencyId();
        v.accountId = o.accountId();
        v.accountName = accountNames.get(o.accountId());
        v.priceMinor = o.priceMinor();
        v.currency = o.currency();
        v.placedAt = iso(o.placedAt());
        v.expectedDeliveryAt = iso(o.expectedDeliveryAt(now));
        v.stale = o.isStale(now);
        v.overdue = o.isOverdue(now);
        o.firstOpen().filter(m -> o.status().name().equals("ACTIVE")).ifPresent(m -> {
            OrderSummary.NextStep next = new OrderSummary.NextStep();
            next.position = m.position();
            next.name = m.name(german);
            next.status = m.status().name();
            next.actingParty = m.actingParty().name();
            next.dueAt = iso(o.nextDueAt(now));
            next.amountMinor = m.amountMinor();
            next.reviewDueAt = iso(m.reviewDueAt());
            v.nextStep = next;
        });
        return v;
    }

    static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
