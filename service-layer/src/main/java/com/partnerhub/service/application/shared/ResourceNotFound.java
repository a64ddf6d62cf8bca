package com.partnerhub.service.application.shared;

/** The resource does not exist, or the caller may not know that it does: both are answered 404 alike. */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String what) {
        super(what + " not found");
    }
}
