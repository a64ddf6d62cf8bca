package com.partnerhub.service.web.support;

import com.partnerhub.api.common.AnswerRequest;
import com.partnerhub.service.application.account.Answer;

/** Reads the body of every accept/decline endpoint (invitations and transfers alike). */
public final class Answers {

    private Answers() {
    }

    public static Answer from(AnswerRequest request) {
        return request == null ? new Answer(null, null) : new Answer(request.token, request.id);
    }
}
