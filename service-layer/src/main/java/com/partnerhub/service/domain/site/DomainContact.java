package com.partnerhub.service.domain.site;

import java.util.Locale;
import java.util.Objects;

import com.partnerhub.service.domain.shared.Validator;

/** A person a registrar knows a domain by: its owner (registrant), administrative, billing or technical contact. */
public final class DomainContact {

    private String name;
    private String email;

    protected DomainContact() {
    }

    private DomainContact(String name, String email) {
        this.name = name;
        this.email = email;
    }

    /** A contact as typed, checked under {@code field} (e.g. {@code ownerContact}). */
    public static DomainContact of(String field, String name, String email) {
        new Validator().required(field + ".name", name).maxLength(field + ".name", name, 200)
                .required(field + ".email", email).email(field + ".email", email).maxLength(field + ".email", email, 320)
                .throwIfInvalid();
        return new DomainContact(name.strip(), email.strip().toLowerCase(Locale.ROOT));
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainContact c && name.equals(c.name) && email.equals(c.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email);
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
