package com.partnerhub.service.domain.order;

import java.util.List;

public interface OrderNoteRepository {

    OrderNote add(OrderNote note);

    /** An order's notes, newest first, before the given id (0: from the newest). */
    List<OrderNote> ofOrder(long orderId, long beforeId, int limit);
}
