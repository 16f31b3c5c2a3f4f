package io.github.facilioo4j.testkit;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link FaciliooSandbox} for tests.
 *
 * <p>Registered on a {@code static} field, or with {@code @ExtendWith}, one sandbox serves the
 * whole test class and is {@linkplain FaciliooSandbox#reset() reset} before each test (so seed in
 * {@code @BeforeEach}, not {@code @BeforeAll}). Registered on an instance field, each test gets its
 * own sandbox. Either way the sandbox is closed when its scope ends, and test methods, lifecycle
 * methods and constructors may declare a {@code FaciliooSandbox} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FaciliooSandboxExtension SANDBOX =
 *     FaciliooSandboxExtension.withSandbox(FaciliooSandbox.builder().validToken("test-token"));
 *
 * @Test
 * void createsAProcess(FaciliooSandbox sandbox) {
 *   sandbox.seedUnit(501, 77);
 *   try (ProcessesClient processes = ProcessesClient.create(FaciliooOptions.builder()
 *       .baseUrl(sandbox.baseUrl()).token("test-token").build())) {
 *     processes.create().report("<p>Leak</p>").contactId(12).typeId(3).unitId(501).execute();
 *   }
 *   assertEquals(1, sandbox.processes().size());
 * }
 * }</pre>
 *
 * <p>The JUnit Jupiter API is an optional dependency of the testkit: tests that use this class
 * already have it.
 */
public final class FaciliooSandboxExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FaciliooSandboxExtension.class);

  private final FaciliooSandbox.Builder builder;
  // Identifies this registration in JUnit's store, so that two registrations never share a sandbox.
  private final Object key = new Object();
  private volatile FaciliooSandbox current;

  /** Creates an extension whose sandboxes use the {@link FaciliooSandbox#builder() defaults}. */
  public FaciliooSandboxExtension() {
    this(FaciliooSandbox.builder());
  }

  private FaciliooSandboxExtension(FaciliooSandbox.Builder builder) {
    this.builder = builder.copy();
  }

  /**
   * Creates an extension whose sandboxes are configured like {@code builder}. The configuration is
   * copied: later changes to the builder do not affect the extension.
   *
   * @param builder the configuration
   * @return a new extension, to be stored in a field annotated {@code @RegisterExtension}
   */
  public static FaciliooSandboxExtension withSandbox(FaciliooSandbox.Builder builder) {
    return new FaciliooSandboxExtension(Objects.requireNonNull(builder, "builder"));
  }

  /**
   * Returns the sandbox of the test that is running.
   *
   * @return the running sandbox
   * @throws IllegalStateException outside a test's lifecycle
   */
  public FaciliooSandbox sandbox() {
    FaciliooSandbox sandbox = current;
    if (sandbox == null || !sandbox.isRunning()) {
      throw new IllegalStateException("no sandbox is running outside a test");
    }
    return sandbox;
  }

  /**
   * Starts the class-wide sandbox. Called by JUnit.
   *
   * @param context the class context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    if (lookup(context) == null) {
      current = open(context);
    }
  }

  /**
   * Resets the class-wide sandbox, or starts one for this test only. Called by JUnit.
   *
   * @param context the test context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    Holder holder = lookup(context);
    if (holder == null) {
      current = open(context);
    } else {
      holder.sandbox.reset();
      current = holder.sandbox;
    }
  }

  /**
   * Closes the sandbox if it was started for this test only. Called by JUnit.
   *
   * @param context the test context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    closeOwned(context);
  }

  /**
   * Closes the class-wide sandbox. Called by JUnit.
   *
   * @param context the class context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    closeOwned(context);
  }

  /**
   * Tells JUnit that parameters of type {@link FaciliooSandbox} are resolved here.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether the parameter is a {@code FaciliooSandbox}
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FaciliooSandbox.class;
  }

  /**
   * Returns the sandbox of the current scope. Called by JUnit.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the running sandbox
   * @throws ParameterResolutionException if no sandbox is running in this scope
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Holder holder = lookup(extensionContext);
    if (holder == null) {
      throw new ParameterResolutionException("no FaciliooSandbox is running in this scope");
    }
    return holder.sandbox;
  }

  private FaciliooSandbox open(ExtensionContext context) {
    FaciliooSandbox sandbox = builder.start();
    context.getStore(NAMESPACE).put(key, new Holder(context.getUniqueId(), sandbox));
    return sandbox;
  }

  private Holder lookup(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(key, Holder.class);
  }

  private void closeOwned(ExtensionContext context) {
    Holder holder = lookup(context);
    if (holder != null && holder.owner.equals(context.getUniqueId())) {
      context.getStore(NAMESPACE).remove(key);
      holder.sandbox.close();
      if (current == holder.sandbox) {
        current = null;
      }
    }
  }

  /** A sandbox and the unique id of the context that started it, and so closes it. */
  private static final class Holder {
    final String owner;
    final FaciliooSandbox sandbox;

    Holder(String owner, FaciliooSandbox sandbox) {
      this.owner = owner;
      this.sandbox = sandbox;
    }
  }
}
