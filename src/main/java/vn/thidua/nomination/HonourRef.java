package vn.thidua.nomination;

/** One grade of one honour of the catalogue, named by its code. */
public record HonourRef(String code, int grade) {

  public HonourRef {
    code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return code + "/" + grade;
  }
}
