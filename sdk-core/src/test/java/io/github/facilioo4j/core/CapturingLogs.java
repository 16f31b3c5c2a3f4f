package io.github.facilioo4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-only SLF4J provider: every logger is enabled at every level, TRACE included, so each
 * logging statement of the SDK formats its message, and tests can check what the SDK logs and that
 * no secret is ever logged. While {@link #start()}ed it keeps every line (with the thrown
 * exception's cause chain); otherwise it drops them, so that long runs do not fill the heap.
 *
 * <p>Registered in {@code META-INF/services}; also used by {@code reliability-tests} through this
 * module's test-jar. Thread-safe.
 */
public final class CapturingLogs implements SLF4JServiceProvider {
  private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();
  private static volatile boolean capturing;

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  /** Forgets earlier lines and starts keeping new ones. */
  public static void start() {
    LINES.clear();
    capturing = true;
  }

  /** Returns the lines kept since the last {@link #start()}; keeps capturing. */
  public static List<String> lines() {
    return new ArrayList<>(LINES);
  }

  /** Stops keeping lines and returns those kept since the last {@link #start()}. */
  public static List<String> stop() {
    capturing = false;
    return lines();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return CapturingLogger::new;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      if (!capturing) {
        return;
      }
      StringBuilder line = new StringBuilder(level + " " + name + " " + message);
      for (Throwable t = throwable; t != null; t = t.getCause()) {
        line.append(" | ").append(t);
      }
      LINES.add(line.toString());
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
