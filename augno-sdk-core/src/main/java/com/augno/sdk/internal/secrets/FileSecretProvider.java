package com.augno.sdk.internal.secrets;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.SecretValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API: the {@code file:///absolute/path[#field]} provider, for secrets that platforms mount as
 * files (Kubernetes and Docker secrets, CSI drivers). The file is re-read at every fetch, so a
 * remounted secret is picked up at the next refresh.
 *
 * <p>Each fetch refuses, with a message saying how to fix it: anything but a regular file (links
 * are followed, as Kubernetes mounts are links), a file over {@value #MAX_BYTES} bytes, on POSIX a
 * file that others may read or write or its group may write (group read passes only for a group
 * this process belongs to, the Kubernetes {@code fsGroup} mount), on Windows a file whose ACL lets
 * Everyone, Users or Authenticated Users read or change it, and a file inside a git work tree. A
 * file that disappears after it was read once is a rewrite in progress: a transient failure.
 */
public final class FileSecretProvider implements SecretProvider {
    /** The largest file accepted: a key, or a small JSON document holding one. */
    public static final int MAX_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileSecretProvider.class);

    private final Path path;
    private final @Nullable String jsonField;
    private final String description;
    private final Supplier<@Nullable Set<Long>> processGroups;
    // Set after the first successful read: a missing file is then a rewrite in progress.
    private volatile boolean readOnce;

    private FileSecretProvider(Path path, @Nullable String jsonField, Supplier<@Nullable Set<Long>> processGroups) {
        this.path = path;
        this.jsonField = jsonField;
        this.processGroups = processGroups;
        this.description = "file://" + path.toString().replace('\\', '/') + (jsonField == null ? "" : "#" + jsonField);
    }

    /**
     * Returns a provider for a {@code file:///absolute/path[#field]} reference. Nothing is read yet.
     *
     * @throws ConfigurationException if the path is not absolute, not a valid path, or the
     *     reference has parameters
     */
    public static FileSecretProvider create(SecretReference reference) {
        Objects.requireNonNull(reference, "reference == null");
        if (!reference.scheme().equals("file")) {
            throw new IllegalArgumentException("not a file:// reference: " + reference.scheme());
        }
        reference.requireOnlyParameters(Set.of());
        String target = reference.target();
        if (!target.startsWith("/")) {
            throw new ConfigurationException("The secret reference " + reference
                    + " does not give an absolute path. Use file:/// followed by the path, e.g."
                    + " file:///run/secrets/augno (three slashes: file:// and the path's own /).");
        }
        // file:///C:/dir on Windows names C:/dir.
        String local = target.matches("/[A-Za-z]:/.*") ? target.substring(1) : target;
        Path p;
        try {
            p = Path.of(local);
        } catch (InvalidPathException e) {
            throw new ConfigurationException("The secret reference " + reference + " is not a valid path here.");
        }
        return create(p, reference.jsonField().orElse(null));
    }

    /**
     * Returns a provider for {@code path} (made absolute), optionally reading one JSON field.
     * Nothing is read yet.
     *
     * @throws ConfigurationException if the path contains {@code ..}
     */
    public static FileSecretProvider create(Path path, @Nullable String jsonField) {
        return create(path, jsonField, FilePermissions::processGids);
    }

    /** For tests: a provider that sees {@code processGroups} as this process's groups. */
    static FileSecretProvider create(
            Path path, @Nullable String jsonField, Supplier<@Nullable Set<Long>> processGroups) {
        Objects.requireNonNull(path, "path == null");
        KeyShapes.refuseKey(path.toString(), "The secret file path");
        Path absolute = path.toAbsolutePath();
        for (Path part : absolute) {
            if (part.toString().equals("..")) {
                throw new ConfigurationException(
                        "The secret file path " + absolute + " contains '..'. Give the path without it.");
            }
        }
        return new FileSecretProvider(absolute.normalize(), jsonField, processGroups);
    }

    /**
     * Reads the file after checking it.
     *
     * @throws SecretNotFoundException if the file does not exist (and was never read by this
     *     provider)
     * @throws SecretUnavailableException if the file is missing after an earlier read (a rewrite)
     * @throws SecretAccessDeniedException if this process may not read it
     * @throws SecretUnavailableException on another I/O failure
     * @throws ConfigurationException if the file is not a regular file, too large, readable or
     *     writable by others, writable by its group, readable by a group this process is not in,
     *     open to broad groups in its Windows ACL, or inside a git work tree
     * @throws InvalidApiKeyException if the file is not UTF-8 text, or a JSON field was asked for
     *     and the file is not JSON or lacks it
     */
    @Override
    public SecretValue fetch() {
        RuntimeGuard.enforce();
        Path real;
        BasicFileAttributes attributes;
        try {
            real = path.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            throw failure(e);
        }
        if (!attributes.isRegularFile()) {
            throw new ConfigurationException(description + " is not a regular file. Point the reference at the"
                    + " file that holds the key (for a Kubernetes secret volume: the file named after the key).");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new ConfigurationException(description + " is " + attributes.size() + " bytes; a key file holds a"
                    + " key or a small JSON document (at most " + MAX_BYTES + " bytes). Check the path.");
        }
        checkPermissions(real);
        checkNotInGitWorkTree(path);
        if (!real.equals(path)) {
            checkNotInGitWorkTree(real);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(real);
        } catch (IOException e) {
            throw failure(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigurationException(description + " grew past " + MAX_BYTES + " bytes while being read.");
        }
        readOnce = true;
        String text = SecretText.utf8(ByteBuffer.wrap(bytes));
        java.util.Arrays.fill(bytes, (byte) 0);
        if (text == null) {
            throw new InvalidApiKeyException(description, "the file is not UTF-8 text.");
        }
        SecretValue secret = SecretValue.of(text, null, Clock.systemUTC().instant());
        return jsonField == null ? secret : JsonSecrets.extractField(secret, jsonField, description);
    }

    private void checkPermissions(Path real) {
        PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
        if (view == null) {
            checkAcl(real);
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (IOException e) {
            throw failure(e);
        }
        Long fileGid = permissions.contains(PosixFilePermission.GROUP_READ) ? FilePermissions.fileGid(real) : null;
        switch (FilePermissions.decide(permissions, fileGid, processGroups.get())) {
            case OWNER_ONLY:
                return;
            case OWN_GROUP_READ:
                LOG.debug(
                        "{} is readable by its group (gid {}, permissions {}), a group this process belongs to"
                                + " (as with a Kubernetes fsGroup); accepted because others have no access",
                        description,
                        fileGid,
                        PosixFilePermissions.toString(permissions));
                return;
            default:
                throw new ConfigurationException(FilePermissions.posixAdvice(description, permissions, fileGid));
        }
    }

    private void checkAcl(Path real) {
        AclFileAttributeView acl = Files.getFileAttributeView(real, AclFileAttributeView.class);
        if (acl == null) {
            return; // neither POSIX nor ACLs: nothing to check
        }
        List<String> broad;
        try {
            broad = FilePermissions.broadAccess(acl.getAcl());
        } catch (IOException e) {
            throw failure(e);
        }
        if (!broad.isEmpty()) {
            throw new ConfigurationException(description + " may be read or changed by " + String.join(", ", broad)
                    + ". A key file must be readable by this process's account only: remove those entries"
                    + " (icacls <file> /inheritance:r /grant:r \"%USERNAME%\":R).");
        }
    }

    private void checkNotInGitWorkTree(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                throw new ConfigurationException(description + " is inside a git work tree (" + dir + "). Keys must"
                        + " never live in a repository, where they get committed: move the file out (e.g. to"
                        + " /run/secrets or a directory outside every repository) and change the reference.");
            }
        }
    }

    private RuntimeException failure(IOException e) {
        if (e instanceof NoSuchFileException && readOnce) {
            // It was there before: kubelet and Vault Agent replace files by renaming, and a read
            // can fall between the two steps. Transient, so the cache keeps the last good key.
            return new SecretUnavailableException(
                    description,
                    "the file is missing, though it was read before; a rewrite (kubelet, Vault Agent)"
                            + " may be in progress. If it stays missing, check that the secret is still mounted.");
        }
        if (e instanceof NoSuchFileException) {
            return new SecretNotFoundException(
                    description, "the file does not exist. Check the path and that the" + " secret is mounted.");
        }
        if (e instanceof AccessDeniedException) {
            return new SecretAccessDeniedException(
                    description,
                    "this process may not read the file. Make the process's user its owner (chown, chmod 400),"
                            + " or, for a Kubernetes secret volume read by a non-root process, set the pod's"
                            + " securityContext.fsGroup: kubelet then mounts defaultMode 0400 as 0440 with a group"
                            + " the process belongs to, which is accepted.");
        }
        // The message of an I/O error names the path at most; keep it as the cause.
        return new SecretUnavailableException(
                description, "could not read the file: " + e.getClass().getSimpleName(), e);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "FileSecretProvider(" + description + ")";
    }
}
