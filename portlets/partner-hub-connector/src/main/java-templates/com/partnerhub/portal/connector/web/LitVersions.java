package com.partnerhub.portal.connector.web;

/** The Lit WebJar versions this build embeds, and the build itself; generated from the POM's properties. */
public final class LitVersions {

	/** Changes with every build: the browser code's URL carries it, so a deployed update is never served from cache. */
	public static final String BUILD = "${project.version}-${build.stamp}";

	public static final String LIT = "${lit.version}";

	public static final String LIT_ELEMENT = "${lit-element.version}";

	public static final String LIT_HTML = "${lit-html.version}";

	public static final String REACTIVE_ELEMENT = "${lit-reactive-element.version}";

	private LitVersions() {
	}

}
