package com.partnerhub.service.infrastructure.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import com.partnerhub.service.application.site.DomainRegistrar;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.site.Domain;

/**
 * The registrar of the embedded default and the tests: it registers nothing anywhere, it records what it was asked
 * (and logs it), so what a real registrar would have been told can be seen. A provider replaces it with its own
 * {@link DomainRegistrar} (a CDI alternative with a priority).
 */
@ApplicationScoped
public class RecordingDomainRegistrar implements DomainRegistrar {

    private static final Logger LOG = Logger.getLogger(RecordingDomainRegistrar.class.getName());
    private static final int KEPT = 1000;

    /** One request to the registrar. */
    public record Call(String operation, String reference, String name, Domain.Contacts contacts, BillingParty payer) {
    }

    private final List<Call> calls = new ArrayList<>();

    @Override
    public String register(String name, Domain.Contacts contacts, BillingParty payer) {
        String reference = "REC-" + name.toUpperCase(Locale.ROOT);
        keep(new Call("REGISTER", reference, name, contacts, payer));
        return reference;
    }

    @Override
    public void update(String reference, String name, Domain.Contacts contacts, BillingParty payer) {
        keep(new Call("UPDATE", reference, name, contacts, payer));
    }

    private synchronized void keep(Call call) {
        LOG.info(() -> "registrar " + call.operation() + " " + call.name() + ": owner " + call.contacts().owner()
                + ", billing " + call.contacts().billing() + ", tech " + call.contacts().tech() + ", paid by " + call.payer());
        if (calls.size() == KEPT) {
            calls.remove(0);
        }
        calls.add(call);
    }

    /** What it was asked, oldest first. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }
}
