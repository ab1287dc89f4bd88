#!/usr/bin/python3
"""Annotates a proof PDF as a PDF viewer would: standard markup annotations added to its first
page, then the file saved again (object and xref streams, as Acrobat and others write them).

usage: annotate_proof.py IN.pdf OUT.pdf SPEC.json

SPEC is a list of annotations, each with
  subtype   StrikeOut, Caret, Highlight, Underline, Squiggly, Text, FreeText, Ink, Link, …
  areas     [[x, y, w, h], …]: the marked characters, one box a line piece (QuadPoints); or
  rect      [x, y, w, h]: the annotation's rectangle (carets, notes, drawings)
            both in points from the trim's top-left corner, y downwards (as the page is laid out)
  contents, author, name (/NM), date (/M and /CreationDate, a PDF date)
  replyTo   index of an earlier annotation of SPEC it answers (/IRT), with
  replyType "R" or "Group" (/RT; absent: none written, a plain reply)
  edit      /NM of an annotation already in the file: its /Contents is set to `contents` instead
"""
import json
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, String


def main():
    source, target, spec_path = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    pdf = pikepdf.open(source)
    page = pdf.pages[0].obj
    trim = [float(v) for v in page.get("/TrimBox", page.MediaBox)]
    left, top = trim[0], trim[3]

    def corners(box):  # page points, y down -> PDF space x0, y0, x1, y1
        x, y, w, h = box
        return left + x, top - y - h, left + x + w, top - y

    if "/Annots" not in page:
        page.Annots = pdf.make_indirect(Array())
    annots = page.Annots
    made = []
    for a in spec:
        if "edit" in a:
            for existing in annots:
                if str(existing.get("/NM", "")) == a["edit"]:
                    existing.Contents = String(a["contents"])
                    existing.M = String(a.get("date", "D:20261205120000+08'00'"))
            made.append(None)
            continue
        d = Dictionary(Type=Name.Annot, Subtype=Name("/" + a["subtype"]), F=4,
                       C=Array([1, 0, 0]))
        if "areas" in a:
            boxes = [corners(b) for b in a["areas"]]
            quads = []
            for x0, y0, x1, y1 in boxes:
                # upper left, upper right, lower left, lower right, as Acrobat writes them
                quads += [x0, y1, x1, y1, x0, y0, x1, y0]
            d.QuadPoints = Array(quads)
            d.Rect = Array([min(b[0] for b in boxes), min(b[1] for b in boxes),
                            max(b[2] for b in boxes), max(b[3] for b in boxes)])
        else:
            d.Rect = Array(list(corners(a["rect"])))
        if "contents" in a:
            d.Contents = String(a["contents"])
        if "author" in a:
            d.T = String(a["author"])
        if "name" in a:
            d.NM = String(a["name"])
        date = a.get("date", "D:20261205093000+08'00'")
        d.M = String(date)
        d.CreationDate = String(date)
        if a["subtype"] == "Ink":
            x0, y0, x1, y1 = corners(a["rect"])
            d.InkList = Array([Array([x0, y0, x1, y1])])
        d.P = page
        annotation = pdf.make_indirect(d)
        if "replyTo" in a:
            annotation.IRT = made[a["replyTo"]]
            if "replyType" in a:
                annotation.RT = Name("/" + a["replyType"])
        made.append(annotation)
        annots.append(annotation)
    pdf.save(target, object_stream_mode=pikepdf.ObjectStreamMode.generate)


if __name__ == "__main__":
    main()
