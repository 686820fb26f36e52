/** Time to word one problem message in Vietnamese, for ordinary and for hostile messages (values built to defeat matching). */
public class ProblemCatalogueBench {
  public static void main(String[] a) {
    var c = new vn.vwu.platform.common.problem.ProblemCatalogue();
    String[] msgs = {
      "line 12: value: 'abc' is not a number",
      "line 12: value: '" + "x".repeat(1900) + "' is not a number",
      "unknown value '" + "'; expected one of ".repeat(90) + "'; expected one of A, B",
      "'" + " is reported per ".repeat(110) + "' is not a period; expected 2023 (year), 2023-H1, 2023-Q3, 2023-10 (month), 2022-2027 (term)",
      "values[3].value: " + "x: ".repeat(600) + "is required",
      "something nobody translated " + ": ".repeat(980),
      "X" + " is reported per MONTH, not per ".repeat(50) + "Y (Z)",
    };
    for (String m : msgs) {
      for (int i = 0; i < 200; i++) c.vietnamese(m);
      long t0 = System.nanoTime();
      for (int i = 0; i < 1000; i++) c.vietnamese(m);
      System.out.printf("%.4f ms per message (%d chars): %s%n", (System.nanoTime() - t0) / 1000 / 1e6, m.length(), c.vietnamese(m).map(s -> s.substring(0, Math.min(50, s.length()))).orElse("-"));
    }
  }
}
