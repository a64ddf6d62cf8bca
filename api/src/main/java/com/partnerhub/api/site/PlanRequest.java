package com.partnerhub.api.site;

public class PlanRequest {
    public String plan;
}
