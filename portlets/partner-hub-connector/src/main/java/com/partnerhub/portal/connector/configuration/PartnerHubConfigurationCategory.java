package com.partnerhub.portal.connector.configuration;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/** Gives Partner Hub its own entry under System Settings → Third Party. */
@Component(service = ConfigurationCategory.class)
public class PartnerHubConfigurationCategory implements ConfigurationCategory {

	public static final String KEY = "partner-hub";

	@Override
	public String getCategoryIcon() {
		return "users";
	}

	@Override
	public String getCategoryKey() {
		return KEY;
	}

	@Override
	public String getCategorySection() {
		return "third-party";
	}

}
