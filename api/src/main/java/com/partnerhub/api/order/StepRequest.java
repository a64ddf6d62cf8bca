package com.partnerhub.api.order;

public class StepRequest {
    public Boolean done;
}
