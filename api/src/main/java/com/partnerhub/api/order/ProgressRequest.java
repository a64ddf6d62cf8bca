package com.partnerhub.api.order;

public class ProgressRequest {
    public String note;
}
