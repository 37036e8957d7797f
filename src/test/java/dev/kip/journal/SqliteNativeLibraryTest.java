package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @Test
    void namesSqliteJdbcsFolderForTheDesktopPlatforms() {
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "amd64")).contains("Linux/x86_64");
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "aarch64")).contains("Linux/aarch64");
        assertThat(SqliteNativeLibrary.platformFolder("Windows 11", "amd64")).contains("Windows/x86_64");
        assertThat(SqliteNativeLibrary.platformFolder("Mac OS X", "aarch64")).contains("Mac/aarch64");
        assertThat(SqliteNativeLibrary.platformFolder("Mac OS X", "x86_64")).contains("Mac/x86_64");
    }

    @Test
    void namesNoFolderForOtherPlatformsSoSqliteJdbcFindsItsOwn() {
        assertThat(SqliteNativeLibrary.platformFolder("FreeBSD", "amd64")).isEmpty();
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "riscv64")).isEmpty();
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "x86")).isEmpty();
    }

    @Test
    void agreesWithSqliteJdbcOnThisMachine() {
        // sqlite-jdbc's own answer, e.g. "/org/sqlite/native/Linux/x86_64" and "libsqlitejdbc.so"
        String theirs = LibraryLoaderUtil.getNativeLibResourcePath();
        assertThat(SqliteNativeLibrary.platformFolder(System.getProperty("os.name"), System.getProperty("os.arch")))
                .map(folder -> "/org/sqlite/native/" + folder).contains(theirs);
        assertThat(System.mapLibraryName("sqlitejdbc")).isEqualTo(LibraryLoaderUtil.getNativeLibName());
    }
}
