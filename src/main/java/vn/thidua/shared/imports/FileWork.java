package vn.thidua.shared.imports;

/**
 * The part of a file build that only its module knows: collect the figures and write the file,
 * telling the progress how many of its steps are done.
 */
@FunctionalInterface
public interface FileWork {

  BuiltFile build(Progress progress);

  /** How far a build has got, in steps the work chooses. */
  interface Progress {

    void steps(int total);

    void done(int steps);
  }
}
