package vn.thidua.attachment;

import java.util.regex.Pattern;

/**
 * A table of the owning module that links its records to their files: {@code (attachment_id,
 * <ownerColumn>)}, one row a file.
 *
 * @param table the link table, e.g. {@code initiative_attachment}
 * @param ownerColumn the column naming the record, e.g. {@code initiative_id}
 * @param entity the name under which adding and removing a file is audited
 * @param ownerKey the name of the record's id in the audited change, e.g. {@code initiativeId}
 */
public record LinkTable(String table, String ownerColumn, String entity, String ownerKey) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public LinkTable {
    if (!NAME.matcher(table).matches() || !NAME.matcher(ownerColumn).matches()) {
      throw new IllegalArgumentException(
          "Not a table or column name: " + table + "." + ownerColumn);
    }
  }
}
