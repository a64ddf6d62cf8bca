package com.partnerhub.api.site;

import java.util.ArrayList;
import java.util.List;

import com.partnerhub.api.common.WarningView;

/** The site after a plan purchase, with the warnings a UI shows (e.g. {@code SITE_BILLED_TO_AGENCY}). */
public class PlanChangeView {
    public SiteView site;
    public List<WarningView> warnings = new ArrayList<>();
}
