package com.partnerhub.service.application.order;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.partnerhub.service.domain.catalogue.QuestionType;
import com.partnerhub.service.domain.catalogue.RequirementQuestion;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.order.Order;

/**
 * An order's brief: the package's questions, the answers given, which required ones are still missing (a file
 * question is answered by a document uploaded for it), its earlier versions, and whether the caller may change it.
 */
public record Brief(Order order, List<RequirementQuestion> questions, Map<String, String> answers, List<String> missing,
                    List<HistoryEntry> versions, boolean mayEdit) {

    public static final String REVISED = "BRIEF_REVISED";

    /** The keys of required questions without an answer, in the package's order. */
    public static List<String> missing(List<RequirementQuestion> questions, Map<String, String> answers, Set<String> documentKeys) {
        return questions.stream().filter(RequirementQuestion::required)
                .filter(q -> q.type() == QuestionType.FILE ? !documentKeys.contains(q.key())
                        : answers.get(q.key()) == null || answers.get(q.key()).isBlank())
                .map(RequirementQuestion::key).toList();
    }
}
