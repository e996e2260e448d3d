package vn.thidua.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportRowParserTests {

  static final long CHOSEN_UNIT = 10L;
  static final Map<String, Long> KEPT_UNITS = Map.of("CD-01", 11L);

  final ImportRowParser parser =
      new ImportRowParser(
          new PersonRules(LocalDate.of(2026, 11, 21)),
          CHOSEN_UNIT,
          code -> Optional.ofNullable(KEPT_UNITS.get(code)));

  static SheetRow row(int number, String... cells) {
    return new SheetRow(number, List.of(cells));
  }

  @Test
  void readsAGoodRowIntoAWorkerOfTheChosenUnit() {
    ImportRowParser.Parsed parsed =
        parser.parse(
            row(2, "Lê Thị Thu", "Nữ", "1988", "Giáo viên", "Có", "Không", "5/9/2012", ""));

    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.person())
        .isEqualTo(
            new NewPerson(
                CHOSEN_UNIT,
                "Lê Thị Thu",
                Gender.FEMALE,
                1988,
                "Giáo viên",
                true,
                false,
                LocalDate.of(2012, 9, 5)));
  }

  @Test
  void readsCellsTheWayPeopleFillThemIn() {
    ImportRowParser.Parsed parsed =
        parser.parse(row(3, "Phạm Văn Dũng", "nam", "1975", "", "x", "", "2001-02-03", "CD-01"));

    assertThat(parsed.person().gender()).isEqualTo(Gender.MALE);
    assertThat(parsed.person().member()).isTrue();
    assertThat(parsed.person().directWorker()).isFalse();
    assertThat(parsed.person().startedOn()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(parsed.person().unitId()).isEqualTo(11L);
    assertThat(ImportRowParser.gender("NỮ")).isEqualTo(Gender.FEMALE);
    assertThat(ImportRowParser.gender("Khác")).isEqualTo(Gender.OTHER);
    assertThat(ImportRowParser.year("1985.0")).isEqualTo(1985);
  }

  @Test
  void reportsEveryBadCellOfARowInColumnOrder() {
    ImportRowParser.Parsed parsed =
        parser.parse(row(7, "", "Nam nữ", "85", "", "có lẽ", "Không", "31/02/2020", "XYZ"));

    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.person()).isNull();
    assertThat(parsed.problems())
        .extracting(ImportProblem::row, ImportProblem::key)
        .containsExactly(
            tuple(7, "people.fullName.required"),
            tuple(7, "people.gender.invalid"),
            tuple(7, "people.birthYear.range"),
            tuple(7, "people.import.member.invalid"),
            tuple(7, "people.import.startedOn.invalid"),
            tuple(7, "people.import.unit.outOfScope"));
  }

  @Test
  void aMissingStartDateIsRequiredNotUnreadable() {
    ImportRowParser.Parsed parsed =
        parser.parse(row(4, "Vũ Văn Hải", "Nam", "1980", "", "Có", "Có", "", ""));

    assertThat(parsed.problems())
        .extracting(ImportProblem::key)
        .containsExactly("people.startedOn.required");
  }

  @Test
  void aUnitCodeOutOfScopeNamesTheCode() {
    ImportRowParser.Parsed parsed =
        parser.parse(row(9, "Vũ Văn Hải", "Nam", "1980", "", "Có", "Có", "01/01/2010", "HN"));

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.key()).isEqualTo("people.import.unit.outOfScope");
              assertThat(problem.args()).containsExactly("HN");
            });
  }

  @Test
  void recognisesTheUntouchedExampleRow() {
    assertThat(PeopleTemplate.isUntouchedExample(new SheetRow(2, PeopleTemplate.EXAMPLE))).isTrue();
    assertThat(
            PeopleTemplate.isUntouchedExample(
                row(
                    2,
                    "Nguyễn Văn Mẫu",
                    "Nam",
                    "1991",
                    "Công nhân may",
                    "Có",
                    "Có",
                    "01/03/2015",
                    "")))
        .isFalse();
  }

  @Test
  void checksTheHeaderLooselyButInOrder() {
    SheetRow good =
        row(
            1,
            "HỌ VÀ TÊN",
            "Giới tính",
            "Năm sinh",
            "Công việc",
            "Đoàn viên",
            "Lao động trực tiếp",
            "Ngày vào làm",
            "");
    SheetRow swapped =
        row(
            1,
            "Họ và tên",
            "Năm sinh",
            "Giới tính",
            "Công việc",
            "Đoàn viên",
            "Lao động trực tiếp",
            "Ngày vào làm",
            "Mã đơn vị");

    assertThat(PeopleTemplate.checkHeader(good)).isEmpty();
    assertThat(PeopleTemplate.checkHeader(swapped))
        .extracting(problem -> problem.args().get(0))
        .containsExactly("B", "C");
  }
}
