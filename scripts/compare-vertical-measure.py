#!/usr/bin/env python3
"""Counts the faults of a vertical galley in Chromium's PDF (from `pdftotext -bbox`) and in
Banmian's `typeset --json`, the same way for both. Run by scripts/compare-vertical; standard
library only. Arguments: import.json chromium.bbox.html banmian.json LENGTH_EM lines-out.txt"""
import json, re, sys
from collections import Counter

SIZE, TOP = 9.0, 20.0  # pt: the HTML's font size and the galley's top margin
NO_START = set("，。、；：？！”’）》」』〕】〉·／,.;:?!)")  # GB/T 15834 and clreq: never first
NO_END = set("“‘（《「『〔【〈(")                          # never last
PUNCT = NO_START | NO_END | set("—…")
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}

imp, bbox, bjson, length_em, lines_out = sys.argv[1:6]
paragraphs = [p for s in json.load(open(imp))["stories"] for p in s["paragraphs"]]

# Every glyph with its extent along the line. Chromium draws upright CJK through Type 3 fonts,
# whose boxes pdftotext makes 1 em across the line but too long along it; their yMin still steps
# by the true advance, so an upright glyph is [yMin + shift, + 1 em], the shift found from the
# columns' tops. Sideways (turned) Latin has true boxes along the line.
page = open(bbox).read()
if page.count("<page") > 1:
    sys.exit("compare-vertical: Chromium's galley ran onto a second page")
glyphs = []
for x0, y0, x1, y1, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
    x0, y0, x1, y1 = map(float, (x0, y0, x1, y1))
    text = "".join(LIGATURES.get(c, c) for c in text.replace("&amp;", "&"))
    glyphs.append({"x": (x0 + x1) / 2, "y0": y0, "y1": y1, "text": text,
                   "upright": x1 - x0 < 1.5 * SIZE})

# Columns: the upright glyphs' centres, 12.5 pt apart. A sideways glyph's box is displaced across
# the line by a constant: learnt from the glyphs for which only one of the two nearest columns has
# no glyph where they stand, then every sideways glyph goes to the column nearest its centre + it.
centres = sorted({round(g["x"], 1) for g in glyphs if g["upright"]}, reverse=True)
columns = {c: [g for g in glyphs if g["upright"] and round(g["x"], 1) == c] for c in centres}
firsts = Counter(round(min(g["y0"] for g in col), 2) for col in columns.values())
shift = TOP - firsts.most_common(1)[0][0]
for g in glyphs:
    if g["upright"]:
        g["y0"] += shift
        # Two marks that meet (》，) may come as one word: clreq's natural width for them is
        # 1.5 em, as in Banmian's measure (the blank between them trimmed)
        marks = all(c in PUNCT for c in g["text"])
        g["y1"] = g["y0"] + SIZE * (len(g["text"]) - (len(g["text"]) - 1) / 2 * marks)
sideways = [g for g in glyphs if not g["upright"]]
offsets = []
for g in sideways:
    free = [c for c in sorted(centres, key=lambda c: abs(c - g["x"]))[:2]
            if not any(u["y0"] < g["y1"] - 0.5 and g["y0"] < u["y1"] - 0.5 for u in columns[c])]
    if len(free) == 1:
        offsets.append(free[0] - g["x"])
offset = sorted(offsets)[len(offsets) // 2] if offsets else 0
for g in sideways:
    columns[min(centres, key=lambda c: abs(c - g["x"] - offset))].append(g)

# Lines right to left, glyphs top to bottom; then matched against the paragraphs' text to know
# each line's paragraph, whether it is the last, and where the text has a space between glyphs.
lines, p, pos = [], 0, 0
for c in centres:
    col = sorted(columns[c], key=lambda g: g["y0"])
    spaces, text = [], ""
    for i, g in enumerate(col):
        while p < len(paragraphs) and pos == len(paragraphs[p]):
            p, pos = p + 1, 0
        while paragraphs[p][pos] == " ":  # a space between this glyph and the one before
            if i > 0:
                spaces.append(i)
                text += " "
            elif lines:
                lines[-1]["text"] += " "  # the line before ended with the space
            pos += 1
        if not paragraphs[p].startswith(g["text"], pos):
            sys.exit(f"compare-vertical: {g['text']!r} where the text has {paragraphs[p][pos:pos + 8]!r}")
        pos += len(g["text"])
        text += g["text"]
    last = pos == len(paragraphs[p].rstrip())
    # Between two marks drawn apart the natural gap is -1/2 em too.
    gaps = sum(b["y0"] - a["y1"] + SIZE / 2 * (a["text"][-1] in PUNCT and b["text"][0] in PUNCT)
               for a, b in zip(col, col[1:]))
    lines.append({"paragraph": p, "text": text, "last": last, "gaps": gaps,
                  "spaces": len(spaces), "space_gaps": [col[i]["y0"] - col[i - 1]["y1"] for i in spaces]})

# A space's own width: as it stands in the paragraphs' last lines, which are not justified.
natural = sorted(g for l in lines if l["last"] for g in l["space_gaps"]) or [SIZE / 4]
space = natural[len(natural) // 2]
chromium = [{"paragraph": l["paragraph"], "text": l["text"], "last": l["last"],
             "added": l["gaps"] - l["spaces"] * space} for l in lines]
banmian = json.load(open(bjson))


def faults(lines):
    """The README's measures over lines [{paragraph, text, last, added}] in pt."""
    breaches, lone = [], 0
    for a, b in zip(lines, lines[1:]):
        if a["paragraph"] != b["paragraph"]:
            continue
        end, start = a["text"].rstrip()[-1], b["text"][0]
        if start in NO_START: breaches.append(f"starts with {start}: {b['text']}")
        if end in NO_END: breaches.append(f"ends with {end}: {a['text']}")
        if end == start and end in "—…": breaches.append(f"{end * 2} split: {a['text']}")
        if end.isdigit() and start.isdigit(): breaches.append(f"number split: {a['text']}")
        if end.isascii() and end.isalpha() and start.isascii() and start.isalpha() \
                and not a["text"].endswith(("-", " ")):
            breaches.append(f"word split: {a['text']}")
    # A paragraph's last line of more than one, holding a single character (marks not counted).
    for before, a in zip(lines, lines[1:]):
        if a["last"] and before["paragraph"] == a["paragraph"] and \
                sum(c not in PUNCT and not c.isspace() for c in a["text"]) == 1:
            lone += 1
    justified = [round(l["added"] / SIZE, 2) for l in lines if not l["last"]]  # to 1/100 em: PDF rounding
    return {"lines": len(lines), "breaches": len(breaches), "loose (>= 1/2 em)": sum(a >= 0.5 for a in justified),
            "2 em or more": sum(a >= 2 for a in justified), "worst (em)": round(max(justified), 2),
            "squeezed": sum(l["added"] < -0.01 for l in lines), "lone last characters": lone}, breaches


print(f"The seed's {len(paragraphs)} paragraphs set vertically, 9 pt in {length_em} em "
      f"(a space in Chromium: {space / SIZE:.2f} em)")
cf, cb = faults(chromium)
bf, bb = faults(banmian["lines"])
print(f"{'':24}{'Banmian':>10}{'Chromium':>10}")
for k in cf:
    print(f"{k:24}{bf[k]!s:>10}{cf[k]!s:>10}")
print("Banmian's own check (typeset --json):", banmian["quality"])
for name, b in (("Banmian", bb), ("Chromium", cb)):
    for x in b:
        print(f"  {name} breach: {x}")
with open(lines_out, "w") as f:
    for l in chromium:
        f.write(f"{l['paragraph']:3} {l['added'] / SIZE:+6.3f} em {'last' if l['last'] else '    '} {l['text']}\n")
