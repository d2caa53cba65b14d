package com.augno.sdk.secrets.vault.internal;

import com.augno.sdk.errors.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Not API. A CA bundle ({@code VAULT_CACERT}, {@code ca=}) as the only trusted authorities of the client. */
public final class VaultTls {
    private VaultTls() {}

    /**
     * Makes {@code builder} trust only the certificates in the PEM file.
     *
     * @throws ConfigurationException if the file is missing, unreadable or holds no certificate
     */
    public static void trustOnly(OkHttpClient.Builder builder, Path pem, String source) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certs =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new ConfigurationException(
                        "The Vault CA bundle " + pem + " for " + source + " holds no PEM certificate.");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                store.setCertificateEntry("vault-ca-" + i++, c);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            X509TrustManager trust = null;
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509TrustManager x509) {
                    trust = x509;
                }
            }
            if (trust == null) {
                throw new ConfigurationException("The JVM offers no X.509 trust manager for the Vault CA bundle.");
            }
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {trust}, null);
            builder.sslSocketFactory(tls.getSocketFactory(), trust);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(
                    "The Vault CA bundle " + pem + " for " + source + " does not exist; fix" + " ca= or VAULT_CACERT.");
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("The Vault CA bundle " + pem + " for " + source + " is not a readable PEM"
                    + " certificate file (" + e.getClass().getSimpleName() + ").");
        }
    }
}
