package com.partnerhub.api.site;

/** A domain's contact as the registrar knows it. */
public class DomainContactView {
    public String name;
    public String email;
}
