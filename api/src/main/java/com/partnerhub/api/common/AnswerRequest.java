package com.partnerhub.api.common;

/** Answering an invitation or transfer: the token from the e-mail, or the id of one addressed to the caller. */
public class AnswerRequest {
    public String token;
    public Long id;
}
