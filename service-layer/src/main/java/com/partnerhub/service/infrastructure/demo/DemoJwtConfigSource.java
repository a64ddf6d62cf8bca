package com.partnerhub.service.infrastructure.demo;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import com.partnerhub.service.infrastructure.config.Profile;

/**
 * In the embedded default, points MicroProfile JWT at the demo issuer: its name and the public half of the
 * in-memory demo key. Outside that profile it answers nothing, so the operator's configuration
 * ({@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.publickey.location}) is the only one.
 */
public class DemoJwtConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";
    private static final Set<String> KEYS = Set.of(PUBLIC_KEY, ISSUER);

    public DemoJwtConfigSource() {
        // the key is first needed when MicroProfile JWT checks its configuration, seconds into the deployment; reading
        // the configuration here would recurse into its making, so only the environment's profile (as bin/serve sets it)
        String profile = System.getenv("PARTNERHUB_PROFILE");
        if (Profile.of(Optional.ofNullable(profile != null ? profile : System.getProperty(Profile.KEY))).isEmbedded()) {
            DemoSigningKey.generateInBackground();
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return KEYS;
    }

    @Override
    public Map<String, String> getProperties() {
        return embedded() ? Map.of(PUBLIC_KEY, DemoSigningKey.publicPem(), ISSUER, DemoSigningKey.ISSUER) : Map.of();
    }

    @Override
    public String getValue(String name) {
        if (!KEYS.contains(name) || !embedded()) {
            return null;
        }
        return PUBLIC_KEY.equals(name) ? DemoSigningKey.publicPem() : DemoSigningKey.ISSUER;
    }

    /** Asks the whole configuration; this source answers null for the profile key, so there is no recursion. */
    boolean embedded() {
        return Profile.current(ConfigProvider.getConfig(DemoJwtConfigSource.class.getClassLoader())).isEmbedded();
    }

    @Override
    public String getName() {
        return "partner-hub-demo-issuer";
    }

    /** Above environment variables (300): in the embedded default the demo issuer is the issuer. */
    @Override
    public int getOrdinal() {
        return 500;
    }
}
