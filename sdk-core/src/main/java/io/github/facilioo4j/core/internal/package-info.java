/**
 * Small helpers shared between the SDK's own modules: the Jackson set-up, text and header helpers,
 * duration checks. The lowest layer of the SDK: it depends on no other package of the SDK.
 *
 * <p>Types here are public only so that other SDK modules can reach them. They are not part of the
 * supported API: they may change or disappear in any release, and applications must not use them.
 * Null-safety is stated by {@code @NullMarked}: never {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.facilioo4j.core.internal;

import org.jspecify.annotations.NullMarked;
