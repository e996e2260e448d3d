package vn.thidua.nomination;

/** The council's votes on one nomination. */
public record VoteTally(int agree, int disagree, int abstain) {

  public int cast() {
    return agree + disagree + abstain;
  }
}
