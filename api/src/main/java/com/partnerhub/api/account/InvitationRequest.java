package com.partnerhub.api.account;

import java.util.List;

public class InvitationRequest {
    public String email;
    public List<String> permissions;
}
