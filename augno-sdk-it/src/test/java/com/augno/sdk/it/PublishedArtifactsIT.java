package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks what the build publishes, after {@code package}: the BOM lists every published module, and
 * each published jar carries its {@code Automatic-Module-Name} and comes with sources and javadoc
 * jars.
 */
class PublishedArtifactsIT {
    private static final Path ROOT =
            Paths.get(System.getProperty("augno.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("augno.version", "0.1.0-SNAPSHOT");

    /** Published jar modules and the module names their manifests must carry. */
    private static final Map<String, String> MODULE_NAMES = Map.of(
            "augno-sdk-core", "com.augno.sdk.core",
            "augno-sdk-secrets-aws", "com.augno.sdk.secrets.aws",
            "augno-sdk-secrets-gcp", "com.augno.sdk.secrets.gcp",
            "augno-sdk-testing", "com.augno.sdk.testing",
            "augno-keys-cli", "com.augno.keys.cli");

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
