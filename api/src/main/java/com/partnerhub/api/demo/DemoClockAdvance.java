package com.partnerhub.api.demo;

/** Body of {@code POST /api/demo/clock}: an ISO-8601 duration such as {@code P8D} or {@code PT36H}. */
public class DemoClockAdvance {
    public String advanceBy;
}
