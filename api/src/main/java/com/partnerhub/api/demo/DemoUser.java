package com.partnerhub.api.demo;

import java.util.ArrayList;
import java.util.List;

/** One of the embedded default's demo users, as offered by the user switcher. */
public class DemoUser {
    public String email;
    public String displayName;
    public List<String> roles = new ArrayList<>();
}
