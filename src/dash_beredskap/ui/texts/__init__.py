"""Translation tables by area, merged into ui.i18n. One module per page area keeps each table
short enough to review; a test checks that no key is defined twice."""
