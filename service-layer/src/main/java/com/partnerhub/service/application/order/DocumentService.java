package com.partnerhub.service.application.order;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.catalogue.QuestionType;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderDocument;
import com.partnerhub.service.domain.order.OrderDocumentRepository;
import com.partnerhub.service.domain.order.OrderStatus;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.Validator;

/**
 * The customer's documents of an order. An upload is three steps, so no transaction (and no database connection)
 * is held while the bytes arrive: {@link #prepareUpload} checks who and where, {@link #receive} streams the bytes to
 * the store, {@link #record} writes the row in a transaction of its own; if that fails, {@link #abandon} removes the
 * file, so a failed upload leaves neither.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    private OrderDocumentRepository documents;
    private OrderAccess orderAccess;
    private MilestoneWorkflow workflow;
    private OrderWorkspaceService workspace;
    private HistoryRecorder history;
    private DocumentStore store;
    private Clock clock;

    protected DocumentService() {
    }

    @Inject
    public DocumentService(OrderDocumentRepository documents, OrderAccess orderAccess,
                           MilestoneWorkflow workflow, OrderWorkspaceService workspace, HistoryRecorder history,
                           DocumentStore store, Clock clock) {
        this.documents = documents;
        this.orderAccess = orderAccess;
        this.workflow = workflow;
        this.workspace = workspace;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    /** Who may upload to the order, checked before the bytes are read: the customer's side, the agency, provider staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void prepareUpload(User caller, long orderId, String questionKey) {
        Order order = orderAccess.requireVisible(caller, orderId);
        OrderAccess.Standing standing = orderAccess.standing(caller, order);
        if (!standing.customer() && !standing.worker()) {
            throw new ActionForbidden("the customer or those who work on the order upload documents");
        }
        if (order.status() != OrderStatus.ACTIVE) {
            throw new DomainConflict("ORDER_NOT_ACTIVE", "the order is " + order.status(), order.status().name());
        }
        if (questionKey != null) {
            new Validator().check(workspace.questions(order).stream().anyMatch(q -> q.key().equals(questionKey) && q.type() == QuestionType.FILE),
                    "question", "NOT_ASKED").throwIfInvalid();
        }
    }

    /** The largest document accepted, so a request that says it is larger is refused before it is read. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long maxBytes() {
        return store.maxBytes();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DocumentStore.Stored receive(InputStream content, String fileName) {
        return store.store(content, fileName);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void abandon(DocumentStore.Stored stored) {
        store.discard(stored.storageKey());
    }

    /**
     * The stored document becomes the order's: its row, the history, the document deadline met (an order held for
     * late documents resumes), and the brief's file question answered (a first milestone waiting for it starts).
     */
    public OrderDocument record(User caller, long orderId, String questionKey, String fileName, DocumentStore.Stored stored) {
        prepareUpload(caller, orderId, questionKey); // again in this transaction: rights may have changed meanwhile
        Order order = orderAccess.requireVisible(caller, orderId);
        OrderDocument doc = documents.add(new OrderDocument(order.id(), questionKey, OrderDocument.safeFileName(fileName),
                stored.mediaType(), stored.sizeBytes(), stored.sha256(), stored.storageKey(), caller.id(), clock.instant()));
        Map<String, Object> after = new HashMap<>();
        after.put("fileName", doc.fileName());
        after.put("sizeBytes", doc.sizeBytes());
        after.put("mediaType", doc.mediaType());
        if (questionKey != null) {
            after.put("question", questionKey);
        }
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "DOCUMENT_UPLOADED", null, after);
        if (order.holdReason() == com.partnerhub.service.domain.order.HoldReason.DOCUMENTS_LATE) {
            workspace.resumed(order, caller.id()); // the documents that were late arrived
        }
        order.documentsReceived(clock.instant());
        if (questionKey != null) {
            java.util.Set<String> keys = new java.util.HashSet<>(workspace.documentKeys(order));
            keys.add(questionKey); // whether the new row is flushed before the query or not
            workflow.briefMayBeComplete(order, workspace.questions(order), keys, caller.id());
        }
        return doc;
    }

    /** The order's documents, for everyone who sees the order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderDocument> list(User caller, long orderId) {
        Order order = orderAccess.requireVisible(caller, orderId);
        return documents.ofOrder(order.id());
    }

    /** A document and its bytes (checked against their checksum), for everyone who sees the order. */
    public record Download(OrderDocument document, InputStream content) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download open(User caller, long orderId, long documentId) {
        Order order = orderAccess.requireVisible(caller, orderId);
        OrderDocument doc = documents.find(documentId).filter(d -> d.orderId() == order.id())
                .orElseThrow(() -> new ResourceNotFound("document"));
        return new Download(doc, store.open(doc.storageKey(), doc.sha256()));
    }
}
