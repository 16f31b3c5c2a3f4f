/** Runnable examples of the facilioo Java SDK. */
package io.github.facilioo4j.examples;
