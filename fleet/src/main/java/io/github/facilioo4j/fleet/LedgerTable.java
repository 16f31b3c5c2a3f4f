package io.github.facilioo4j.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The SQL of the ledger table; each method is one auto-committed statement. Thread-safe. */
final class LedgerTable {
  static final String TABLE = "facilioo_create_ledger";

  private final DataSource dataSource;

  LedgerTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The row of an external id as read. */
  static final class Row {
    final String claimToken;
    final long leaseUntil;
    final @Nullable Integer processId;

    Row(String claimToken, long leaseUntil, @Nullable Integer processId) {
      this.claimToken = claimToken;
      this.leaseUntil = leaseUntil;
      this.processId = processId;
    }
  }

  /** Inserts a fresh claim; the primary key decides the race: only one insert wins. */
  boolean insertClaim(String externalId, String token, long now, long leaseUntil)
      throws SQLException {
    return update(
            "INSERT INTO "
                + TABLE
                + " (external_id, claim_token, lease_until, attempts, claimed_at)"
                + " VALUES (?, ?, ?, 1, ?) ON CONFLICT (external_id) DO NOTHING",
            externalId,
            token,
            leaseUntil,
            now)
        == 1;
  }

  @Nullable Row read(String externalId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT claim_token, lease_until, process_id FROM "
                    + TABLE
                    + " WHERE external_id = ?")) {
      s.setString(1, externalId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        int processId = r.getInt(3);
        Integer recorded = r.wasNull() ? null : processId;
        return new Row(r.getString(1), r.getLong(2), recorded);
      }
    }
  }

  /**
   * Takes over an expired claim, compare-and-set on the token read: of several workers that saw the
   * same expired claim, one wins.
   */
  boolean takeOver(String externalId, String seenToken, String token, long now, long leaseUntil)
      throws SQLException {
    return update(
            "UPDATE "
                + TABLE
                + " SET claim_token = ?, lease_until = ?, claimed_at = ?, attempts = attempts + 1"
                + " WHERE external_id = ? AND claim_token = ? AND process_id IS NULL"
                + " AND lease_until <= ?",
            token,
            leaseUntil,
            now,
            externalId,
            seenToken,
            now)
        == 1;
  }

  /** Records the process of the claim this worker holds. */
  boolean record(String externalId, String token, int processId, long now) throws SQLException {
    return update(
            "UPDATE "
                + TABLE
                + " SET process_id = ?, completed_at = ?"
                + " WHERE external_id = ? AND claim_token = ? AND process_id IS NULL",
            processId,
            now,
            externalId,
            token)
        == 1;
  }

  /** Ends the lease of this worker's claim at once, so that the next worker need not wait. */
  void release(String externalId, String token) throws SQLException {
    update(
        "UPDATE "
            + TABLE
            + " SET lease_until = 0 WHERE external_id = ? AND claim_token = ?"
            + " AND process_id IS NULL",
        externalId,
        token);
  }

  private int update(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      return s.executeUpdate();
    }
  }
}
