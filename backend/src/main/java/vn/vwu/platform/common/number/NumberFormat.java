package vn.vwu.platform.common.number;

/** How a text writes its numbers: Vietnamese {@code 1.234.567,5} or English {@code 1,234,567.5}. */
public enum NumberFormat {
    VI('.', ','),
    EN(',', '.');

    final char group;
    final char decimal;

    NumberFormat(char group, char decimal) {
        this.group = group;
        this.decimal = decimal;
    }
}
