package vn.vwu.platform.activities;

/** Phong trào thi đua, cuộc vận động, dự án, đề án, chương trình. */
public enum ProgrammeKind {
    MOVEMENT, CAMPAIGN, PROJECT, SCHEME, PROGRAMME
}
