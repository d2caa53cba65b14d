package com.augno.sdk.internal.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API: who besides the owner may read or change a key file, decided from its POSIX mode or its
 * Windows ACL. Pure decisions (tested with fake ACL entries and group sets) plus the two lookups
 * they need.
 *
 * <p>POSIX: owner-only passes. Group read also passes when the file's group is one of this
 * process's groups and others have no access at all: that is the normal non-root Kubernetes mount
 * (with {@code fsGroup}, kubelet turns {@code defaultMode: 0400} into {@code 0440} and makes the
 * pod's processes members of that group). Group write, or any access for others, is refused.
 *
 * <p>Windows: an ALLOW entry that lets Everyone, Users or Authenticated Users read or change the
 * data is refused. Java exposes principals by name only, so localized names of these groups are not
 * recognised.
 */
final class FilePermissions {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<String> BROAD_PRINCIPALS =
            Set.of("everyone", "users", "authenticated users", "builtin\\users", "nt authority\\authenticated users");
    private static final Set<AclEntryPermission> DATA_ACCESS = EnumSet.of(
            AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA,
            AclEntryPermission.APPEND_DATA,
            AclEntryPermission.WRITE_ACL,
            AclEntryPermission.WRITE_OWNER);

    private FilePermissions() {}

    /** The outcome of a POSIX check. */
    enum Posix {
        /** Owner-only. */
        OWNER_ONLY,
        /** Group-readable by a group this process belongs to; nothing else. */
        OWN_GROUP_READ,
        /** Group or others may read or write it in a way that is refused. */
        REFUSED
    }

    /**
     * Decides a POSIX mode.
     *
     * @param fileGid the file's numeric group, or null when unknown
     * @param processGids this process's groups (primary and supplementary), or null when unknown
     */
    static Posix decide(Set<PosixFilePermission> permissions, @Nullable Long fileGid, @Nullable Set<Long> processGids) {
        boolean groupRead = permissions.contains(PosixFilePermission.GROUP_READ);
        boolean groupWrite = permissions.contains(PosixFilePermission.GROUP_WRITE);
        boolean others = permissions.stream().anyMatch(OTHERS::contains);
        if (others || groupWrite) {
            return Posix.REFUSED;
        }
        if (!groupRead) {
            return Posix.OWNER_ONLY;
        }
        return fileGid != null && processGids != null && processGids.contains(fileGid)
                ? Posix.OWN_GROUP_READ
                : Posix.REFUSED;
    }

    /** Returns the advice for a refused POSIX mode. */
    static String posixAdvice(String description, Set<PosixFilePermission> permissions, @Nullable Long fileGid) {
        boolean groupOnlyRead = permissions.contains(PosixFilePermission.GROUP_READ)
                && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && permissions.stream().noneMatch(OTHERS::contains);
        String mode = PosixFilePermissions.toString(permissions);
        if (groupOnlyRead) {
            return description + " may be read by its group (gid " + (fileGid == null ? "unknown" : fileGid)
                    + ", permissions " + mode + "), and this process is not in that group, so others may read"
                    + " it. Make the file owner-only ('chmod 400'), or give it a group this process belongs"
                    + " to: for a Kubernetes secret volume set the pod's securityContext.fsGroup (kubelet"
                    + " then mounts defaultMode 0400 as 0440 with that group).";
        }
        return description + " may be read or written by group or others (permissions " + mode
                + "). A key file must be owner-only: run 'chmod 600' (or 400) on it; group read is accepted"
                + " only for a group this process belongs to. For a Kubernetes secret volume set"
                + " defaultMode: 0400 (with the pod's securityContext.fsGroup for a non-root process), for a"
                + " Docker or Compose secret set mode: 0400.";
    }

    /**
     * Returns the names of the broad principals an ACL lets read or change the file's data, empty
     * when none.
     */
    static List<String> broadAccess(Collection<AclEntry> acl) {
        Set<String> found = new java.util.LinkedHashSet<>();
        for (AclEntry entry : acl) {
            if (entry.type() != AclEntryType.ALLOW) {
                continue;
            }
            String name = entry.principal().getName();
            if (!BROAD_PRINCIPALS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (entry.permissions().stream().anyMatch(DATA_ACCESS::contains)) {
                found.add(name);
            }
        }
        return List.copyOf(found);
    }

    /** Returns the file's numeric group, or null where the file system does not tell. */
    static @Nullable Long fileGid(Path file) {
        try {
            Object gid = Files.getAttribute(file, "unix:gid");
            return gid instanceof Number ? ((Number) gid).longValue() : null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Returns this process's groups from {@code /proc/self/status} (Linux), or null where that is not
     * available (then group read is refused).
     */
    static @Nullable Set<Long> processGids() {
        Path status = Path.of("/proc/self/status");
        List<String> lines;
        try {
            lines = Files.readAllLines(status, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return parseProcStatus(lines);
    }

    /** Parses the {@code Gid:} and {@code Groups:} lines of {@code /proc/<pid>/status}. */
    static @Nullable Set<Long> parseProcStatus(List<String> lines) {
        Set<Long> gids = new HashSet<>();
        boolean sawGid = false;
        for (String line : lines) {
            boolean gidLine = line.startsWith("Gid:");
            if (!gidLine && !line.startsWith("Groups:")) {
                continue;
            }
            sawGid |= gidLine;
            for (String token : line.substring(line.indexOf(':') + 1).trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    try {
                        gids.add(Long.parseLong(token));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
        }
        return sawGid ? gids : null;
    }
}
