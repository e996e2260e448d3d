package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeadcountTests {

  @Test
  void acceptsConsistentFigures() {
    assertThat(new Headcount(100, 60, 95, 58).checked().plus(new Headcount(1, 1, 1, 1)))
        .isEqualTo(new Headcount(101, 61, 96, 59));
  }

  @Test
  void refusesMoreMembersThanWorkers() {
    assertThatThrownBy(() -> new Headcount(10, 5, 11, 5).checked())
        .extracting("messageKey")
        .isEqualTo("figures.membersAboveWorkers");
  }

  @Test
  void refusesMoreWomenMembersThanWomenWorkers() {
    assertThatThrownBy(() -> new Headcount(10, 3, 10, 4).checked())
        .extracting("messageKey")
        .isEqualTo("figures.womenMembersAboveWomenWorkers");
  }
}
