package io.github.facilioo4j.benchmarks;

import java.time.OffsetDateTime;

/** The floor's create body: a plain mutable POJO with the ten fields of {@code ProcessCreate}. */
public final class FloorProcessCreate {
  /** Creating account, or null. */
  public Integer accountId;

  /** Short title, or null. */
  public String subject;

  /** Rich-text description; required. */
  public String report;

  /** Primary contact party; required. */
  public Integer contactId;

  /** Process type; required. */
  public Integer typeId;

  /** Initial stage, or null. */
  public Integer stageId;

  /** Finished flag, or null. */
  public Boolean isFinished;

  /** When it finished, or null. */
  public OffsetDateTime finishDate;

  /** The unit; required. */
  public Integer unitId;

  /** Id in the integrating system, or null. */
  public String externalId;
}
