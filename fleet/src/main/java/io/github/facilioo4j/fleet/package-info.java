/**
 * For several workers that call facilioo for one tenant: {@link
 * io.github.facilioo4j.fleet.BucketRateLimiter} shares one request budget between processes through
 * Bucket4j, and {@link io.github.facilioo4j.fleet.CreateLedger} creates each process exactly once,
 * whichever worker handles its event, through a table in the integrator's database.
 *
 * <p>Null-safety is stated by {@code @NullMarked}: parameters and return values are never {@code
 * null} unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.facilioo4j.fleet;

import org.jspecify.annotations.NullMarked;
