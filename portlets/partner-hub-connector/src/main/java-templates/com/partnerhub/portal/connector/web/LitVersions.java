package com.partnerhub.portal.connector.web;

/** The Lit WebJar versions this build embeds; generated from the parent POM's properties. */
public final class LitVersions {

	public static final String LIT = "${lit.version}";

	public static final String LIT_ELEMENT = "${lit-element.version}";

	public static final String LIT_HTML = "${lit-html.version}";

	public static final String REACTIVE_ELEMENT = "${lit-reactive-element.version}";

	private LitVersions() {
	}

}
