"""Fonts of an official document, resolved against what is installed (``fc-list``).

GB/T 9704-2012 asks for 小标宋 titles, 仿宋 body text, 黑体 first-level and 楷体 second-level
headings. Where those fonts are not installed (a stock Debian machine has only Noto CJK), the
nearest available face stands in: serif for 小标宋/仿宋/楷体, sans for 黑体.
"""

import subprocess
from enum import StrEnum
from functools import cache


class FontRole(StrEnum):
    TITLE = "title"  # 小标宋
    BODY = "body"  # 仿宋
    HEADING = "heading"  # 黑体
    SUBHEADING = "subheading"  # 楷体


PREFERENCES: dict[FontRole, tuple[str, ...]] = {
    FontRole.TITLE: ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Noto Sans CJK SC"),
    FontRole.BODY: ("仿宋_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC", "Noto Sans CJK SC"),
    FontRole.HEADING: ("黑体", "SimHei", "Noto Sans CJK SC"),
    FontRole.SUBHEADING: ("楷体_GB2312", "楷体", "KaiTi", "Noto Serif CJK SC", "Noto Sans CJK SC"),
}


@cache
def installed_families() -> frozenset[str]:
    """Every family name fontconfig knows (each font may list several, comma-separated)."""
    try:
        listing = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, timeout=30,
                                 check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(name.strip() for line in listing.splitlines() for name in line.split(",") if name.strip())


def font_for(role: FontRole, installed: frozenset[str] | None = None) -> str:
    """The first preferred family that is installed; the last preference when none is."""
    families = installed_families() if installed is None else installed
    candidates = PREFERENCES[role]
    return next((name for name in candidates if name in families), candidates[-1])


def css_stack(role: FontRole) -> str:
    """A CSS font-family list: the resolved face first, then the other preferences."""
    names = dict.fromkeys((font_for(role), *PREFERENCES[role]))
    return ", ".join(f'"{name}"' for name in names) + (", sans-serif" if role == FontRole.HEADING else ", serif")
