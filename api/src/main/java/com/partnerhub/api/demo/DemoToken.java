package com.partnerhub.api.demo;

/** A bearer token minted by the embedded default's demo issuer. */
public class DemoToken {
    public String token;
    public String tokenType = "Bearer";
    public long expiresIn;
    public String email;
}
