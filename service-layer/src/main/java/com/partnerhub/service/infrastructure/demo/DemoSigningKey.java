package com.partnerhub.service.infrastructure.demo;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The embedded default's token signing key. Generated in memory the first time it is asked for, which only
 * code guarded by the embedded profile does, so a production service never holds one.
 */
public final class DemoSigningKey {

    public static final String ISSUER = "partner-hub-demo";

    private DemoSigningKey() {
    }

    private static final class Holder {
        static final RsaJsonWebKey KEY = generate();

        private static RsaJsonWebKey generate() {
            try {
                RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
                key.setKeyId("demo-" + Long.toHexString(System.nanoTime()));
                key.setAlgorithm("RS256");
                key.setUse("sig");
                return key;
            } catch (JoseException e) {
                throw new IllegalStateException("cannot generate the demo signing key", e);
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Begins generating the key on a thread of its own (a cold JVM takes about half a second for it), so a start does
     * not wait for it where the key is first asked for; whoever asks first waits for the generation under way.
     */
    static void generateInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread generator = new Thread(DemoSigningKey::key, "demo-signing-key");
            generator.setDaemon(true);
            generator.start();
        }
    }

    static RsaJsonWebKey key() {
        return Holder.KEY;
    }

    /**
     * The public half as PEM for {@code mp.jwt.verify.publickey}. Payara rebuilds the key from this text on every
     * request and tries PEM first, so PEM costs one decode where a JWK costs a failed decode and a JSON parse.
     */
    static String publicPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(Holder.KEY.getPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }
}
