package com.partnerhub.service.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;

/**
 * A resource whose every request is one transaction: the caller is resolved, the use case runs and the answer is
 * built from what it read, all in it, so no request reads the same rows twice or commits more than once. A commit
 * that fails (a lost optimistic lock, a unique key taken meanwhile) becomes a 409 (TransactionalProblemMapper).
 */
@Stereotype
@RequestScoped
@Transactional
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiRequest {
}
