package com.partnerhub.api.demo;

/** The service's current time and how far the demo control has moved it ahead of the wall clock. */
public class DemoClock {
    public String now;
    public String offset;
}
