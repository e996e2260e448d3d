package vn.thidua.shared.imports;

/** What a running import tells those who follow it; each call is committed at once. */
public interface ImportProgress {

  /** The file has been read: {@code totalRows} data rows are to be checked. */
  void checking(int totalRows);

  /** {@code rows} rows have been checked so far. */
  void checked(int rows);

  /** Every row was good; saving begins. */
  void saving();
}
