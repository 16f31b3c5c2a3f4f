package io.github.facilioo4j.benchmarks;

import java.time.OffsetDateTime;

/** The floor's read model: a plain mutable POJO with the fields of {@code ProcessRead}. */
public final class FloorProcess {
  /** Field of ProcessRead. */
  public Integer id;

  /** Field of ProcessRead. */
  public Integer number;

  /** Field of ProcessRead. */
  public String fullyQualifiedNumber;

  /** Field of ProcessRead. */
  public String subject;

  /** Field of ProcessRead. */
  public String report;

  /** Field of ProcessRead. */
  public Integer accountId;

  /** Field of ProcessRead. */
  public Integer contactId;

  /** Field of ProcessRead. */
  public Integer createdByPartyId;

  /** Field of ProcessRead. */
  public Integer typeId;

  /** Field of ProcessRead. */
  public Integer stageId;

  /** Field of ProcessRead. */
  public Boolean isFinished;

  /** Field of ProcessRead. */
  public OffsetDateTime finishDate;

  /** Field of ProcessRead. */
  public Integer unitId;

  /** Field of ProcessRead. */
  public String externalId;

  /** Field of ProcessRead. */
  public String externalIdOfPantaenius;

  /** Field of ProcessRead. */
  public OffsetDateTime created;

  /** Field of ProcessRead. */
  public OffsetDateTime lastModified;

  /** Field of ProcessRead. */
  public OffsetDateTime deleted;
}
