package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathFilterTests {

  @Test
  void boundsASubtreeBetweenItsPathAndTheNextSibling() {
    assertThat(OrgUnits.pathUpperBound("/1/5/")).isEqualTo("/1/50");
    assertThat("/1/5/77/".compareTo("/1/50") < 0).isTrue();
    assertThat("/1/50/".compareTo("/1/50") >= 0).as("a sibling with a longer id").isTrue();
  }

  @Test
  void boundsTheFigureNamesOfALedgerPrefix() {
    assertThat(OrgUnits.pathUpperBound("contests/")).isEqualTo("contests0");
    assertThat(OrgUnits.pathUpperBound("honours/12/1/I/g")).isEqualTo("honours/12/1/I/h");
  }

  @Test
  void keepsNothingWithoutAScope() {
    assertThat(PathFilter.of("u.path", List.of()).sql()).isEqualTo("false");
  }

  @Test
  void namesOneRangeForEachSubtree() {
    PathFilter filter = PathFilter.of("u.path", List.of("/1/2/", "/1/9/"));
    assertThat(filter.sql())
        .isEqualTo(
            "((u.path >= :scope0 and u.path < :scopeUpper0) or (u.path >= :scope1 and u.path < :scopeUpper1))");
    assertThat(filter.params()).containsEntry("scopeUpper1", "/1/90");
  }
}
