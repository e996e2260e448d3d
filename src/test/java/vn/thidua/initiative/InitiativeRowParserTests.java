package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.imports.ImportProblem;
import vn.thidua.shared.imports.SheetRow;

class InitiativeRowParserTests {

  private final InitiativeRowParser parser =
      new InitiativeRowParser(
          Map.of(
              "ky thuat, cong nghe", InitiativeField.TECHNOLOGY,
              "technology", InitiativeField.TECHNOLOGY),
          LocalDate.of(2026, 11, 22));

  private static SheetRow row(String... cells) {
    return new SheetRow(5, Arrays.asList(cells));
  }

  private static String[] good() {
    return new String[] {
      "Gá kẹp nhanh",
      "Thay bu lông bằng cam lệch tâm",
      "Kỹ thuật, công nghệ",
      "CDCS-01",
      "Nguyễn Văn An; 60%\nTrần Thị Bình; 40 %",
      "1/3/2024",
      "25.000.000 đồng",
      "",
      ""
    };
  }

  @Test
  void readsAGoodRowAsPeopleFillItIn() {
    InitiativeRowParser.Parsed parsed = parser.parse(row(good()));

    assertThat(parsed.ok()).isTrue();
    InitiativeRowParser.RowDraft draft = parsed.draft();
    assertThat(draft.field()).isEqualTo(InitiativeField.TECHNOLOGY);
    assertThat(draft.unitCode()).isEqualTo("CDCS-01");
    assertThat(draft.appliedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(draft.benefitVnd()).isEqualTo(25_000_000L);
    assertThat(draft.authors())
        .containsExactly(
            new InitiativeRowParser.AuthorSpec("Nguyễn Văn An", new BigDecimal("60")),
            new InitiativeRowParser.AuthorSpec("Trần Thị Bình", new BigDecimal("40")));
  }

  @Test
  void readsAnAuthorGroupAndAPersonCode() {
    String[] group = good();
    group[4] = "Nhóm: Tổ bảo trì số 2";
    assertThat(parser.parse(row(group)).draft().authorGroup()).isEqualTo("Tổ bảo trì số 2");

    String[] code = good();
    code[4] = "#1234";
    InitiativeRowParser.RowDraft draft = parser.parse(row(code)).draft();
    assertThat(draft.authors()).hasSize(1);
    assertThat(draft.authors().get(0).personId()).contains(1234L);
    assertThat(draft.authors().get(0).share()).isNull();
  }

  @Test
  void reportsEachBadCellInItsColumn() {
    String[] bad = good();
    bad[2] = "Thủ công mỹ nghệ";
    bad[3] = "";
    bad[4] = "Nguyễn Văn An; 50%|Trần Thị Bình; 40%";
    bad[5] = "31/02/2024";
    bad[6] = "mười triệu";

    assertThat(parser.parse(row(bad)).problems())
        .extracting(ImportProblem::column, ImportProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Lĩnh vực", "import.initiative.field.unknown"),
            org.assertj.core.groups.Tuple.tuple("Mã đơn vị", "import.initiative.unit.missing"),
            org.assertj.core.groups.Tuple.tuple("Tác giả", "initiative.authors.sum"),
            org.assertj.core.groups.Tuple.tuple("Ngày áp dụng", "import.initiative.date.invalid"),
            org.assertj.core.groups.Tuple.tuple("Giá trị làm lợi", "initiative.benefit.notNumber"));
  }

  @Test
  void asksForSharesWhenThereAreSeveralAuthors() {
    String[] bad = good();
    bad[4] = "Nguyễn Văn An\nTrần Thị Bình";
    assertThat(parser.parse(row(bad)).problems())
        .extracting(ImportProblem::key)
        .containsExactly("import.initiative.authors.shareMissing");
  }

  @Test
  void appliesTheEntryFormsContentRules() {
    String[] bad = good();
    bad[0] = " ";
    assertThat(parser.parse(row(bad)).problems())
        .extracting(ImportProblem::column, ImportProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tên sáng kiến", "initiative.title.blank"));

    String[] future = good();
    future[5] = "01/01/2027";
    assertThat(parser.parse(row(future)).problems())
        .extracting(ImportProblem::key)
        .containsExactly("initiative.appliedOn.future");
  }

  @Test
  void mapsTheEntryFormsRefusalsToTheirColumns() {
    assertThat(InitiativeRowParser.columnOf("initiative.authors.outside"))
        .isEqualTo(InitiativeTemplate.Column.AUTHORS);
    assertThat(InitiativeRowParser.columnOf("initiative.benefit.tooLong"))
        .isEqualTo(InitiativeTemplate.Column.BENEFIT_DESCRIPTION);
    assertThat(InitiativeRowParser.columnOf("initiative.programme.closed"))
        .isEqualTo(InitiativeTemplate.Column.PROGRAMME);
    assertThat(InitiativeRowParser.columnOf("initiative.unit.notGrassroots"))
        .isEqualTo(InitiativeTemplate.Column.UNIT_CODE);
  }
}
