package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.internal.secrets.FilePermissions.Posix;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 20: the permission decisions for key files, POSIX and Windows ACL, on fake inputs. */
class FilePermissionsTest {
    private static final Set<Long> OURS = Set.of(1000L, 2000L);

    private static Posix posix(String mode, Long fileGid) {
        return FilePermissions.decide(PosixFilePermissions.fromString(mode), fileGid, OURS);
    }

    @Test
    void ownerOnlyModesPass() {
        assertThat(posix("r--------", 5L)).isEqualTo(Posix.OWNER_ONLY);
        assertThat(posix("rw-------", 5L)).isEqualTo(Posix.OWNER_ONLY);
    }

    @Test
    void groupReadPassesOnlyForAGroupOfThisProcessWithNothingForOthers() {
        assertThat(posix("r--r-----", 2000L)).isEqualTo(Posix.OWN_GROUP_READ); // fsGroup: 0440
        assertThat(posix("rw-r-----", 1000L)).isEqualTo(Posix.OWN_GROUP_READ);
        assertThat(posix("r--r-----", 3000L)).isEqualTo(Posix.REFUSED);
        assertThat(FilePermissions.decide(PosixFilePermissions.fromString("r--r-----"), null, OURS))
                .isEqualTo(Posix.REFUSED);
        assertThat(FilePermissions.decide(PosixFilePermissions.fromString("r--r-----"), 2000L, null))
                .isEqualTo(Posix.REFUSED);
    }

    @Test
    void groupWriteOrAnyAccessForOthersIsRefused() {
        assertThat(posix("r--rw----", 2000L)).isEqualTo(Posix.REFUSED);
        assertThat(posix("r---w----", 2000L)).isEqualTo(Posix.REFUSED);
        assertThat(posix("r--r--r--", 2000L)).isEqualTo(Posix.REFUSED);
        assertThat(posix("r------w-", 2000L)).isEqualTo(Posix.REFUSED);
        assertThat(posix("r-------x", 2000L)).isEqualTo(Posix.REFUSED);
    }

    @Test
    void procStatusGivesThePrimaryAndSupplementaryGroups() {
        assertThat(FilePermissions.parseProcStatus(List.of(
                        "Name:\tjava",
                        "Uid:\t1000\t1000\t1000\t1000",
                        "Gid:\t1000\t1000\t1000\t1000",
                        "Groups:\t2000 3000 ")))
                .containsExactlyInAnyOrder(1000L, 2000L, 3000L);
        assertThat(FilePermissions.parseProcStatus(List.of("Gid:\t0\t0\t0\t0", "Groups:\t")))
                .containsExactly(0L);
        assertThat(FilePermissions.parseProcStatus(List.of("Name:\tjava"))).isNull();
    }

    @Test
    void aclOfOwnerAndSystemOnlyPasses() {
        List<AclEntry> acl = List.of(
                entry(user("DESKTOP\\svc-augno"), AclEntryType.ALLOW, AclEntryPermission.READ_DATA),
                entry(group("NT AUTHORITY\\SYSTEM"), AclEntryType.ALLOW, AclEntryPermission.READ_DATA),
                entry(group("BUILTIN\\Administrators"), AclEntryType.ALLOW, AclEntryPermission.WRITE_DATA));
        assertThat(FilePermissions.broadAccess(acl)).isEmpty();
    }

    @Test
    void aclThatLetsEveryoneUsersOrAuthenticatedUsersReadOrWriteIsNamed() {
        assertThat(FilePermissions.broadAccess(
                        List.of(entry(group("Everyone"), AclEntryType.ALLOW, AclEntryPermission.READ_DATA))))
                .containsExactly("Everyone");
        assertThat(FilePermissions.broadAccess(
                        List.of(entry(group("BUILTIN\\Users"), AclEntryType.ALLOW, AclEntryPermission.READ_DATA))))
                .containsExactly("BUILTIN\\Users");
        assertThat(FilePermissions.broadAccess(List.of(entry(
                        group("NT AUTHORITY\\Authenticated Users"),
                        AclEntryType.ALLOW,
                        AclEntryPermission.WRITE_DATA))))
                .containsExactly("NT AUTHORITY\\Authenticated Users");
        assertThat(FilePermissions.broadAccess(
                        List.of(entry(group("users"), AclEntryType.ALLOW, AclEntryPermission.APPEND_DATA))))
                .containsExactly("users");
    }

    @Test
    void denyEntriesAndAttributeOnlyAccessAreNotBroadAccess() {
        assertThat(FilePermissions.broadAccess(List.of(
                        entry(group("Everyone"), AclEntryType.DENY, AclEntryPermission.READ_DATA),
                        entry(group("Everyone"), AclEntryType.ALLOW, AclEntryPermission.READ_ATTRIBUTES),
                        entry(group("BUILTIN\\Users"), AclEntryType.AUDIT, AclEntryPermission.READ_DATA))))
                .isEmpty();
    }

    private static AclEntry entry(UserPrincipal who, AclEntryType type, AclEntryPermission permission) {
        return AclEntry.newBuilder()
                .setType(type)
                .setPrincipal(who)
                .setPermissions(EnumSet.of(permission))
                .build();
    }

    private static UserPrincipal user(String name) {
        return () -> name;
    }

    private static GroupPrincipal group(String name) {
        return () -> name;
    }
}
