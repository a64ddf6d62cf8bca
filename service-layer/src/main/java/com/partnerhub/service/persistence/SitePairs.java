package com.partnerhub.service.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * Grants limited to one site, as JPQL: each (site, account) pair matched together, so a member limited in two
 * accounts never reaches one account's rows through the other's site.
 */
public final class SitePairs {

    private final String clause;
    private final List<Object[]> parameters;

    private SitePairs(String clause, List<Object[]> parameters) {
        this.clause = clause;
        this.parameters = parameters;
    }

    /** {@code siteColumn} and {@code accountColumn} as the query names them, e.g. {@code o.siteId}, {@code o.accountId}. */
    public static SitePairs of(String siteColumn, String accountColumn, Map<Long, Long> accountOfSite) {
        StringBuilder clause = new StringBuilder();
        List<Object[]> parameters = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Long, Long> pair : accountOfSite.entrySet()) {
            clause.append(" or (").append(siteColumn).append(" = :pairSite").append(n).append(" and ").append(accountColumn)
                    .append(" = :pairAccount").append(n).append(')');
            parameters.add(new Object[] {"pairSite" + n, pair.getKey()});
            parameters.add(new Object[] {"pairAccount" + n, pair.getValue()});
            n++;
        }
        return new SitePairs(clause.toString(), parameters);
    }

    /** Nothing, or {@code or (…) or (…)} to append inside a parenthesised condition. */
    public String clause() {
        return clause;
    }

    public void bind(Query query) {
        parameters.forEach(p -> query.setParameter((String) p[0], p[1]));
    }
}
