package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks what the build publishes, after {@code package}: the BOM lists every published module,
 * each published jar carries its {@code Automatic-Module-Name} and comes with sources and javadoc
 * jars, and the CLI ships a runnable base jar plus one jar per cloud store, and runs.
 */
class PublishedArtifactsIT {
    private static final Path ROOT =
            Paths.get(System.getProperty("augno.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("augno.version", "0.1.0-SNAPSHOT");

    private static final Map<String, String> MODULE_NAMES = PublishedModules.NAMES;

    @Test
    void bomListsEveryPublishedModuleAtTheProjectVersion() throws Exception {
        List<String> published = new ArrayList<>();
        for (String module : texts(parse(ROOT.resolve("pom.xml")), "module")) {
            Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
            boolean skipsDeploy = texts(pom, "maven.deploy.skip").contains("true");
            boolean isBom = module.equals("augno-sdk-bom");
            if (!skipsDeploy && !isBom) {
                published.add(module);
            }
        }
        Map<String, String> bom = new TreeMap<>();
        NodeList deps = parse(ROOT.resolve("augno-sdk-bom/pom.xml")).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            bom.put(child(dep, "artifactId"), child(dep, "version"));
        }

        assertThat(new TreeSet<>(published)).isEqualTo(new TreeSet<>(MODULE_NAMES.keySet()));
        assertThat(bom.keySet()).containsExactlyInAnyOrderElementsOf(published);
        assertThat(bom.values()).allMatch(VERSION::equals);
    }

    @Test
    void everyPublishedJarCarriesItsModuleNameSourcesAndJavadoc() throws IOException {
        for (Map.Entry<String, String> e : MODULE_NAMES.entrySet()) {
            Path target = ROOT.resolve(e.getKey()).resolve("target");
            Path jar = target.resolve(e.getKey() + "-" + VERSION + ".jar");
            assertThat(jar).as("packaged jar of %s", e.getKey()).exists();
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name"))
                        .as("Automatic-Module-Name of %s", e.getKey())
                        .isEqualTo(e.getValue());
            }
            assertThat(target.resolve(e.getKey() + "-" + VERSION + "-sources.jar"))
                    .exists();
            assertThat(target.resolve(e.getKey() + "-" + VERSION + "-javadoc.jar"))
                    .exists();
        }
    }

    @Test
    void theCliShipsABaseJarAndOneJarPerCloudStoreAndRuns() throws Exception {
        Path target = ROOT.resolve("augno-keys-cli/target");
        Path base = target.resolve("augno-keys-cli-" + VERSION + "-base.jar");
        assertThat(base).as("the runnable CLI base jar").exists();
        assertThat(factories(base))
                .containsExactlyInAnyOrder(
                        "com.augno.sdk.internal.secrets.EnvironmentVariableSecretProviderFactory",
                        "com.augno.sdk.internal.secrets.FileSecretProviderFactory",
                        "com.augno.sdk.secrets.vault.VaultSecretProviderFactory");
        assertThat(factories(target.resolve("augno-keys-cli-" + VERSION + "-aws.jar")))
                .containsExactly("com.augno.sdk.secrets.aws.AwsSecretsManagerSecretProviderFactory");
        assertThat(factories(target.resolve("augno-keys-cli-" + VERSION + "-gcp.jar")))
                .containsExactly("com.augno.sdk.secrets.gcp.GcpSecretManagerSecretProviderFactory");
        try (JarFile file = new JarFile(base.toFile())) {
            // The store jars are found beside the base jar; an absent one is skipped by the JVM.
            assertThat(file.getManifest().getMainAttributes().getValue("Class-Path"))
                    .contains("augno-keys-cli-" + VERSION + "-aws.jar", "augno-keys-cli-" + VERSION + "-gcp.jar");
            assertThat(file.stream().map(JarEntry::getName))
                    .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
        }
        try (JarFile gcp = new JarFile(
                target.resolve("augno-keys-cli-" + VERSION + "-gcp.jar").toFile())) {
            // gRPC finds its transports and name resolvers through service files too.
            assertThat(gcp.getJarEntry("META-INF/services/io.grpc.ManagedChannelProvider"))
                    .isNotNull();
        }

        Result version = java(base, "version");
        assertThat(version.exitCode).as(version.output).isZero();
        assertThat(version.output).contains(VERSION);
    }

    /** The {@code SecretProviderFactory} classes a jar's service file lists. */
    private static List<String> factories(Path jar) throws IOException {
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry services = file.getJarEntry("META-INF/services/com.augno.sdk.secrets.SecretProviderFactory");
            assertThat(services)
                    .as("SecretProviderFactory service file of %s", jar.getFileName())
                    .isNotNull();
            try (InputStream in = file.getInputStream(services)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList();
            }
        }
    }

    @Test
    void theCliWithItsStoreJarsResolvesTheCloudStoreSchemes() throws Exception {
        Path jar = ROOT.resolve("augno-keys-cli/target/augno-keys-cli-" + VERSION + "-base.jar");
        // Malformed references: each is refused by its own store's parser (exit 3, configuration),
        // before any network access, which proves the scheme was found in the jar.
        Result aws = java(jar, "rotate", "--key-id", "apke_1", "--store", "aws-sm://prod/augno?region=Europe");
        assertThat(aws.exitCode).as(aws.output).isEqualTo(3);
        assertThat(aws.output).contains("region").doesNotContain("not on the class path", "Unknown secret");
        Result gcp =
                java(jar, "rotate", "--key-id", "apke_1", "--store", "gcp-sm://projects/acme/secrets/augno?region=eu");
        assertThat(gcp.exitCode).as(gcp.output).isEqualTo(3);
        assertThat(gcp.output).contains("region").doesNotContain("not on the class path", "Unknown secret");
        // Azure's SDK has no store jar: the scheme is known, and the message names the module to add.
        Result azure = java(jar, "rotate", "--key-id", "apke_1", "--store", "azure-kv://acme-prod/augno-api-key");
        assertThat(azure.exitCode).as(azure.output).isEqualTo(3);
        assertThat(azure.output).contains("com.augno:augno-sdk-secrets-azure").doesNotContain("Unknown secret");
        Result vault = java(jar, "rotate", "--key-id", "apke_1", "--store", "vault://secret/augno?region=eu");
        assertThat(vault.exitCode).as(vault.output).isEqualTo(3);
        assertThat(vault.output).contains("region").doesNotContain("not on the class path", "Unknown secret");
    }

    private record Result(int exitCode, String output) {}

    /** Runs {@code java -jar jar args} with a clean environment and a 60 s bound. */
    private static Result java(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("AUGNO_") || k.startsWith("AWS_") || k.startsWith("GOOGLE_"));
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(Files.newInputStream(pom));
    }

    private static List<String> texts(Document doc, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    private static String child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
                return n.getTextContent().trim();
            }
        }
        return "";
    }
}
