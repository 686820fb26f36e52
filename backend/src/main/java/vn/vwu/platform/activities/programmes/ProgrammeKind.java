package vn.vwu.platform.activities.programmes;

/** Phong trào thi đua, cuộc vận động, dự án, đề án, chương trình. */
enum ProgrammeKind {
    MOVEMENT, CAMPAIGN, PROJECT, SCHEME, PROGRAMME
}
