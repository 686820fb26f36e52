package vn.vwu.platform.activities;

/** CHILD: the child unit of `unitId` the organising unit belonged to on the activity's date (or the unit itself). */
enum SummaryGroupBy {
    TYPE, PROGRAMME, CHILD, MONTH, STATUS
}
