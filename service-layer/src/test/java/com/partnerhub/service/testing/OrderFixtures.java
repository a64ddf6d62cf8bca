package com.partnerhub.service.testing;

import java.time.Clock;
import java.util.EnumSet;

import jakarta.persistence.EntityManagerFactory;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;

/** The starting point of the order tests: Clara's account with Anna's agency working in it, and paying an invoice. */
public final class OrderFixtures {

    private OrderFixtures() {
    }

    /** Clara opens "Claras Laden" and lets Anna in to order, change the specs and edit the site; its id. */
    public static long claraWithAnna(EntityManagerFactory emf, Clock clock) {
        long accountId = Services.inTx(emf, clock, s -> s.accountService.open(s.user("demo-clara"),
                new OpenAccount("Claras Laden", null, null, false, null, null, null)).account().id());
        String token = Services.inTx(emf, clock, s -> s.invitationService.invite(s.user("demo-clara"), accountId,
                "anna@agentur-beispiel.example", EnumSet.of(Permission.ORDER_PRODUCTS, Permission.CHANGE_SPECS, Permission.EDIT_SITE))
                .token());
        Services.inTx(emf, clock, s -> s.invitationService.accept(s.user("demo-anna"), new Answer(token, null)));
        return accountId;
    }

    /** Pays the invoice in full the way the billing system's callback does, under its own idempotency key. */
    public static void pay(EntityManagerFactory emf, Clock clock, Invoice invoice, String key) {
        String body = "{\"invoiceNumber\":\"" + invoice.number() + "\",\"amountMinor\":" + invoice.amountMinor() + "}";
        Services.inTx(emf, clock, s -> s.payments.record("pay-" + key, SecretToken.hashOf(body),
                new PaymentService.PaymentNotice(invoice.number(), invoice.amountMinor(), invoice.currency(), "bank-" + key), i -> "{}"));
    }

    /** Retries a racer that lost to the other's commit, as a client gets 409 and tries again; "done" or the final code. */
    public static String untilSettled(Runnable attempt) {
        for (int i = 0; i < 20; i++) {
            try {
                attempt.run();
                return "done";
            } catch (DomainConflict e) {
                return e.code();
            } catch (RuntimeException e) {
                // lost an optimistic lock: the state changed under us; read it anew
            }
        }
        return "gave up";
    }
}
