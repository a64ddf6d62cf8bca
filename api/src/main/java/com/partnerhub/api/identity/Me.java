package com.partnerhub.api.identity;

import java.util.ArrayList;
import java.util.List;

/** Answer of {@code GET /api/v1/me}: who the caller is and what roles the service knows for them. */
public class Me {

    public long id;
    public String subject;
    public String email;
    public String displayName;
    public String locale;
    /** Platform roles: {@code ADMIN}, {@code PROVIDER_STAFF}, {@code AGENCY_MEMBER}. */
    public List<String> roles = new ArrayList<>();
    public List<AgencyRef> agencies = new ArrayList<>();

    public static class AgencyRef {
        public long id;
        public String name;
        public String memberRole;

        public AgencyRef() {
        }

        public AgencyRef(long id, String name, String memberRole) {
            this.id = id;
            this.name = name;
            this.memberRole = memberRole;
        }
    }
}
