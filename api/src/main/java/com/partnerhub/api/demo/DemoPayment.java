package com.partnerhub.api.demo;

/** Body of {@code POST /api/demo/payments}: the embedded default pays an invoice as the billing system would. */
public class DemoPayment {
    public String invoiceNumber;
}
