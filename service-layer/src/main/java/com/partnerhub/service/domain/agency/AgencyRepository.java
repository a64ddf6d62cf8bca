package com.partnerhub.service.domain.agency;

import java.util.List;

public interface AgencyRepository {

    /** The agencies a user works for, with the user's role in each, ordered by agency name. */
    List<Membership> membershipsOf(long userId);

    java.util.Optional<Agency> find(long id);

    record Membership(Agency agency, MemberRole role) {
    }
}
