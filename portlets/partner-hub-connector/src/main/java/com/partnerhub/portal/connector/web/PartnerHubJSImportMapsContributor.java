package com.partnerhub.portal.connector.web;

import com.liferay.frontend.js.importmaps.extender.JSImportMapsContributor;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;

import javax.servlet.ServletContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts Lit into the portal page's import map, served from this bundle, so the Partner Hub custom elements
 * load inside Liferay exactly as on the embedded default's page. The versions come from the build. The entries are
 * scoped to this bundle's URLs: another module's {@code lit} stays its own.
 */
@Component(service = JSImportMapsContributor.class)
public class PartnerHubJSImportMapsContributor implements JSImportMapsContributor {

	@Override
	public JSONObject getImportMapsJSONObject() {
		String webjars = _servletContext.getContextPath() + "/webjars/";

		return _jsonFactory.createJSONObject(
		).put(
			"@lit/reactive-element",
			webjars + "lit__reactive-element/" + LitVersions.REACTIVE_ELEMENT +
				"/reactive-element.js"
		).put(
			"@lit/reactive-element/",
			webjars + "lit__reactive-element/" + LitVersions.REACTIVE_ELEMENT + "/"
		).put(
			"lit", webjars + "lit/" + LitVersions.LIT + "/index.js"
		).put(
			"lit/", webjars + "lit/" + LitVersions.LIT + "/"
		).put(
			"lit-element/",
			webjars + "lit-element/" + LitVersions.LIT_ELEMENT + "/"
		).put(
			"lit-element/lit-element.js",
			webjars + "lit-element/" + LitVersions.LIT_ELEMENT + "/lit-element.js"
		).put(
			"lit-html", webjars + "lit-html/" + LitVersions.LIT_HTML + "/lit-html.js"
		).put(
			"lit-html/", webjars + "lit-html/" + LitVersions.LIT_HTML + "/"
		);
	}

	@Override
	public String getScope() {
		return _servletContext.getContextPath() + "/";
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference(target = "(osgi.web.symbolicname=com.partnerhub.portal.connector)")
	private ServletContext _servletContext;

}
