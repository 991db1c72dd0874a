#!/usr/bin/python3
"""The app's own Chinese font: Noto Sans CJK SC cut down to the characters the bundled text uses.

Why (issue 17): a Chinese screen otherwise maps the system's Noto Sans CJK collections, 19 and
20 MB files of 65,000 glyphs each, in two weights; only a few hundred glyphs are drawn, but the
kernel keeps whole blocks of each file resident around every glyph it reads. These two subsets
(regular and bold, about 0.45 MB each) hold every character of the bundled lessons and labels,
laid out together. Text from elsewhere (a learner's name, a lesson pack's new warning) falls
back to the system's fonts, which have the same design.

    /usr/bin/python3 scripts/subset-font.py     # after adding text with new characters

Needs fontTools (Debian: python3-fonttools) and the system's Noto Sans CJK (fonts-noto-cjk).
Writes ui/fonts/BlueVestSansSC-{Regular,Bold}.otf. The unit test
`ui::theme_adapter::tests::own_font_covers_the_bundled_text` fails when a bundled text has a
character these files lack, and names this script.
"""

import pathlib
import sys

try:
    from fontTools import subset
    from fontTools.ttLib import TTCollection
except ImportError:
    sys.exit("needs fontTools: apt-get install python3-fonttools (then run it with /usr/bin/python3)")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto")
FAMILY = "Blue Vest Sans SC"
# Noto Sans CJK SC in Debian's collections (JP, KR, SC, TC, HK, then the Mono ones).
SC_INDEX = 2

# Beyond what the text uses: printable ASCII, Latin-1, general punctuation, CJK punctuation and
# full-width forms, so a digit or a quotation mark typed later still comes from the same font.
EXTRA = [
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x3000, 0x303F),
    (0xFF01, 0xFF5E),
]


def bundled_text() -> str:
    """Every character of the bundled Fluent files and lesson TOML (both languages)."""
    files = sorted(ROOT.glob("locales/**/*.ftl")) + sorted(ROOT.glob("assets/lessons/*.toml"))
    chars = set()
    for path in files:
        chars |= set(path.read_text(encoding="utf-8"))
    for low, high in EXTRA:
        chars |= {chr(c) for c in range(low, high + 1)}
    return "".join(sorted(c for c in chars if c.isprintable()))


def main() -> int:
    text = bundled_text()
    out_dir = ROOT / "ui" / "fonts"
    out_dir.mkdir(parents=True, exist_ok=True)
    for style in ("Regular", "Bold"):
        font = TTCollection(str(SOURCE / f"NotoSansCJK-{style}.ttc")).fonts[SC_INDEX]
        cmap = font.getBestCmap()
        missing = [c for c in text if ord(c) not in cmap and not c.isspace()]
        # Only the extra ranges may have holes; text the app shows must be in the font.
        shown = {c for c in missing if not any(lo <= ord(c) <= hi for lo, hi in EXTRA)}
        if shown:
            print(f"Noto Sans CJK SC {style} lacks {''.join(sorted(shown))!r}", file=sys.stderr)
            return 1
        options = subset.Options()
        # fontTools' default features (those a shaper applies by itself): not the vertical,
        # width and other alternates a horizontal app never asks for. Nor the Japanese, Korean
        # and Traditional forms ('locl'): the font is for Simplified Chinese text.
        options.layout_features = [f for f in options.layout_features if f != "locl"]
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
        options.name_languages = [0x409]
        options.hinting = False
        # Horizontal text only: the vertical metrics tables are dropped.
        options.drop_tables += ["vhea", "vmtx", "VORG"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        rename(font, style)
        path = out_dir / f"BlueVestSansSC-{style}.otf"
        # The same text gives the same bytes: keep the source's dates, not the time of saving.
        font.recalcTimestamp = False
        font.save(str(path))
        print(f"{path.relative_to(ROOT)}: {len(font.getGlyphOrder())} glyphs, {path.stat().st_size} bytes")
    return 0


def rename(font, style: str) -> None:
    """A modified version gets its own name (SIL OFL 1.1; the reserved name is "Source")."""
    names = {
        1: FAMILY,
        2: style,
        3: f"{FAMILY.replace(' ', '')}-{style};subset of Noto Sans CJK SC",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        6: f"{FAMILY.replace(' ', '')}-{style}",
    }
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (16, 17):
            table.removeNames(nameID=record.nameID)
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    cff = font["CFF "].cff
    cff.fontNames = [names[6]]
    top = cff.topDictIndex[0]
    top.FullName = names[4]
    top.FamilyName = FAMILY


if __name__ == "__main__":
    sys.exit(main())
