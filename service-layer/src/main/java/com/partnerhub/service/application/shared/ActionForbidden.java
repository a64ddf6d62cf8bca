package com.partnerhub.service.application.shared;

/** The caller may see the resource but not do this to it: 403, with what they lack. */
public class ActionForbidden extends RuntimeException {

    public ActionForbidden(String why) {
        super(why);
    }
}
