package com.partnerhub.api.notification;

import java.util.ArrayList;
import java.util.List;

/** The notifications the portal's bell has now (ids from the relay's list); at most 500 at a time. */
public class RelayedRequest {
    public List<Long> ids = new ArrayList<>();
}
