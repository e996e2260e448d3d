package vn.thidua.people;

/**
 * The facts about a person that other modules' reports may read in their own SQL, so that they
 * count by them without knowing how the people module stores them: whether the person is a direct
 * worker and whether a woman, as the registry holds them today.
 */
public final class PersonColumns {

  private PersonColumns() {}

  /** {@code left join} of the person whose id is in {@code personIdColumn}, named {@code alias}. */
  public static String join(String alias, String personIdColumn) {
    return " left join person " + alias + " on " + alias + ".id = " + personIdColumn + " ";
  }

  /** A condition: the person is a direct worker (người lao động trực tiếp). */
  public static String directWorker(String alias) {
    return alias + ".direct_worker";
  }

  /** A condition: the person is a woman. */
  public static String woman(String alias) {
    return alias + ".gender = 'FEMALE'";
  }

  /** The person's full name. */
  public static String fullName(String alias) {
    return alias + ".full_name";
  }
}
