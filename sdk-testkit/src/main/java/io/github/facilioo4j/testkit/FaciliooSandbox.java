package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.Sleeper;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory fake of the facilioo API, served over HTTP/1.1 on a loopback port by the JDK's
 * built-in HTTP server, for testing an integration without the real service.
 *
 * <pre>{@code
 * try (FaciliooSandbox sandbox = FaciliooSandbox.builder().validToken("test-token").start();
 *     ProcessesClient processes = ProcessesClient.create(FaciliooOptions.builder()
 *         .baseUrl(sandbox.baseUrl()).token("test-token").build())) {
 *   sandbox.seedUnit(501, 77);
 *   processes.create().report("<p>Leak</p>").contactId(12).typeId(3).unitId(501).execute();
 *   assertEquals("<p>Leak</p>", sandbox.processes().all().get(0).report());
 *   assertEquals("POST", sandbox.takeRequest().method());
 * }
 * }</pre>
 *
 * <p>Its routes, parameter rules, body rules and answer shapes come from the OpenAPI documents the
 * testkit jar carries ({@code openapi/*.yaml}): every operation there is served. It behaves as the
 * real service is known to behave: bearer authentication (401 with a problem body), the {@code
 * api-version} header ({@code 1}, {@code 1.0}, {@code 2}, {@code 2.0}; missing means 2.0; anything
 * else is a 400), ASP.NET-style validation problems keyed by PascalCase property names, the paging
 * envelope with a {@code content-range} header, and {@code x-request-id} plus {@code
 * api-supported-versions} on every response. When {@linkplain Builder#user users} are configured it
 * also serves {@code POST /api/auth/login} and {@code /api/auth/refresh}.
 *
 * <p>Data: one collection of records per resource, {@link #processes()} typed, the others through
 * {@link #records(String)}; {@link #seedDemoData()} fills them consistently. Units: while no unit
 * is {@linkplain #seedUnit seeded}, any positive {@code unitId} is accepted and the per-property
 * list is empty. Once units are seeded, a create or update naming another unit fails validation on
 * {@code UnitId}, and the lists of an unknown unit or property answer 404.
 *
 * <p>Thread-safe. The sandbox owns its server socket and threads (all daemon threads; its workers
 * are named {@code facilioo-sandbox-*}); {@link #close()} stops them all.
 */
public final class FaciliooSandbox implements AutoCloseable {
  /**
   * The bearer token a sandbox accepts when the builder was given no {@link Builder#validToken}.
   */
  public static final String DEFAULT_TOKEN = "sandbox-token";

  private static final Logger LOG = LoggerFactory.getLogger(FaciliooSandbox.class);

  private final Builder config;
  private final SandboxStore store = new SandboxStore();
  private final ProcessArea processArea;
  private final SandboxCollection<ProcessRead> processes;
  private final TokenAuthority authority;
  private final Faults.Queue faultQueue = new Faults.Queue();
  private final RequestLog log;
  private final SandboxApi api;
  private SandboxHttpServer server;
  private boolean closed;

  private FaciliooSandbox(Builder builder) {
    this.config = builder.copy();
    Spec spec = SpecHolder.SPEC;
    this.processArea = new ProcessArea(spec, store, config.clock, config.accountId, config.partyId);
    this.processes =
        new SandboxCollection<>(
            store, ProcessArea.PROCESSES, ProcessRead.class, processArea::withDefaults);
    Set<String> tokens =
        config.validTokens.isEmpty()
            ? Collections.singleton(DEFAULT_TOKEN)
            : Collections.unmodifiableSet(new LinkedHashSet<>(config.validTokens));
    this.authority =
        new TokenAuthority(
            tokens,
            Collections.unmodifiableMap(new LinkedHashMap<>(config.users)),
            config.tokenLifetime,
            config.refreshTokens,
            config.clock,
            "https://sandbox.facilioo.invalid",
            config.accountId);
    this.log = new RequestLog(config.clock);
    this.api =
        new SandboxApi(
            spec,
            store,
            java.util.Arrays.<SandboxArea>asList(
                processArea, new LookupArea(store, config.accountId, config.partyId)),
            authority,
            faultQueue,
            log,
            config.sleeper);
    if (config.dataFile != null) {
      DataFile.attach(store, config.dataFile);
    }
  }

  /** The spec is read once per class loader; it is immutable once parsed. */
  private static final class SpecHolder {
    static final Spec SPEC = Spec.load();
  }

  /**
   * Returns a builder with the defaults: ephemeral port, token {@link #DEFAULT_TOKEN}, no login,
   * tokens from login living 1 hour, the system UTC clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving on {@code 127.0.0.1}. Calling it again on a running sandbox does nothing.
   *
   * @return this sandbox
   * @throws IllegalStateException if the sandbox was closed
   * @throws UncheckedIOException if the port cannot be bound
   */
  public synchronized FaciliooSandbox start() {
    if (closed) {
      throw new IllegalStateException("sandbox is closed");
    }
    if (server == null) {
      try {
        server = new SandboxHttpServer(config.port, config.maxThreads, api);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot bind 127.0.0.1:" + config.port, e);
      }
      LOG.debug("facilioo sandbox listening on {}", baseUrl());
    }
    return this;
  }

  /**
   * Returns whether the sandbox is started and not yet closed.
   *
   * @return true while it serves requests
   */
  public synchronized boolean isRunning() {
    return server != null && !closed;
  }

  /**
   * Returns the URL to configure as the client's base URL, e.g. {@code http://127.0.0.1:53124} (no
   * trailing slash).
   *
   * @return the base URL
   * @throws IllegalStateException if the sandbox is not running
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * Returns the port the sandbox listens on.
   *
   * @return the bound port
   * @throws IllegalStateException if the sandbox is not running
   */
  public synchronized int port() {
    if (!isRunning()) {
      throw new IllegalStateException(closed ? "sandbox is closed" : "sandbox is not started");
    }
    return server.port();
  }

  /** For tests: the prefix of this sandbox's thread names, e.g. {@code facilioo-sandbox-3-}. */
  synchronized String threadNamePrefix() {
    if (server == null) {
      throw new IllegalStateException("sandbox is not started");
    }
    return server.threadName() + "-";
  }

  /**
   * Stops the sandbox: closes the listening socket and every open connection, drops stalled
   * requests unprocessed and waits (up to a few seconds) until all its threads have ended.
   * Idempotent; a closed sandbox cannot be started again.
   */
  @Override
  public void close() {
    SandboxHttpServer toClose;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toClose = server;
    }
    // Close the server first: its workers are interrupted out of any stall, so a stalled request
    // is never processed and answered during shutdown.
    if (toClose != null) {
      toClose.close();
    }
    faultQueue.clear();
  }

  /**
   * Registers a unit and the property it belongs to. Once any unit is seeded, processes must name a
   * seeded unit (see the class documentation).
   *
   * @param unitId the unit id; positive
   * @param propertyId the property id; positive
   * @return this sandbox, for chaining
   * @throws IllegalArgumentException if an id is not positive
   */
  public FaciliooSandbox seedUnit(int unitId, int propertyId) {
    requirePositive(unitId, "unitId");
    requirePositive(propertyId, "propertyId");
    synchronized (store) {
      DemoData.unit(this, unitId, propertyId);
    }
    return this;
  }

  /**
   * Stores a process directly, without validation; the same as {@code processes().seed(fields)} but
   * answering the stored JSON.
   *
   * @param fields the fields to store, e.g. {@code Map.of("report", "Leak", "unitId", 501)}
   * @return a copy of the stored ProcessRead JSON
   * @throws IllegalArgumentException if {@code fields} is not a JSON object, or its {@code id} is
   *     already taken
   * @see SandboxCollection#seed(Object)
   */
  public ObjectNode seedProcess(Object fields) {
    return processes.seedJson(fields);
  }

  /**
   * Stores {@code count} valid processes in one unit, with reports {@code "Seeded process 1"},
   * {@code "Seeded process 2"}, ..., contact 1 and type 1.
   *
   * @param count how many; not negative
   * @param unitId the unit; positive
   * @return copies of the stored processes, in creation order
   * @throws IllegalArgumentException if {@code count} is negative or {@code unitId} not positive
   */
  public List<ObjectNode> seedProcesses(int count, int unitId) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    requirePositive(unitId, "unitId");
    List<ObjectNode> seeded = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      ObjectNode fields = JsonNodeFactory.instance.objectNode();
      fields.put("report", "Seeded process " + i);
      fields.put("contactId", 1);
      fields.put("typeId", 1);
      fields.put("unitId", unitId);
      seeded.add(processes.seedJson(fields));
    }
    return seeded;
  }

  /**
   * Stores the demo data the command-line tool shows: two properties with their entrances and three
   * units, parties with unit contracts (tenant, owner), process types with stages, and three
   * processes that refer to them. Party 1 (the caller's own) and type 1 are valid for a create.
   *
   * @return this sandbox, for chaining
   * @throws IllegalArgumentException if a demo id is already taken
   */
  public FaciliooSandbox seedDemoData() {
    synchronized (store) {
      DemoData.seed(this);
    }
    return this;
  }

  /**
   * Returns the stored processes, typed as the SDK reads them.
   *
   * @return the processes of this sandbox; a live view whose reads are snapshots
   */
  public SandboxCollection<ProcessRead> processes() {
    return processes;
  }

  /**
   * Returns a snapshot of one stored process.
   *
   * @param id the process id
   * @return a copy of its ProcessRead JSON, or empty when there is no such process
   * @see SandboxCollection#json(int)
   */
  public Optional<ObjectNode> process(int id) {
    return processes.json(id);
  }

  /**
   * Returns the stored records of any resource by its collection name, as JSON: {@code
   * "properties"}, {@code "entrances"}, {@code "units"}, {@code "parties"}, {@code "contracts"} (of
   * units), {@code "process-types"}, {@code "process-stages"}, or {@code "processes"}. The sandbox
   * serves {@code GET /api/<name>} and {@code GET /api/<name>/{id}} from them wherever the spec
   * declares those routes.
   *
   * @param name the collection name, as in the route
   * @return the records; a live view whose reads are snapshots
   * @throws NullPointerException if {@code name} is null
   */
  public SandboxCollection<ObjectNode> records(String name) {
    return records(name, ObjectNode.class);
  }

  /**
   * Returns the stored records of any resource, read as the given type, e.g. {@code
   * records("properties", PropertyRead.class)} once the SDK has that model.
   *
   * @param name the collection name, as in the route
   * @param type what each record is read as, with the SDK's Jackson mapper
   * @param <T> the record type
   * @return the records; a live view whose reads are snapshots
   * @throws NullPointerException if an argument is null
   * @see #records(String)
   */
  public <T> SandboxCollection<T> records(String name, Class<T> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.equals(ProcessArea.PROCESSES)) {
      // Seeds through any view of the processes get the same defaults.
      return new SandboxCollection<>(store, name, type, processArea::withDefaults);
    }
    return new SandboxCollection<>(store, name, type, fields -> fields);
  }

  /**
   * Returns every request received since the start or the last {@link #reset()}, in arrival order,
   * including requests answered by a fault. A request is recorded before it is answered.
   *
   * @return an unmodifiable snapshot
   */
  public List<RecordedRequest> recordedRequests() {
    return Collections.unmodifiableList(log.snapshot());
  }

  /**
   * Returns how many requests were received since the start or the last {@link #reset()}.
   *
   * @return the count
   */
  public int requestCount() {
    return log.count();
  }

  /**
   * Returns the oldest recorded request not yet taken, waiting up to 10 seconds for one to arrive.
   *
   * @return the request
   * @throws IllegalStateException if no request arrives in time
   * @throws InterruptedException if the waiting thread is interrupted
   * @see #takeRequest(Duration)
   */
  public RecordedRequest takeRequest() throws InterruptedException {
    return takeRequest(Duration.ofSeconds(10))
        .orElseThrow(() -> new IllegalStateException("no request arrived within 10 s"));
  }

  /**
   * Returns the oldest recorded request not yet taken, waiting up to {@code timeout} for one.
   *
   * @param timeout the longest wait
   * @return the request, or empty when none arrived in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public Optional<RecordedRequest> takeRequest(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    return Optional.ofNullable(log.take(timeout));
  }

  /**
   * Returns the fault injection of this sandbox; see {@link Faults}.
   *
   * @return a view of the sandbox's fault queue matching every request
   */
  public Faults faults() {
    return new Faults(faultQueue, null, "/");
  }

  /**
   * Forgets all stored records (processes, units, ...), recorded requests, pending faults and
   * refresh tokens, and starts ids and numbers again at 1. Configuration (tokens, users, clock) is
   * kept, and so are access tokens already issued. Stalled requests are released.
   */
  public void reset() {
    faultQueue.clear();
    store.reset();
    log.reset();
    authority.reset();
  }

  /**
   * Describes the sandbox without any token or password.
   *
   * @return a one-line description
   */
  @Override
  public synchronized String toString() {
    String state = closed ? "closed" : server == null ? "not started" : baseUrl();
    return "FaciliooSandbox{"
        + state
        + ", validTokens="
        + Math.max(1, config.validTokens.size())
        + ", users="
        + config.users.size()
        + "}";
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  /**
   * Configures a {@link FaciliooSandbox}. Not thread-safe; {@link #build()} copies the
   * configuration, so a builder can make several independent sandboxes.
   */
  public static final class Builder {
    private int port;
    private final Set<String> validTokens = new LinkedHashSet<>();
    private final Map<String, String> users = new LinkedHashMap<>();
    private Duration tokenLifetime = Duration.ofHours(1);
    private boolean refreshTokens;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private int accountId = 1;
    private int partyId = 1;
    private int maxThreads = 16;
    private Path dataFile;

    private Builder() {}

    /**
     * Keeps the sandbox's records in a JSON file: read when the sandbox is built (if the file
     * exists), written again after every change. Lets a sandbox that is stopped and started again
     * keep what was created. Off by default: records live in memory only.
     *
     * @param file the file; its directory must exist
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     */
    public Builder dataFile(Path file) {
      this.dataFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Sets the port; 0, the default, picks a free ephemeral port.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Adds a bearer token that is always accepted. Once any token is added, {@link
     * FaciliooSandbox#DEFAULT_TOKEN} is no longer accepted unless added too.
     *
     * @param token the token; not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder validToken(String token) {
      Objects.requireNonNull(token, "token");
      if (token.trim().isEmpty()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      validTokens.add(token);
      return this;
    }

    /**
     * Adds a user who may log in through {@code POST /api/auth/login}; with at least one user the
     * sandbox serves that route and issues JWTs that are valid until their {@code exp}.
     *
     * @param email the e-mail address, compared exactly
     * @param password the password; never shown by any {@code toString()}
     * @return this builder
     */
    public Builder user(String email, String password) {
      users.put(
          Objects.requireNonNull(email, "email"), Objects.requireNonNull(password, "password"));
      return this;
    }

    /**
     * Sets the lifetime of tokens issued by login and refresh, measured on the {@link #clock}.
     *
     * @param lifetime positive; default 1 hour
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder tokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.isZero() || lifetime.isNegative()) {
        throw new IllegalArgumentException("lifetime must be positive, was " + lifetime);
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Makes login also return a single-use {@code refreshToken}, and serves {@code POST
     * /api/auth/refresh} with body {@code {"refreshToken": "..."}}. Off by default, because the
     * real API's refresh token is not confirmed.
     *
     * @param enabled whether to issue refresh tokens
     * @return this builder
     */
    public Builder refreshTokens(boolean enabled) {
      this.refreshTokens = enabled;
      return this;
    }

    /**
     * Sets the clock for timestamps, token lifetimes and record times.
     *
     * @param clock the clock; default {@link Clock#systemUTC()}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how {@linkplain Faults#delay delay faults} wait. It is the SDK's own {@link Sleeper}, so
     * a test can pass one recording sleeper to both the sandbox and the client options. It is
     * called on the sandbox's worker threads, so it must be thread-safe; when the sandbox closes,
     * those threads are interrupted, so it should end with an {@link InterruptedException} then.
     *
     * @param sleeper the sleeper; default {@link Sleeper#system()}, which really waits
     * @return this builder
     * @throws NullPointerException if {@code sleeper} is null
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the account id the sandbox derives from the token when a create omits {@code accountId}.
     *
     * @param accountId positive; default 1
     * @return this builder
     */
    public Builder accountId(int accountId) {
      requirePositive(accountId, "accountId");
      this.accountId = accountId;
      return this;
    }

    /**
     * Sets the {@code createdByPartyId} of created processes.
     *
     * @param partyId positive; default 1
     * @return this builder
     */
    public Builder partyId(int partyId) {
      requirePositive(partyId, "partyId");
      this.partyId = partyId;
      return this;
    }

    /**
     * Sets how many connections are served at once; more wait in a queue.
     *
     * @param maxThreads 1 to 256; default 16
     * @return this builder
     */
    public Builder maxThreads(int maxThreads) {
      if (maxThreads < 1 || maxThreads > 256) {
        throw new IllegalArgumentException("maxThreads must be 1..256, was " + maxThreads);
      }
      this.maxThreads = maxThreads;
      return this;
    }

    /**
     * Creates a sandbox that is not started yet.
     *
     * @return a new sandbox, owned by the caller, who must close it
     * @throws UncheckedIOException if the {@link #dataFile} exists but cannot be read
     */
    public FaciliooSandbox build() {
      return new FaciliooSandbox(this);
    }

    /**
     * Creates and starts a sandbox.
     *
     * @return a running sandbox, owned by the caller, who must close it
     * @throws UncheckedIOException if the port cannot be bound
     */
    public FaciliooSandbox start() {
      return build().start();
    }

    Builder copy() {
      Builder copy = new Builder();
      copy.port = port;
      copy.validTokens.addAll(validTokens);
      copy.users.putAll(users);
      copy.tokenLifetime = tokenLifetime;
      copy.refreshTokens = refreshTokens;
      copy.clock = clock;
      copy.sleeper = sleeper;
      copy.accountId = accountId;
      copy.partyId = partyId;
      copy.maxThreads = maxThreads;
      copy.dataFile = dataFile;
      return copy;
    }

    /**
     * Describes the configuration without tokens or passwords.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
      return "FaciliooSandbox.Builder{port="
          + port
          + ", validTokens="
          + validTokens.size()
          + ", users="
          + users.size()
          + ", tokenLifetime="
          + tokenLifetime
          + "}";
    }
  }
}
