package com.partnerhub.api.demo;

/** Body of {@code POST /api/demo/tokens}: the e-mail of one of the embedded default's demo users. */
public class DemoTokenRequest {
    public String email;
}
