#!/usr/bin/python3
"""The PDF/X-1a checker shown able to fail: Banmian's print file of the seed page passes (with the
named IFRA26 condition and with a CMYK profile embedded), and each copy of it made wrong in one
way is rejected by check_pdfx1a.py naming that fault, and that fault alone.

usage: pdfx_controls.py BANMIAN SEED_ARTICLES WORK_DIR
"""

import os
import subprocess
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "check_pdfx1a.py")
# Ghostscript's profiles (libgs-common, which scripts/setup installs with ghostscript).
PROFILES = "/usr/share/color/icc/ghostscript/"


def lzw(data):
    """`data` LZW-encoded as PDF's LZWDecode reads it: a clear code, one literal code a byte, the
    end code, 9 bits each (short data: the code table never reaches 10 bits)."""
    assert len(data) < 250
    bits = "".join(format(code, "09b") for code in [256, *data, 257])
    bits += "0" * (-len(bits) % 8)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


# --- what is done to a copy of the good file ---------------------------------------------------

def first_page(pdf):
    return pdf.pages[0].obj


def resources(pdf, kind):
    page_resources = first_page(pdf).Resources
    if kind not in page_resources:
        page_resources[kind] = Dictionary()
    return page_resources[kind]


def draw(pdf, content):
    """Adds `content` to the first page, after what it draws."""
    page = first_page(pdf)
    stream = pdf.make_stream(content.encode())
    contents = page.Contents
    page.Contents = Array([*contents, stream] if isinstance(contents, Array) else
                          [contents, stream])
    return stream


def trim_middle(pdf):
    x0, y0, x1, y1 = (float(v) for v in first_page(pdf).TrimBox)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return [cx, cy, cx + 20, cy + 20]


def image(pdf, space, samples):
    stream = pdf.make_stream(samples)
    stream.Type, stream.Subtype = Name.XObject, Name.Image
    stream.Width, stream.Height, stream.BitsPerComponent = 1, 1, 8
    stream.ColorSpace = space
    return stream


def icc(pdf, file, components):
    with open(os.path.join(PROFILES, file), "rb") as f:
        stream = pdf.make_stream(f.read())
    stream.N = components
    return stream


def rgb_image(pdf):
    resources(pdf, "/XObject").ImX = image(pdf, Name.DeviceRGB, b"\xff\x00\x00")
    draw(pdf, "q 10 0 0 10 40 40 cm /ImX Do Q")


def masked_image(pdf):
    photo = image(pdf, Name.DeviceGray, b"\x80")
    photo.SMask = image(pdf, Name.DeviceGray, b"\x40")
    resources(pdf, "/XObject").ImX = photo
    draw(pdf, "q 10 0 0 10 40 40 cm /ImX Do Q")


def graphics_state(**entries):
    def change(pdf):
        resources(pdf, "/ExtGState").GSX = Dictionary(Type=Name.ExtGState, **entries)
        draw(pdf, "q /GSX gs 0 0 0 1 k 40 40 10 10 re f Q")
    return change


def colour_space(make, values):
    def change(pdf):
        resources(pdf, "/ColorSpace").CSX = make(pdf)
        draw(pdf, f"q /CSX cs {values} sc 40 40 10 10 re f Q")
    return change


def separation_with_rgb_alternate(pdf):
    tint = Dictionary(FunctionType=2, Domain=[0, 1], C0=[1, 1, 1], C1=[1, 0, 0], N=1)
    return Array([Name.Separation, Name("/Spot"), Name.DeviceRGB, tint])


def lzw_content(pdf):
    stream = draw(pdf, "")
    stream.write(lzw(b"q 0 0 0 1 k 40 40 10 10 re f Q"), filter=Name.LZWDecode)


def annotation(subtype, rect, **entries):
    def change(pdf):
        rectangle = rect(pdf) if callable(rect) else rect
        first_page(pdf).Annots = Array([pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=subtype, Rect=rectangle, F=4, **entries))])
    return change


def unembedded_font(pdf):
    for _, font in first_page(pdf).Resources.Font.items():
        described = font.DescendantFonts[0] if font.Subtype == Name.Type0 else font
        for key in ("/FontFile", "/FontFile2", "/FontFile3"):
            if key in described.FontDescriptor:
                del described.FontDescriptor[key]
                return
    raise AssertionError("no embedded font in the good file")


def helvetica(pdf):
    resources(pdf, "/Font").FX = Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                            BaseFont=Name.Helvetica)
    draw(pdf, "BT /FX 12 Tf 0 0 0 1 k 40 40 Td (x) Tj ET")


def info(**entries):
    def change(pdf):
        for key, value in entries.items():
            if value is None:
                del pdf.docinfo["/" + key]
            else:
                pdf.docinfo["/" + key] = value
    return change


def intent(change):
    def edit(pdf):
        change(pdf, pdf.Root.OutputIntents[0])
    return edit


def two_intents(pdf):
    intents = pdf.Root.OutputIntents
    intents.append(pdf.make_indirect(Dictionary(dict(intents[0].items()))))


def rgb_profile(pdf, output_intent):
    output_intent.DestOutputProfile = icc(pdf, "default_rgb.icc", 3)


def version_4_profile(pdf, output_intent):
    # Ghostscript's ps_cmyk.icc: a CMYK output profile, but of ICC version 4.
    output_intent.DestOutputProfile = icc(pdf, "ps_cmyk.icc", 4)


def box(key, grow):
    def change(pdf):
        page = first_page(pdf)
        x0, y0, x1, y1 = (float(v) for v in page[key])
        page[key] = Array([x0 - grow, y0 - grow, x1 + grow, y1 + grow])
    return change


def without(*keys, where=first_page):
    def change(pdf):
        for key in keys:
            del where(pdf)[key]
    return change


def set_in(key, value, where=first_page):
    def change(pdf):
        where(pdf)[key] = value(pdf) if callable(value) else value
    return change


def postscript_xobject(pdf):
    stream = pdf.make_stream(b"0 0 moveto")
    stream.Type, stream.Subtype = Name.XObject, Name.PS
    resources(pdf, "/XObject").PSX = stream


# --- the same bytes made wrong where a writer writes them --------------------------------------

def header_1_4(data):
    assert data.startswith(b"%PDF-1.3")
    return b"%PDF-1.4" + data[8:]


def without_id(data):
    """The trailer's /ID blanked out with spaces: every offset stays right."""
    start = data.rindex(b"/ID [")
    end = data.index(b"]", start) + 1
    return data[:start] + b" " * (end - start) + data[end:]


# (name, what is done, the checks that must fail); nothing: the file must pass.
VARIANTS = [
    ("printer-mark-outside-trim", annotation(Name.PrinterMark, [0, 0, 20, 20]), set()),
    ("header-1.4", header_1_4, {"header"}),
    ("catalog-version-1.4", set_in("/Version", Name("/1.4"), where=lambda p: p.Root), {"header"}),
    ("without-id", without_id, {"trailer-id"}),
    ("encrypted", "encrypt", {"encrypt"}),
    ("without-title", info(Title=None), {"title"}),
    ("trapped-unknown", info(Trapped=Name.Unknown), {"trapped"}),
    ("without-dates", info(CreationDate=None, ModDate=None), {"dates"}),
    ("date-without-zone", info(ModDate=String("D:20260621080000")), {"dates"}),
    ("without-pdfx-version", info(GTS_PDFXVersion=None), {"pdfx-keys"}),
    ("pdfx-3-conformance", info(GTS_PDFXConformance=String("PDF/X-3:2002")), {"pdfx-keys"}),
    ("without-output-intent", without("/OutputIntents", where=lambda p: p.Root),
     {"output-intent"}),
    ("two-output-intents", two_intents, {"output-intent"}),
    ("rgb-output-profile", intent(rgb_profile), {"output-intent"}),
    ("version-4-output-profile", intent(version_4_profile), {"output-intent"}),
    ("intent-without-registry", intent(lambda pdf, i: i.__delitem__("/RegistryName")),
     {"output-intent"}),
    ("without-trim-box", without("/TrimBox"), {"boxes"}),
    ("trim-box-outside-media", box("/TrimBox", 100), {"boxes"}),
    ("bleed-box-outside-media", box("/BleedBox", 100), {"boxes"}),
    ("rgb-in-content", lambda pdf: draw(pdf, "q 1 0 0 rg 40 40 10 10 re f Q"), {"colour"}),
    ("device-rgb-selected", lambda pdf: draw(pdf, "q /DeviceRGB cs 1 0 0 sc 40 40 1 1 re f Q"),
     {"colour"}),
    ("icc-rgb-space", colour_space(lambda pdf: Array([Name.ICCBased,
                                                      icc(pdf, "default_rgb.icc", 3)]),
                                   "1 0 0"),
     {"colour"}),
    ("lab-space", colour_space(lambda pdf: Array([Name.Lab, Dictionary(
        WhitePoint=[0.9505, 1, 1.089])]), "50 0 0"), {"colour"}),
    ("separation-rgb-alternate", colour_space(separation_with_rgb_alternate, "1"),
     {"colour"}),
    ("rgb-image", rgb_image, {"colour"}),
    ("image-with-smask", masked_image, {"transparency"}),
    ("fill-alpha", graphics_state(ca=0.5), {"transparency"}),
    ("stroke-alpha", graphics_state(CA=0.5), {"transparency"}),
    ("multiply-blend", graphics_state(BM=Name.Multiply), {"transparency"}),
    ("soft-mask-state", graphics_state(SMask=Dictionary(Type=Name.Mask, S=Name.Luminosity,
                                                        G=Name.Dummy)),
     {"transparency"}),
    ("transparency-group", set_in("/Group", Dictionary(S=Name.Transparency,
                                                       CS=Name.DeviceCMYK)),
     {"transparency"}),
    ("transfer-function", graphics_state(TR=Name.Identity), {"transfer"}),
    ("halftone", graphics_state(HT=Dictionary(Type=Name.Halftone, HalftoneType=1, Frequency=85,
                                              Angle=45, SpotFunction=Name.Round)),
     {"halftone"}),
    ("font-not-embedded", unembedded_font, {"fonts"}),
    ("helvetica-not-embedded", helvetica, {"fonts"}),
    ("lzw-stream", lzw_content, {"filters"}),
    ("annotation-inside-trim", annotation(Name.Square, trim_middle), {"annotations"}),
    ("printer-mark-inside-trim", annotation(Name.PrinterMark, trim_middle), {"annotations"}),
    ("open-action-javascript", set_in("/OpenAction", Dictionary(
        S=Name.JavaScript, JS=String("app.alert(1)")), where=lambda p: p.Root), {"actions"}),
    ("link-with-action", annotation(Name.Link, [0, 0, 20, 20], A=Dictionary(
        S=Name.URI, URI=String("https://example.org/"))), {"actions"}),
    ("postscript-xobject", postscript_xobject, {"postscript"}),
    ("ps-operator", lambda pdf: draw(pdf, "(0 0 moveto) PS"), {"postscript"}),
]


def make(good, variant, change, work):
    path = os.path.join(work, variant + ".pdf")
    with open(good, "rb") as f:
        data = f.read()
    if change in (header_1_4, without_id):
        with open(path, "wb") as f:
            f.write(change(data))
        return path
    with pikepdf.open(good) as pdf:
        # Streams kept as they are (an LZW stream stays LZW), no object streams (not in PDF 1.3).
        options = dict(object_stream_mode=pikepdf.ObjectStreamMode.disable)
        if change == "encrypt":
            options["encryption"] = pikepdf.Encryption(owner="plant", user="", R=2, aes=False,
                                                       metadata=False)
        else:
            options.update(stream_decode_level=pikepdf.StreamDecodeLevel.none,
                           compress_streams=False)
            change(pdf)
        pdf.save(path, **options)
    return path


def failed_checks(paths):
    """Runs the checker once on `paths`: its exit status and, for each path, the checks failed."""
    run = subprocess.run([sys.executable, CHECKER, *paths], capture_output=True, text=True)
    failed = {path: {} for path in paths}
    for line in run.stdout.splitlines():
        path, check, message = line.split(": ", 2)
        failed[path].setdefault(check, message)
    return run.returncode, run.stderr, failed


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    banmian, seed, work = argv[1:]
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1782000000", TZ="CST-8")
    good = os.path.join(work, "good.pdf")
    good_icc = os.path.join(work, "good-icc.pdf")
    for path, extra in ((good, []), (good_icc, ["--icc", PROFILES + "default_cmyk.icc"])):
        exported = subprocess.run([banmian, "export", seed, "-o", path, "--force", *extra],
                                  capture_output=True, text=True, env=env)
        if exported.returncode != 0:
            print(f"banmian export failed: {exported.stderr}", file=sys.stderr)
            return 1

    passed = failed = 0

    def verdict(ok, line):
        nonlocal passed, failed
        print(("ok    " if ok else "FAIL  ") + line)
        passed, failed = passed + ok, failed + (not ok)

    status, errors, found = failed_checks([good, good_icc])
    for path in (good, good_icc):
        verdict(status == 0 and not found[path],
                f"{os.path.basename(path)} passes (exit {status}) {errors}{found[path]}".rstrip())

    paths = {variant: make(good, variant, change, work) for variant, change, _ in VARIANTS}
    status, errors, found = failed_checks(list(paths.values()))
    verdict(status == 1, f"the checker exits 1 on the bad files (exit {status}) {errors}".rstrip())
    for variant, _, expected in VARIANTS:
        got = found[paths[variant]]
        said = "; ".join(f"{check}: {message}" for check, message in got.items()) or "passed"
        verdict(set(got) == expected,
                f"{variant}: expected {sorted(expected) or 'a pass'}, got {said}")
    # One bad file alone: its exit status is its own.
    status, _, _ = failed_checks([paths["lzw-stream"]])
    verdict(status == 1, f"one bad file alone exits 1 (exit {status})")

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
