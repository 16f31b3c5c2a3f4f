/**
 * Implementation details shared between the SDK's own modules.
 *
 * <p>Types here are public only so that other SDK modules can reach them. They are not part of the
 * supported API: they may change or disappear in any release, and applications must not use them.
 */
package io.github.facilioo4j.core.internal;
