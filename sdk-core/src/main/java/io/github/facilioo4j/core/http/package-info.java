/**
 * The transport seam of the SDK: a small HTTP abstraction that the SDK's authentication, retries
 * and logging are written against, each a decorator of {@link
 * io.github.facilioo4j.core.http.HttpTransport}.
 *
 * <p>A request stays structured down to the adapter: method, the client's base URL (parsed once),
 * raw path segments and query parameters, headers, body, and the operation id and route template
 * for observability. The SDK ships one implementation, backed by OkHttp, in {@code core.internal};
 * it is the only class that imports {@code okhttp3}. The seam is internal to the SDK: applications
 * cannot plug in a transport of their own (they can hand in a configured {@code OkHttpClient}
 * through {@code FaciliooOptions.Builder.okHttpClient}). The types are public for SDK modules and
 * tests and may change in any release. Null-safety is stated by {@code @NullMarked}: parameters and
 * return values are never {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.facilioo4j.core.http;

import org.jspecify.annotations.NullMarked;
