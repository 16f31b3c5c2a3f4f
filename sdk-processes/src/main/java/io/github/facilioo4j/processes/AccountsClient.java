package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.FaciliooClient;
import java.util.Objects;

/**
 * The caller's own account ({@code /api/accounts}).
 *
 * <pre>{@code
 * AccountRead me = processes.accounts().myself().execute();
 * int contactId = me.partyId(); // the caller's party, usable as a process's contactId
 * }</pre>
 *
 * <p>A view on a core client: it holds no resources and is not closed; it is immutable and
 * thread-safe. The calls it hands out are not thread-safe; send them with {@code execute()} or
 * {@code executeAsync()} (see {@link io.github.facilioo4j.core.spi.OperationCall}).
 */
public final class AccountsClient {
  private final FaciliooClient core;

  AccountsClient(FaciliooClient core) {
    this.core = Objects.requireNonNull(core, "core is required");
  }

  /**
   * Creates a view on a shared core client.
   *
   * @param shared the core client; stays owned by the caller
   * @return the view
   * @throws NullPointerException if {@code shared} is {@code null}
   */
  public static AccountsClient create(FaciliooClient shared) {
    return new AccountsClient(shared);
  }

  /**
   * Starts a read of the account the token was issued to ({@code GET /api/accounts/myself}).
   *
   * @return a new call; nothing is sent until it is executed
   */
  public AccountsOperations.RetrieveMyAccount myself() {
    return new AccountsOperations.RetrieveMyAccount(core);
  }
}
