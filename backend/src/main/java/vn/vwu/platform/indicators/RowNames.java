package vn.vwu.platform.indicators;

/**
 * How the rows of a bulk request are named in its errors: `values[3]` in a JSON request (the index), `line 5` in a
 * CSV file (the row's own line, counting the header and any blank lines, as a spreadsheet shows it).
 */
public record RowNames(String listName, int[] csvLines) {

    public static RowNames json(String listName) {
        return new RowNames(listName, null);
    }

    public static RowNames csv(int[] lines) {
        return new RowNames(null, lines);
    }

    /** The number a row's errors carry: its index, or its line in the file. */
    public int row(int index) {
        return csvLines == null ? index : csvLines[index];
    }

    public String field(int row, String field) {
        return csvLines == null ? listName + "[" + row + "]." + field : "line " + row + ": " + field;
    }
}
