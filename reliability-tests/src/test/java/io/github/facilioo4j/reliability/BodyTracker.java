package io.github.facilioo4j.reliability;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * An application interceptor that wraps every response body and counts how many were closed, so a
 * test can prove that the SDK closed each response it received, whatever went wrong.
 */
final class BodyTracker implements Interceptor {
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger closed = new AtomicInteger();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    opened.incrementAndGet();
    return response.newBuilder().body(new Tracked(body)).build();
  }

  int opened() {
    return opened.get();
  }

  int closed() {
    return closed.get();
  }

  private final class Tracked extends ResponseBody {
    private final ResponseBody delegate;
    private final AtomicBoolean done = new AtomicBoolean();
    private final BufferedSource source;

    Tracked(ResponseBody delegate) {
      this.delegate = delegate;
      this.source =
          Okio.buffer(
              new ForwardingSource(delegate.source()) {
                @Override
                public void close() throws IOException {
                  if (done.compareAndSet(false, true)) {
                    closed.incrementAndGet();
                  }
                  super.close();
                }
              });
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }
  }
}
