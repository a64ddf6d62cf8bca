package com.partnerhub.api.account;

import java.util.ArrayList;
import java.util.List;

public class MemberView {
    public long userId;
    public String email;
    public String displayName;
    public String role;
    public List<String> permissions = new ArrayList<>();
    public String addedAt;
}
