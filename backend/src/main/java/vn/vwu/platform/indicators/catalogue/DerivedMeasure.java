package vn.vwu.platform.indicators.catalogue;

/** What a derived indicator adds up over the DONE activities it selects. */
enum DerivedMeasure {
    ACTIVITIES, PARTICIPANTS, PARTICIPANTS_WOMEN, PARTICIPANTS_ETHNIC_MINORITY, BENEFICIARY_PEOPLE, BENEFICIARY_HOUSEHOLDS, COST, FUNDS;

    /** Money measures are VND amounts; the others count things or people. */
    public ValueType valueType() {
        return this == COST || this == FUNDS ? ValueType.MONEY : ValueType.INTEGER;
    }
}
