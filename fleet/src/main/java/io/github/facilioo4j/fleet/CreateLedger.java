package io.github.facilioo4j.fleet;

import io.github.facilioo4j.core.Sleeper;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates each process exactly once across workers, through a table in the integrator's database
 * (PostgreSQL): a worker claims the {@code externalId} (the primary key decides the race), creates
 * the process, and records its id. Thread-safe; share one per database.
 *
 * <pre>{@code
 * CreateLedger ledger = CreateLedger.builder(dataSource).build();
 * ledger.migrate(); // once, or run CreateLedger.MIGRATION with your migration tool
 * LedgerResult result = ledger.createOnce(processes, ProcessCreate.builder()
 *     .report("<p>Water in the basement</p>").contactId(12).typeId(3).unitId(77)
 *     .externalId("erp-4711").build());
 * }</pre>
 *
 * <ul>
 *   <li>A worker that finds the id recorded returns it without calling facilioo ({@link
 *       LedgerResult.Outcome#RECORDED}).
 *   <li>A worker that finds a claim still leased waits for the record, polling, at most {@link
 *       Builder#waitTimeout}, then throws {@link ClaimPendingException}.
 *   <li>A claim whose lease ran out (its worker died, or failed in a way that may have created the
 *       process) is taken over by one worker, which first looks the {@code externalId} up in
 *       facilioo ({@link ProcessesClient#createIfAbsent}) and creates only if it is absent.
 *   <li>A create that provably created nothing (not sent, or a 4xx answer) ends the lease at once.
 * </ul>
 *
 * <p>Exactly once holds while a create takes less than the lease, the workers' clocks agree to well
 * within it, and nobody else creates processes with these external ids.
 */
public final class CreateLedger {
  /** The class-path resource with the SQL that creates the tables: {@value}. */
  public static final String MIGRATION = "io/github/facilioo4j/fleet/V1__facilioo_fleet.sql";

  private static final Logger LOG = LoggerFactory.getLogger(CreateLedger.class);

  private final DataSource dataSource;
  private final LedgerTable table;
  private final Duration lease;
  private final Duration waitTimeout;
  private final Duration pollInterval;
  private final Clock clock;
  private final Sleeper sleeper;

  private CreateLedger(Builder b) {
    this.dataSource = b.dataSource;
    this.table = new LedgerTable(b.dataSource);
    this.lease = b.lease;
    this.waitTimeout = b.waitTimeout;
    this.pollInterval = b.pollInterval;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /**
   * Starts a ledger over the integrator's database.
   *
   * @param dataSource the database; the caller owns it (and its pool)
   * @return a builder with a 5 min lease, a 60 s wait and a 200 ms poll
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource is required"));
  }

  /**
   * Returns the SQL of {@link #MIGRATION}.
   *
   * @return the statements, separated by semicolons
   */
  public static String migrationSql() {
    try (InputStream in = CreateLedger.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the ledger's and the shared budget's tables if absent, by running {@link #MIGRATION}.
   * Nothing else in this module changes the schema: call it yourself, once, when you choose.
   *
   * @throws LedgerException when the database refuses
   */
  public void migrate() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : migrationSql().replaceAll("(?m)--.*$", "").split(";")) {
        if (!statement.trim().isEmpty()) {
          s.execute(statement);
        }
      }
    } catch (SQLException e) {
      throw new LedgerException("migration failed: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the process of {@code process.externalId()}, creating it unless a worker did; see the
   * class documentation.
   *
   * @param processes the client that creates and looks up
   * @param process the process to create; {@code externalId} and {@code unitId} are required
   * @return the one process for the external id, and how it was found
   * @throws IllegalArgumentException when {@code externalId} is blank or {@code unitId} missing
   * @throws ClaimPendingException when another worker holds the claim past the wait
   * @throws LedgerException when the database fails; handle the event again later
   * @throws io.github.facilioo4j.core.errors.FaciliooException when facilioo fails; handle the
   *     event again later
   */
  public LedgerResult createOnce(ProcessesClient processes, ProcessCreate process) {
    Objects.requireNonNull(processes, "processes is required");
    String externalId = Objects.requireNonNull(process, "process is required").externalId();
    if (externalId == null || externalId.trim().isEmpty()) {
      throw new IllegalArgumentException("externalId is required");
    }
    if (process.unitId() == null) {
      throw new IllegalArgumentException("unitId is required: recovery looks processes up by unit");
    }
    long deadline = clock.millis() + waitTimeout.toMillis();
    try {
      while (true) {
        long now = clock.millis();
        String token = UUID.randomUUID().toString();
        if (table.insertClaim(externalId, token, now, now + lease.toMillis())) {
          return complete(processes, process, externalId, token, false);
        }
        LedgerTable.Row row = table.read(externalId);
        if (row == null) {
          continue;
        }
        if (row.processId != null) {
          return new LedgerResult(externalId, row.processId, LedgerResult.Outcome.RECORDED, null);
        }
        if (row.leaseUntil <= now) {
          if (table.takeOver(externalId, row.claimToken, token, now, now + lease.toMillis())) {
            return complete(processes, process, externalId, token, true);
          }
          continue;
        }
        if (now >= deadline) {
          throw new ClaimPendingException(
              "externalId " + externalId + " is claimed by another worker; waited " + waitTimeout);
        }
        pause(Math.min(pollInterval.toMillis(), Math.min(row.leaseUntil, deadline) - now));
      }
    } catch (SQLException e) {
      throw new LedgerException("ledger failed for externalId " + externalId, e);
    }
  }

  private LedgerResult complete(
      ProcessesClient processes,
      ProcessCreate process,
      String externalId,
      String token,
      boolean recovering)
      throws SQLException {
    ProcessRead read;
    LedgerResult.Outcome outcome;
    try {
      if (recovering) {
        // Its last claimant may have created it before dying: look before creating again.
        CreateResult found = processes.createIfAbsent(process);
        read = found.process();
        outcome = found.created() ? LedgerResult.Outcome.CREATED : LedgerResult.Outcome.RECOVERED;
      } else {
        read = processes.create(process);
        outcome = LedgerResult.Outcome.CREATED;
      }
    } catch (RuntimeException e) {
      if (createdNothing(e)) {
        try {
          table.release(externalId, token);
        } catch (SQLException release) {
          e.addSuppressed(release);
        }
      }
      throw e;
    }
    int id = Objects.requireNonNull(read.id(), "facilioo answered a process without id");
    if (!table.record(externalId, token, id, clock.millis())) {
      // The lease ran out during the create and another worker took over; it looks up before it
      // creates, so it finds this process unless the create outlived the lease.
      LOG.warn("the claim of externalId {} expired before process {} was recorded", externalId, id);
    }
    return new LedgerResult(externalId, id, outcome, read);
  }

  /** Only these failures prove that no process was created; any other keeps the lease running. */
  private static boolean createdNothing(RuntimeException e) {
    if (e instanceof ValidationException && ((ValidationException) e).isLocal()) {
      return true;
    }
    if (e instanceof FaciliooIoException) {
      return ((FaciliooIoException) e).isNotSent();
    }
    if (e instanceof FaciliooServiceException) {
      int status = ((FaciliooServiceException) e).statusCode();
      return status >= 400 && status < 500;
    }
    return e instanceof IllegalArgumentException;
  }

  private void pause(long millis) {
    try {
      sleeper.sleep(Duration.ofMillis(Math.max(1, millis)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException("interrupted waiting for another worker's claim", e);
    }
  }

  @Override
  public String toString() {
    return "CreateLedger{lease=" + lease + ", waitTimeout=" + waitTimeout + "}";
  }

  /** Collects a ledger's settings; not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private Duration lease = Duration.ofMinutes(5);
    private Duration waitTimeout = Duration.ofSeconds(60);
    private Duration pollInterval = Duration.ofMillis(200);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets how long a claim stays a worker's before another may take it over. It must exceed the
     * longest create (call timeout times attempts, plus the look-up walk when recovering).
     *
     * @param lease positive
     * @return this builder
     */
    public Builder lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return this;
    }

    /**
     * Sets how long a worker waits for another worker's claim to be recorded or to expire.
     *
     * @param waitTimeout zero or positive
     * @return this builder
     */
    public Builder waitTimeout(Duration waitTimeout) {
      Objects.requireNonNull(waitTimeout, "waitTimeout is required");
      if (waitTimeout.isNegative()) {
        throw new IllegalArgumentException("waitTimeout must not be negative: " + waitTimeout);
      }
      this.waitTimeout = waitTimeout;
      return this;
    }

    /**
     * Sets how often a waiting worker reads the claim again.
     *
     * @param pollInterval positive
     * @return this builder
     */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /**
     * Sets the clock leases are read from; every worker's must agree.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock is required");
      return this;
    }

    /**
     * Sets what waits between polls; meant for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper is required");
      return this;
    }

    /**
     * Creates the ledger. It does not touch the database: see {@link CreateLedger#migrate()}.
     *
     * @return the ledger
     */
    public CreateLedger build() {
      return new CreateLedger(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name + " is required");
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
