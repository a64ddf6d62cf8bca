package com.partnerhub.service.infrastructure.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.partnerhub.service.infrastructure.config.Profile;

/**
 * Who issues the invoices (the hosting provider) and the tax line they carry, from configuration. Amounts are gross:
 * the tax contained in them is shown at {@code vatPercent}; with 0 the {@code taxNote} (e.g. a small-business or
 * reverse-charge remark) stands instead.
 */
public record InvoiceIssuer(String name, List<String> address, String vatId, int vatPercent, String taxNoteDe,
                            String taxNoteEn) {

    public InvoiceIssuer {
        address = address == null ? List.of() : List.copyOf(address);
        if (vatPercent < 0 || vatPercent > 100) {
            throw new IllegalArgumentException("partnerhub.invoice.vat-percent must be between 0 and 100, was " + vatPercent);
        }
    }

    /** The tax contained in a gross amount, rounded half up to the minor unit. */
    public long vatIn(long grossMinor) {
        return vatPercent == 0 ? 0 : Math.round(grossMinor * (double) vatPercent / (100 + vatPercent));
    }

    @ApplicationScoped
    public static class Producer {

        @Inject
        @ConfigProperty(name = "partnerhub.provider.name", defaultValue = "Partner Hub")
        String name;

        @Inject
        @ConfigProperty(name = "partnerhub.invoice.issuer-address")
        Optional<String> address;

        @Inject
        @ConfigProperty(name = "partnerhub.invoice.vat-id")
        Optional<String> vatId;

        @Inject
        @ConfigProperty(name = "partnerhub.invoice.vat-percent", defaultValue = "19")
        int vatPercent;

        @Inject
        @ConfigProperty(name = "partnerhub.invoice.tax-note-de")
        Optional<String> taxNoteDe;

        @Inject
        @ConfigProperty(name = "partnerhub.invoice.tax-note-en")
        Optional<String> taxNoteEn;

        @Produces
        InvoiceIssuer issuer() {
            if (Profile.current().isEmbedded() && address.isEmpty() && vatId.isEmpty()) {
                // the demo's invoices look like real ones; an operator's own settings replace all of this
                return new InvoiceIssuer(name, List.of("Demo Hosting GmbH", "Beispielweg 1", "10115 Berlin"), "DE000000000",
                        vatPercent, taxNoteDe.orElse(null), taxNoteEn.orElse(null));
            }
            return new InvoiceIssuer(name, address.map(a -> Arrays.stream(a.split("\\|")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList()).orElse(List.of()), vatId.orElse(null), vatPercent,
                    taxNoteDe.orElse(null), taxNoteEn.orElse(null));
        }
    }
}
