package com.partnerhub.service.application.order;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.ContactRepository;
import com.partnerhub.service.domain.shared.Validator;

/** The agency's contacts: its customers with their orders, what was billed, and the way to their conversation. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContactService {

    private ContactRepository contacts;
    private AccessPolicy access;

    protected ContactService() {
    }

    @Inject
    public ContactService(ContactRepository contacts, AccessPolicy access) {
        this.contacts = contacts;
        this.access = access;
    }

    /** A page of contacts and whether another follows. */
    public record ContactPage(List<ContactRepository.Contact> items, boolean more) {
    }

    /** For the agency's own people only; anyone else is told there is no such agency. */
    public ContactPage contacts(User caller, long agencyId, String search, ContactRepository.Sort sort, boolean descending,
                                int offset, int limit) {
        if (!access.worksFor(caller, agencyId)) {
            throw new ResourceNotFound("agency");
        }
        new Validator().maxLength("q", search, 100)
                .check(search == null || search.chars().noneMatch(Character::isISOControl), "q", "INVALID_VALUE").throwIfInvalid();
        List<ContactRepository.Contact> page = contacts.ofAgency(agencyId, search == null ? null : search.strip(), sort,
                descending, offset, limit + 1);
        return new ContactPage(page.size() > limit ? page.subList(0, limit) : page, page.size() > limit);
    }
}
