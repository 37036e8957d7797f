package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalLocationTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertThat(JournalLocation.resolve(Path.of("/x/mine.db"), Map.of("KIP_JOURNAL", "/y/env.db"), "Linux", HOME))
                .isEqualTo(Path.of("/x/mine.db"));
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        assertThat(JournalLocation.resolve(null, Map.of("KIP_JOURNAL", "/y/env.db"), "Linux", HOME)).isEqualTo(Path.of("/y/env.db"));
    }

    @Test
    void perOsDefaults() {
        assertThat(JournalLocation.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ana/.local/share/kip/journal.db"));
        assertThat(JournalLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME)).isEqualTo(Path.of("/data/kip/journal.db"));
        assertThat(JournalLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Kip/journal.db"));
        assertThat(JournalLocation.resolve(null, Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Kip/journal.db"));
    }
}
