package com.partnerhub.service.persistence.order;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.order.ContactRepository;

@ApplicationScoped
public class JpaContactRepository implements ContactRepository {

    // One statement per page: the agency's orders grouped by account (customer_order_agency_account_ix), the latest
    // conversation of each shown account looked up by conversation_account_ix. The sort column is chosen from a
    // fixed list, never from the request's text.
    private static final String PAGE = "select a.id, a.name, count(o.id), "
            + "sum(case when o.status = 'COMPLETED' then 1 else 0 end), sum(o.billed_minor), min(o.currency), max(o.placed_at), max(o.id), "
            + "(select c.id from conversation c where c.account_id = a.id and c.agency_id = ?1 "
            + "order by c.last_message_at desc, c.id desc fetch first 1 rows only) "
            + "from customer_order o join customer_account a on a.id = o.account_id "
            + "where o.agency_id = ?1 and lower(a.name) like ?2 "
            + "group by a.id, a.name order by %s, a.id offset ?3 rows fetch first ?4 rows only";

    private EntityManager em;

    protected JpaContactRepository() {
    }

    @Inject
    public JpaContactRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Contact> ofAgency(long agencyId, String search, Sort sort, boolean descending, int offset, int limit) {
        String column = switch (sort) {
            case NAME -> "lower(a.name)";
            case ORDERS -> "count(o.id)";
            case COMPLETED -> "sum(case when o.status = 'COMPLETED' then 1 else 0 end)";
            case BILLED -> "sum(o.billed_minor)";
            case LAST_ORDER -> "max(o.placed_at)";
        };
        String pattern = "%" + (search == null ? "" : search.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.format(PAGE, column + (descending ? " desc" : " asc")))
                .setParameter(1, agencyId).setParameter(2, pattern).setParameter(3, offset).setParameter(4, limit)
                .getResultList();
        List<Contact> contacts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            contacts.add(new Contact(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5], instant(r[6]),
                    ((Number) r[7]).longValue(), r[8] == null ? null : ((Number) r[8]).longValue()));
        }
        return contacts;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
