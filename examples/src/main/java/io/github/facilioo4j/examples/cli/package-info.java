/**
 * The {@code facilioo} command-line tool: create, read, list and update processes from a shell.
 *
 * <p>Run {@code java -jar examples/target/facilioo-cli.jar --help}. Without {@code --token} and
 * {@code --base-url} (or {@code FACILIOO_TOKEN} and {@code FACILIOO_BASE_URL}) the tool runs
 * against an in-memory sandbox seeded with demo data, so it works without credentials or network.
 */
package io.github.facilioo4j.examples.cli;
