package com.partnerhub.service.domain.conversation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ConversationRepository {

    Conversation add(Conversation conversation);

    Optional<Conversation> find(long id);

    Optional<Conversation> findByOrder(long orderId);

    /** Whether the customer account ever started a conversation with the agency. */
    boolean customerContacted(long agencyId, long accountId);

    /** Conversations of these agencies or accounts, most recent first. */
    List<Conversation> involving(Collection<Long> agencyIds, Collection<Long> accountIds, int limit);

    Message addMessage(Message message);

    List<Message> messages(long conversationId, long afterId, int limit);
}
