package com.partnerhub.api.demo;

/** A bearer token minted by the embedded default's demo issuer. */
public class DemoToken {
    public String token;
    public String tokenType = "Bearer";
    public long expiresIn;
    /** Unix seconds, as the connector's token URL answers. */
    public long expiresAt;
    public String email;
}
