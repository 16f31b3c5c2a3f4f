package io.github.facilioo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a user with too old a Jackson or OkHttp is told when creating a client. */
class DependencyFloorsTest {
  @Test
  void jacksonOlderThanTheFloorIsNamedWithTheVersionNeeded() {
    assertEquals(
        "The facilioo SDK needs com.fasterxml.jackson.core:jackson-databind 2.13.0 or newer,"
            + " but the class path has 2.12.7",
        DependencyFloors.problem("2.12.7", "2.13.0", "4.12.0"));
  }

  @Test
  void everyTooOldLibraryIsNamedInOneMessage() {
    String problem = DependencyFloors.problem("2.10.5", "2.10.5", "3.x");
    assertTrue(problem.contains("jackson-databind 2.13.0 or newer, but the class path has 2.10.5"));
    assertTrue(problem.contains("jackson-core 2.13.0 or newer, but the class path has 2.10.5"));
    assertTrue(problem.contains("okhttp 4.9.0 or newer, but the class path has 3.x"), problem);
  }

  @Test
  void okHttpOlderThanTheFloorIsNamed() {
    assertEquals(
        "The facilioo SDK needs com.squareup.okhttp3:okhttp 4.9.0 or newer,"
            + " but the class path has 4.8.1",
        DependencyFloors.problem("2.21.0", "2.21.0", "4.8.1"));
  }

  @Test
  void theFloorsNewerVersionsAndOkHttp5AreAccepted() {
    assertNull(DependencyFloors.problem("2.13.0", "2.13.0", "4.9.0"));
    assertNull(DependencyFloors.problem("2.13.4.2", "2.13.4", "4.12.0"));
    assertNull(DependencyFloors.problem("2.21.0", "2.21.0", "5.5.1"));
  }

  @Test
  void anUnreadableVersionIsNotHeldAgainstTheUser() {
    assertNull(DependencyFloors.problem(null, null, null));
  }

  @Test
  void versionsCompareByTheirLeadingNumbers() {
    assertTrue(DependencyFloors.compare("2.13.0", "2.9.10") > 0);
    assertTrue(DependencyFloors.compare("4.10.0-RC1", "4.9.0") > 0);
    assertEquals(0, DependencyFloors.compare("2.13.0-rc1", "2.13.0"));
  }

  @Test
  void theLibrariesThisBuildRunsOnPassTheCheck() {
    assertDoesNotThrow(DependencyFloors::check);
  }
}
