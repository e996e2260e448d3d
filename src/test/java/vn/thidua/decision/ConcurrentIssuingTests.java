package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.honours.Recipient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class ConcurrentIssuingTests {

  static final int DECISIONS = 12;
  static final int THREADS = 6;

  @Autowired Decisions decisions;
  @Autowired People people;
  @Autowired Fixtures fixtures;

  @Test
  void decisionsIssuedInParallelGetDistinctConsecutiveNumbers() throws Exception {
    long province = fixtures.province("LĐLĐ tỉnh song song");
    long district = fixtures.unit(province, "LĐLĐ quận song song", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Nhà máy song song");
    SignedInUser officer = Users.user(Role.OFFICER, district);
    List<Long> drafts = new ArrayList<>();
    Users.runAs(
        officer,
        () -> {
          for (int i = 0; i < DECISIONS; i++) {
            long person =
                people.register(
                    new NewPerson(
                        factory,
                        "Công Nhân Số " + i,
                        Gender.MALE,
                        1990,
                        null,
                        true,
                        true,
                        LocalDate.of(2015, 1, 1)));
            drafts.add(
                decisions.draft(
                    new DecisionDraft(
                        district,
                        2024,
                        "Về việc khen thưởng số " + i,
                        List.of(),
                        "Người Ký",
                        "Chủ tịch",
                        List.of(
                            new AwardeeDraft(
                                "GK", 1, Recipient.INDIVIDUAL, person, null, "", null)))));
          }
        });

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> numbers = new ArrayList<>();
    for (long id : drafts) {
      Callable<Integer> issue =
          () -> {
            start.await();
            AtomicReference<Integer> number = new AtomicReference<>();
            Users.runAs(
                officer,
                () ->
                    number.set(
                        decisions
                            .issue(id, decisions.get(id).version(), LocalDate.of(2025, 1, 10))
                            .number()));
            return number.get();
          };
      numbers.add(pool.submit(issue));
    }
    start.countDown();
    List<Integer> issued = new ArrayList<>();
    for (Future<Integer> number : numbers) {
      issued.add(number.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(issued).doesNotHaveDuplicates().hasSize(DECISIONS);
    assertThat(issued).containsExactlyInAnyOrderElementsOf(range(1, DECISIONS));
  }

  static List<Integer> range(int from, int to) {
    List<Integer> values = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      values.add(i);
    }
    return values;
  }
}
