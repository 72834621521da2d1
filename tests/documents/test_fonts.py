from gongkai.documents.fonts import FontRole, css_stack, font_for


def test_the_official_face_is_used_when_installed():
    assert font_for(FontRole.BODY, frozenset({"仿宋_GB2312", "Noto Serif CJK SC"})) == "仿宋_GB2312"
    assert font_for(FontRole.HEADING, frozenset({"黑体"})) == "黑体"


def test_without_official_faces_serif_stands_in_for_song_and_fangsong_and_sans_for_hei():
    noto = frozenset({"Noto Serif CJK SC", "Noto Sans CJK SC"})
    assert font_for(FontRole.TITLE, noto) == "Noto Serif CJK SC"
    assert font_for(FontRole.BODY, noto) == "Noto Serif CJK SC"
    assert font_for(FontRole.HEADING, noto) == "Noto Sans CJK SC"


def test_with_only_sans_installed_everything_falls_back_to_it():
    assert font_for(FontRole.TITLE, frozenset({"Noto Sans CJK SC"})) == "Noto Sans CJK SC"


def test_css_stack_starts_with_the_resolved_face():
    assert css_stack(FontRole.HEADING).startswith(f'"{font_for(FontRole.HEADING)}"')
    assert css_stack(FontRole.HEADING).endswith("sans-serif")
