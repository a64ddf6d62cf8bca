package com.partnerhub.service.persistence.conversation;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.conversation.Conversation;
import com.partnerhub.service.domain.conversation.ConversationRepository;
import com.partnerhub.service.domain.conversation.Message;

@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {

    private EntityManager em;

    protected JpaConversationRepository() {
    }

    @Inject
    public JpaConversationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Conversation add(Conversation conversation) {
        em.persist(conversation);
        return conversation;
    }

    @Override
    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    @Override
    public Optional<Conversation> findByOrder(long orderId) {
        return em.createQuery("select c from Conversation c where c.orderId = :o", Conversation.class)
                .setParameter("o", orderId).getResultStream().findFirst();
    }

    @Override
    public boolean customerContacted(long agencyId, long accountId) {
        return em.createQuery("select count(c) from Conversation c where c.agencyId = :g and c.accountId = :a "
                        + "and c.startedByCustomer = true", Long.class)
                .setParameter("g", agencyId).setParameter("a", accountId).getSingleResult() > 0;
    }

    @Override
    public List<Conversation> involving(Collection<Long> agencyIds, Collection<Long> accountIds, int limit) {
        if (agencyIds.isEmpty() && accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Conversation c where c.agencyId in :g or c.accountId in :a "
                        + "order by c.lastMessageAt desc, c.id desc", Conversation.class)
                .setParameter("g", agencyIds.isEmpty() ? List.of(-1L) : agencyIds)
                .setParameter("a", accountIds.isEmpty() ? List.of(-1L) : accountIds)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Message addMessage(Message message) {
        em.persist(message);
        // a plain statement, not the versioned entity: concurrent posts to one thread wait for each other's row
        // lock at most, and never fail on the conversation's version
        em.createNativeQuery("update conversation set last_message_at = ? where id = ? and last_message_at < ?")
                .setParameter(1, message.sentAt().atOffset(ZoneOffset.UTC))
                .setParameter(2, message.conversationId())
                .setParameter(3, message.sentAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return message;
    }

    @Override
    public List<Message> messages(long conversationId, long afterId, int limit) {
        return em.createQuery("select m from Message m where m.conversationId = :c and m.id > :after order by m.id", Message.class)
                .setParameter("c", conversationId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }
}
