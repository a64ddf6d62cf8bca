package com.partnerhub.service.web.support;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import com.partnerhub.service.infrastructure.config.Profile;

/**
 * Shapes the served OpenAPI document: outside the embedded default the demo endpoints do not exist, so the
 * document does not list them either.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String DEMO_PATHS = "/api/demo";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || Profile.current(ConfigProvider.getConfig(ApiDocumentFilter.class.getClassLoader())).isEmbedded()) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream().filter(path -> path.startsWith(DEMO_PATHS)).toList()
                .forEach(openAPI.getPaths()::removePathItem);
    }
}
