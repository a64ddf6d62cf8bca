package com.partnerhub.service.domain.agency;

import java.util.List;

public interface AgencyRepository {

    /** The agencies a user works for, with the user's role in each, ordered by agency name. */
    List<Membership> membershipsOf(long userId);

    /** Only the ids of the agencies a user works for: what access checks need. */
    java.util.Set<Long> agencyIdsOf(long userId);

    java.util.Optional<Agency> find(long id);

    record Membership(Agency agency, MemberRole role) {
    }
}
