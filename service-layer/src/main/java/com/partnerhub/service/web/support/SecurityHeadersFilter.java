package com.partnerhub.service.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hardening headers on every answer. The pages run no inline script but the import map, which the policy
 * admits by its hash (computed from the deployed start page, so it follows the Lit versions the build ships).
 * Framing is allowed to the service's own origin and to the origins in {@code partnerhub.http.frame-ancestors}
 * (the portal, when it embeds a page of the service).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    public static final String FRAME_ANCESTORS = "partnerhub.http.frame-ancestors";
    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    private String contentSecurityPolicy;
    private String frameOptions;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String ancestors = ConfigProvider.getConfig(SecurityHeadersFilter.class.getClassLoader())
                .getOptionalValue(FRAME_ANCESTORS, String.class).map(String::trim).filter(s -> !s.isEmpty()).orElse("");
        contentSecurityPolicy = policy(importMapHash(config), ancestors);
        // X-Frame-Options can name no other origin: send it only when the service alone may frame its pages
        frameOptions = ancestors.isEmpty() ? "SAMEORIGIN" : null;
    }

    static String policy(String importMapHash, String frameAncestors) {
        String scripts = importMapHash == null ? "'self'" : "'self' '" + importMapHash + "'";
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'self'" + (frameAncestors.isEmpty() ? "" : " " + frameAncestors);
    }

    private static String importMapHash(FilterConfig config) {
        try (InputStream page = config.getServletContext().getResourceAsStream("/index.html")) {
            if (page == null) {
                return null;
            }
            Matcher m = IMPORT_MAP.matcher(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            return m.find() ? "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8))) : null;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the start page's import map", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (frameOptions != null) {
            response.setHeader("X-Frame-Options", frameOptions);
        }
        chain.doFilter(request, response);
    }
}
