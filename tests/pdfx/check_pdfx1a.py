#!/usr/bin/python3
"""Checks PDF files against PDF/X-1a:2001 (ISO 15930-1:2001), as a plant's preflight does.

usage: check_pdfx1a.py FILE.pdf...   (--list: the checks, one a line)

Each failure is one line, "FILE: CHECK: what is wrong"; the exit status is 0 when every file
passes, 1 when any fails, 2 when the checker cannot run. It reads the file with pikepdf (qpdf),
not with Banmian's code, so that the writer is checked by an independent reader. It checks what
can be checked without the plant's registry of printing conditions or a RIP: see CHECKS.
"""

import re
import sys

try:
    import pikepdf
    from pikepdf import Array, Dictionary, Name, Stream
except ImportError:
    print(f"check_pdfx1a: {sys.executable} has no pikepdf: run it with Debian's /usr/bin/python3 "
          "after scripts/setup (or apt-get install python3-pikepdf)", file=sys.stderr)
    sys.exit(2)

# The checks, by the name each failure line carries. ISO 15930-1:2001 is PDF/X-1a:2001.
CHECKS = {
    "unreadable": "the file opens and parses (qpdf finds no damage)",
    "header": "the header is %PDF-1.3 or lower, and so is the catalog's /Version (PDF/X-1a:2001 "
              "is PDF 1.3)",
    "encrypt": "the file is not encrypted",
    "trailer-id": "the trailer has an /ID of two strings",
    "title": "Info has a /Title that is not blank",
    "trapped": "Info has /Trapped /True or /False",
    "dates": "Info has /CreationDate and /ModDate as PDF dates with their time zone",
    "pdfx-keys": "Info has /GTS_PDFXVersion (PDF/X-1:2001) and /GTS_PDFXConformance "
                 "(PDF/X-1a:2001)",
    "output-intent": "exactly one /GTS_PDFX OutputIntent, with /OutputConditionIdentifier and a "
                     "CMYK output /DestOutputProfile of ICC version 2 (what PDF 1.3 knows) or a "
                     "/RegistryName",
    "boxes": "every page has a MediaBox and a TrimBox (or ArtBox) inside it, a BleedBox inside "
             "the MediaBox and around the TrimBox",
    "colour": "colour only in DeviceCMYK, DeviceGray, Separation and DeviceN (with such "
              "alternates), Indexed and Pattern of these: in content, resources, images, forms, "
              "shadings and inline images",
    "transparency": "no soft masks, no constant alpha below 1, no blend mode but Normal or "
                    "Compatible, no transparency groups",
    "transfer": "no transfer functions (/TR; /TR2 only /Default)",
    "halftone": "no halftones (/HT): the plant's RIP screens the page",
    "fonts": "every font embedded (FontFile, FontFile2 or FontFile3; Type3 fonts are their own "
             "programs)",
    "filters": "no LZWDecode, nor any other filter PDF 1.3 does not have",
    "annotations": "no annotation on or inside the TrimBox (ArtBox)",
    "actions": "no JavaScript, no actions (/OpenAction, /AA, /A)",
    "postscript": "no PostScript XObjects and no PS operator",
}

# The filters of PDF 1.3 (PDF Reference 1.3, §3.3) and their abbreviations in inline images;
# LZW is left out because ISO 15930-1 forbids it.
PDF13_FILTERS = {"/ASCIIHexDecode", "/ASCII85Decode", "/FlateDecode", "/RunLengthDecode",
                 "/CCITTFaxDecode", "/DCTDecode", "/AHx", "/A85", "/Fl", "/RL", "/CCF", "/DCT"}
LZW = {"/LZWDecode", "/LZW"}

# A PDF date (PDF Reference 1.3, §3.8.2) to the second, with its zone: Z or ±HH'mm'.
PDF_DATE = re.compile(r"^D:\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])[0-5]\d[0-5]\d"
                      r"(Z(00'00'?)?|[+-]([01]\d|2[0-3])'[0-5]\d'?)$")

# Colour spaces ISO 15930-1 allows in a PDF/X-1a file: device CMYK and gray, and the spaces built
# on them. CIE-based spaces (CalRGB, CalGray, Lab, ICCBased) and DeviceRGB are not.
DEVICE_OK = {"/DeviceCMYK", "/DeviceGray", "/Pattern", "/CMYK", "/G"}
DEVICE_RGB = {"/DeviceRGB", "/RGB"}


def key_of(obj):
    """An indirect object's identity (number, generation), or None for a direct one."""
    try:
        number, generation = obj.objgen
    except (AttributeError, ValueError):
        return None
    return (number, generation) if number else None


def name(obj):
    return str(obj) if isinstance(obj, Name) else None


def number(obj, default=None):
    try:
        return float(obj)
    except (TypeError, ValueError):
        return default


def rectangle(obj):
    """A box as (left, bottom, right, top), or None when it is no box."""
    if not isinstance(obj, Array) or len(obj) != 4:
        return None
    values = [number(v) for v in obj]
    if None in values:
        return None
    x0, y0, x1, y1 = values
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def inside(inner, outer, tolerance=0.01):
    return (inner[0] >= outer[0] - tolerance and inner[1] >= outer[1] - tolerance
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class Checker:
    def __init__(self, path):
        self.path = path
        self.failures = []  # (check, message), in the order found
        self.seen = set()   # (what, object) already checked

    def fail(self, check, message):
        if (check, message) not in self.failures:
            self.failures.append((check, message))

    def once(self, what, obj):
        """True the first time an indirect object is met in a role: shared resources once."""
        key = key_of(obj)
        if key is None:
            return True
        if (what, key) in self.seen:
            return False
        self.seen.add((what, key))
        return True

    # --- the file as a whole ---------------------------------------------------------------

    def run(self):
        try:
            with open(self.path, "rb") as f:
                head = f.read(1024)
        except OSError as e:
            self.fail("unreadable", f"cannot read it: {e.strerror}")
            return self.failures
        self.check_header(head)
        try:
            pdf = pikepdf.open(self.path)
        except pikepdf.PasswordError:
            self.fail("encrypt", "encrypted with a password: PDF/X forbids encryption")
            return self.failures
        except pikepdf.PdfError as e:
            self.fail("unreadable", f"not a PDF qpdf can read: {e}")
            return self.failures
        with pdf:
            for problem in pdf.check():
                self.fail("unreadable", f"qpdf: {problem}")
            version = name(pdf.Root.get("/Version"))
            if version and version[1:] > "1.3":
                self.fail("header", f"the catalog's /Version is {version[1:]}: PDF/X-1a:2001 is "
                                    "PDF 1.3")
            if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
                self.fail("encrypt", "the file is encrypted: PDF/X forbids encryption")
            self.check_id(pdf.trailer.get("/ID"))
            self.check_info(pdf.trailer.get("/Info"))
            self.check_output_intent(pdf.Root.get("/OutputIntents"))
            self.check_catalog_actions(pdf.Root)
            for index, page in enumerate(pdf.pages, start=1):
                self.check_page(page.obj, f"page {index}")
            self.check_every_object(pdf)
        return self.failures

    def check_header(self, head):
        match = re.match(rb"%PDF-(\d+)\.(\d+)", head)
        if not match:
            self.fail("header", "the file does not start with %PDF-1.x")
        elif (int(match[1]), int(match[2])) > (1, 3):
            self.fail("header", f"the header is %PDF-{match[1].decode()}.{match[2].decode()}: "
                                "PDF/X-1a:2001 is PDF 1.3 (%PDF-1.3 or lower)")

    def check_id(self, ident):
        if ident is None:
            self.fail("trailer-id", "the trailer has no /ID: PDF/X-1a:2001 requires one")
        elif not isinstance(ident, Array) or len(ident) != 2 or not all(
                isinstance(part, pikepdf.String) and len(bytes(part)) > 0 for part in ident):
            self.fail("trailer-id", "the trailer's /ID is not two non-empty strings")

    def check_info(self, info):
        if not isinstance(info, Dictionary):
            self.fail("title", "the trailer has no Info dictionary: it carries /Title, "
                               "/Trapped, the dates and the GTS_PDFX keys")
            info = Dictionary()
        title = info.get("/Title")
        if title is None or not str(title).strip():
            self.fail("title", "Info has no /Title (or a blank one): PDF/X-1a:2001 requires it")
        trapped = name(info.get("/Trapped"))
        if trapped not in ("/True", "/False"):
            self.fail("trapped", f"Info's /Trapped is {trapped or 'missing'}: PDF/X-1a:2001 "
                                 "requires /True or /False")
        for key in ("/CreationDate", "/ModDate"):
            value = info.get(key)
            if value is None:
                self.fail("dates", f"Info has no {key}: PDF/X-1a:2001 requires it")
            elif not PDF_DATE.match(str(value)):
                self.fail("dates", f"Info's {key} ({value}) is no PDF date to the second with "
                                   "its time zone (D:YYYYMMDDHHmmSS+HH'mm' or Z)")
        for key, expected in (("/GTS_PDFXVersion", "PDF/X-1:2001"),
                              ("/GTS_PDFXConformance", "PDF/X-1a:2001")):
            value = info.get(key)
            if value is None or str(value) != expected:
                said = "missing" if value is None else f"({value})"
                self.fail("pdfx-keys", f"Info's {key} is {said}, not ({expected})")

    def check_output_intent(self, intents):
        if not isinstance(intents, Array):
            self.fail("output-intent", "the catalog has no /OutputIntents: PDF/X-1a:2001 names "
                                       "the printing condition in one")
            return
        pdfx = [i for i in intents if isinstance(i, Dictionary) and name(i.get("/S")) ==
                "/GTS_PDFX"]
        if len(pdfx) != 1:
            self.fail("output-intent", f"{len(pdfx)} OutputIntents of /S /GTS_PDFX: PDF/X-1a:2001 "
                                       "asks for exactly one")
            return
        intent = pdfx[0]
        identifier = intent.get("/OutputConditionIdentifier")
        if identifier is None or not str(identifier).strip():
            self.fail("output-intent", "the OutputIntent has no /OutputConditionIdentifier")
        profile = intent.get("/DestOutputProfile")
        if profile is not None:
            self.check_profile(profile)
        else:
            registry = intent.get("/RegistryName")
            if registry is None or not str(registry).strip():
                self.fail("output-intent", "the OutputIntent has neither a /DestOutputProfile nor "
                                           "a /RegistryName naming a registered characterization")
            elif identifier is not None and str(identifier).strip().lower() == "custom":
                self.fail("output-intent", "the condition is Custom but no /DestOutputProfile "
                                           "is embedded")

    def check_profile(self, profile):
        if not isinstance(profile, Stream):
            self.fail("output-intent", "the /DestOutputProfile is not a stream")
            return
        try:
            data = profile.read_bytes()
        except pikepdf.PdfError as e:
            self.fail("output-intent", f"the /DestOutputProfile cannot be read: {e}")
            return
        if len(data) < 128 or data[36:40] != b"acsp":
            self.fail("output-intent", "the /DestOutputProfile is not an ICC profile")
            return
        space = data[16:20].decode("latin-1").strip()
        if space != "CMYK" or number(profile.get("/N")) != 4:
            self.fail("output-intent", f"the /DestOutputProfile is for {space} (/N "
                                       f"{profile.get('/N')}): PDF/X-1a's is a CMYK profile")
        if data[12:16] != b"prtr":
            self.fail("output-intent", "the /DestOutputProfile is not an output (printer) "
                                       "profile")
        if data[8] != 2:
            self.fail("output-intent", f"the /DestOutputProfile is an ICC version {data[8]} "
                                       "profile: PDF 1.3 (PDF/X-1a:2001) knows version 2 only")

    def check_catalog_actions(self, root):
        for key in ("/OpenAction", "/AA"):
            if key in root:
                self.fail("actions", f"the catalog has {key}: PDF/X forbids actions")
        names = root.get("/Names")
        if isinstance(names, Dictionary) and "/JavaScript" in names:
            self.fail("actions", "the catalog's /Names has /JavaScript")

    def check_every_object(self, pdf):
        """What may hide anywhere, in any object and the dictionaries inside it: filters,
        PostScript, JavaScript and actions."""
        for obj in pdf.objects:
            if isinstance(obj, (Dictionary, Stream, Array)):
                self.check_anywhere(obj, f"object {obj.objgen[0]}", 0)

    def check_anywhere(self, obj, where, depth):
        if depth > 32:
            return
        if isinstance(obj, Stream):
            self.check_filters(obj.get("/Filter"), where)
            if name(obj.get("/Subtype")) == "/PS":
                self.fail("postscript", f"{where} is a PostScript XObject: ISO 15930-1 forbids "
                                        "them")
        if isinstance(obj, (Dictionary, Stream)):
            obj = obj.stream_dict if isinstance(obj, Stream) else obj
            if "/JS" in obj or name(obj.get("/S")) == "/JavaScript":
                self.fail("actions", f"{where} is JavaScript: PDF/X forbids it")
            if "/AA" in obj:
                self.fail("actions", f"{where} has additional actions (/AA): PDF/X forbids "
                                     "actions")
            action = obj.get("/A")
            if name(obj.get("/Type")) == "/Action" or (
                    isinstance(action, Dictionary) and "/S" in action):
                self.fail("actions", f"{where} is or has an action: PDF/X forbids actions")
            if name(obj.get("/Subtype2")) == "/PS" or (
                    name(obj.get("/Subtype")) == "/Form" and "/PS" in obj):
                self.fail("postscript", f"{where} is a form with PostScript")
            children = [value for _, value in obj.items()]
        else:
            children = obj
        for child in children:
            # Indirect objects are met on their own in pdf.objects.
            if isinstance(child, (Dictionary, Array)) and not child.is_indirect:
                self.check_anywhere(child, where, depth + 1)

    def check_filters(self, filters, where):
        if filters is None:
            return
        for f in (list(filters) if isinstance(filters, Array) else [filters]):
            f = name(f) or str(f)
            if f in LZW:
                self.fail("filters", f"{where}: {f} (ISO 15930-1 forbids LZW compression): use "
                                     "FlateDecode")
            elif f not in PDF13_FILTERS:
                self.fail("filters", f"{where}: {f} is no filter of PDF 1.3")

    # --- pages and what they draw -----------------------------------------------------------

    @staticmethod
    def inherited(page, key):
        node, depth = page, 0
        while isinstance(node, Dictionary) and depth < 64:
            if key in node:
                return node.get(key)
            node, depth = node.get("/Parent"), depth + 1
        return None

    def check_page(self, page, where):
        media = rectangle(self.inherited(page, "/MediaBox"))
        trim = rectangle(page.get("/TrimBox")) or rectangle(page.get("/ArtBox"))
        bleed = rectangle(page.get("/BleedBox"))
        if media is None:
            self.fail("boxes", f"{where} has no MediaBox")
        if trim is None:
            self.fail("boxes", f"{where} has no TrimBox (nor ArtBox): PDF/X-1a:2001 requires one")
        if media and trim and not inside(trim, media):
            self.fail("boxes", f"{where}: the TrimBox {trim} is not inside the MediaBox {media}")
        if media and bleed and not inside(bleed, media):
            self.fail("boxes", f"{where}: the BleedBox {bleed} is not inside the MediaBox {media}")
        if bleed and trim and not inside(trim, bleed):
            self.fail("boxes", f"{where}: the TrimBox {trim} is not inside the BleedBox {bleed}")
        self.check_group(page.get("/Group"), where)
        if "/AA" in page:
            self.fail("actions", f"{where} has additional actions (/AA)")
        resources = self.inherited(page, "/Resources")
        self.check_resources(resources, where)
        contents = page.get("/Contents")
        if contents is not None:
            self.check_content(page, resources, where)
        self.check_annotations(page.get("/Annots"), trim, where)

    def check_group(self, group, where):
        if isinstance(group, Dictionary) and name(group.get("/S")) == "/Transparency":
            self.fail("transparency", f"{where} is a transparency group: PDF/X-1a forbids "
                                      "transparency")

    def check_annotations(self, annots, trim, where):
        if not isinstance(annots, Array):
            return
        for annot in annots:
            if not isinstance(annot, Dictionary):
                continue
            subtype = name(annot.get("/Subtype")) or "annotation"
            rect = rectangle(annot.get("/Rect"))
            if trim and rect and overlaps(rect, trim):
                self.fail("annotations", f"{where}: a {subtype[1:]} annotation at {rect} is on "
                                         "the TrimBox: PDF/X forbids annotations inside it")
            appearances = annot.get("/AP")
            if isinstance(appearances, Dictionary):
                for _, state in appearances.items():
                    forms = [form for _, form in state.items()] if isinstance(state, Dictionary) and not isinstance(
                        state, Stream) else [state]
                    for form in forms:
                        if isinstance(form, Stream):
                            self.check_form(form, f"{where}: a {subtype[1:]} annotation's "
                                                  "appearance")

    def check_resources(self, resources, where):
        if not isinstance(resources, Dictionary) or not self.once("resources", resources):
            return
        for key, check in (("/ColorSpace", self.check_space),
                           ("/ExtGState", self.check_graphics_state),
                           ("/Pattern", self.check_pattern),
                           ("/Shading", self.check_shading),
                           ("/XObject", self.check_xobject),
                           ("/Font", self.check_font)):
            entries = resources.get(key)
            if isinstance(entries, Dictionary):
                for entry, value in entries.items():
                    check(value, f"{where}: {entry}")

    def check_space(self, space, where, depth=0):
        if depth > 8:
            return
        family = name(space)
        if family is None and isinstance(space, Array) and len(space) > 0:
            family = name(space[0])
        if family is None:
            self.fail("colour", f"{where}: a colour space that is neither a name nor an array")
            return
        if family in DEVICE_RGB:
            self.fail("colour", f"{where} is DeviceRGB: PDF/X-1a takes CMYK, gray and spot colour "
                                "only")
        elif family == "/ICCBased":
            n = number(space[1].get("/N")) if len(space) > 1 and isinstance(
                space[1], Stream) else None
            kind = {1: "gray", 3: "RGB", 4: "CMYK"}.get(int(n) if n else 0, "of unknown kind")
            self.fail("colour", f"{where} is ICCBased ({kind}): PDF/X-1a takes device colour "
                                "only")
        elif family in ("/CalRGB", "/CalGray", "/Lab", "/CalCMYK"):
            self.fail("colour", f"{where} is {family[1:]}: PDF/X-1a takes device colour only")
        elif family in ("/Indexed", "/I") and isinstance(space, Array) and len(space) > 1:
            self.check_space(space[1], f"{where} (Indexed base)", depth + 1)
        elif family in ("/Separation", "/DeviceN") and isinstance(space, Array) and len(space) > 2:
            self.check_space(space[2], f"{where} ({family[1:]} alternate)", depth + 1)
            if family == "/DeviceN" and len(space) > 4 and isinstance(space[4], Dictionary):
                colorants = space[4].get("/Colorants")
                if isinstance(colorants, Dictionary):
                    for ink, separation in colorants.items():
                        self.check_space(separation, f"{where} (colorant {ink})", depth + 1)
        elif family == "/Pattern" and isinstance(space, Array) and len(space) > 1:
            self.check_space(space[1], f"{where} (pattern base)", depth + 1)
        elif family not in DEVICE_OK and family not in ("/Separation", "/DeviceN", "/Indexed"):
            self.fail("colour", f"{where}: colour space {family} is not allowed in PDF/X-1a")

    def check_graphics_state(self, state, where):
        if not isinstance(state, Dictionary) or not self.once("gs", state):
            return
        mask = state.get("/SMask")
        if mask is not None and name(mask) != "/None":
            self.fail("transparency", f"{where}: a soft mask (/SMask): PDF/X-1a forbids "
                                      "transparency")
        for key in ("/CA", "/ca"):
            alpha = number(state.get(key), 1.0)
            if alpha < 1.0:
                self.fail("transparency", f"{where}: {key} {alpha:g}: PDF/X-1a forbids "
                                          "transparency")
        modes = state.get("/BM")
        for mode in (list(modes) if isinstance(modes, Array) else
                     [] if modes is None else [modes]):
            if name(mode) not in ("/Normal", "/Compatible"):
                self.fail("transparency", f"{where}: blend mode {mode}: PDF/X-1a forbids "
                                          "transparency")
        if "/TR" in state:
            self.fail("transfer", f"{where}: a transfer function (/TR): ISO 15930-1 forbids them")
        if "/TR2" in state and name(state.get("/TR2")) != "/Default":
            self.fail("transfer", f"{where}: a transfer function (/TR2 not /Default)")
        if "/HT" in state:
            self.fail("halftone", f"{where}: a halftone (/HT): the plant's RIP screens the page")
        font = state.get("/Font")
        if isinstance(font, Array) and len(font) > 0:
            self.check_font(font[0], f"{where} (its font)")

    def check_pattern(self, pattern, where):
        if not isinstance(pattern, (Dictionary, Stream)) or not self.once("pattern", pattern):
            return
        if isinstance(pattern, Stream):  # a tiling pattern draws like a form
            self.check_resources(pattern.get("/Resources"), f"{where} (pattern)")
            self.check_content(pattern, pattern.get("/Resources"), f"{where} (pattern)")
        else:
            self.check_shading(pattern.get("/Shading"), f"{where} (pattern)")
            self.check_graphics_state(pattern.get("/ExtGState"), f"{where} (pattern)")

    def check_shading(self, shading, where):
        if isinstance(shading, (Dictionary, Stream)) and self.once("shading", shading):
            self.check_space(shading.get("/ColorSpace"), f"{where} (shading)")

    def check_xobject(self, xobject, where):
        if not isinstance(xobject, Stream):
            return
        subtype = name(xobject.get("/Subtype"))
        if subtype == "/Image":
            self.check_image(xobject, where)
        elif subtype == "/Form":
            self.check_form(xobject, where)
        elif subtype == "/PS":
            self.fail("postscript", f"{where} is a PostScript XObject: ISO 15930-1 forbids them")

    def check_image(self, image, where):
        if not self.once("image", image):
            return
        if not image.get("/ImageMask", False):
            space = image.get("/ColorSpace")
            if space is None:
                self.fail("colour", f"{where}: an image with no /ColorSpace")
            else:
                self.check_space(space, f"{where} (image)")
        if "/SMask" in image or number(image.get("/SMaskInData"), 0) > 0:
            self.fail("transparency", f"{where}: an image with a soft mask (/SMask): PDF/X-1a "
                                      "forbids transparency")

    def check_form(self, form, where):
        if not self.once("form", form):
            return
        self.check_group(form.get("/Group"), where)
        resources = form.get("/Resources")
        self.check_resources(resources, where)
        self.check_content(form, resources, where)

    def check_font(self, font, where):
        if not isinstance(font, Dictionary) or not self.once("font", font):
            return
        subtype = name(font.get("/Subtype"))
        base = name(font.get("/BaseFont")) or where
        if subtype == "/Type3":
            resources = font.get("/Resources")
            self.check_resources(resources, f"{where} (Type3)")
            procs = font.get("/CharProcs")
            if isinstance(procs, Dictionary):
                for glyph, proc in procs.items():
                    if isinstance(proc, Stream):
                        self.check_content(proc, resources, f"{where} (Type3 {glyph})")
            return
        described = font
        if subtype == "/Type0":
            descendants = font.get("/DescendantFonts")
            described = descendants[0] if isinstance(descendants, Array) and len(
                descendants) > 0 else None
        descriptor = described.get("/FontDescriptor") if isinstance(described,
                                                                     Dictionary) else None
        if not isinstance(descriptor, Dictionary) or not any(
                isinstance(descriptor.get(k), Stream) for k in
                ("/FontFile", "/FontFile2", "/FontFile3")):
            self.fail("fonts", f"{where}: {base[1:] if base.startswith('/') else base} is not "
                               "embedded: PDF/X-1a requires every font in the file")

    # --- content streams --------------------------------------------------------------------

    def check_content(self, owner, resources, where):
        try:
            instructions = pikepdf.parse_content_stream(owner)
        except pikepdf.PdfError as e:
            self.fail("unreadable", f"{where}: its content cannot be parsed: {e}")
            return
        spaces = resources.get("/ColorSpace") if isinstance(resources, Dictionary) else None
        for instruction in instructions:
            operator = str(instruction.operator)
            operands = instruction.operands
            if operator in ("rg", "RG"):
                self.fail("colour", f"{where}: the content sets DeviceRGB colour ({operator}): "
                                    "PDF/X-1a takes CMYK, gray and spot colour only")
            elif operator in ("cs", "CS") and operands:
                space = name(operands[0])
                if space in DEVICE_RGB:
                    self.fail("colour", f"{where}: the content selects DeviceRGB ({operator})")
                elif not (isinstance(spaces, Dictionary) and space in spaces) and (
                        space not in DEVICE_OK):
                    self.fail("colour", f"{where}: the content selects {space}, which the "
                                        "resources do not name")
            elif operator == "PS":
                self.fail("postscript", f"{where}: the PS operator: ISO 15930-1 forbids "
                                        "PostScript in content")
            elif operator == "INLINE IMAGE":
                self.check_inline_image(operands[0], spaces, where)

    def check_inline_image(self, image, spaces, where):
        settings = image.obj if hasattr(image, "obj") else Dictionary()
        space = settings.get("/CS", settings.get("/ColorSpace"))
        if space is not None and not settings.get("/IM", settings.get("/ImageMask", False)):
            if isinstance(spaces, Dictionary) and name(space) in spaces:
                pass  # a resource, checked with the resources
            else:
                self.check_space(space, f"{where} (inline image)")
        self.check_filters(settings.get("/F", settings.get("/Filter")), f"{where} (inline image)")


def main(argv):
    if len(argv) == 2 and argv[1] == "--list":
        for check, what in CHECKS.items():
            print(f"{check}: {what}")
        return 0
    if len(argv) < 2 or any(a.startswith("-") for a in argv[1:]):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    failed = False
    for path in argv[1:]:
        try:
            failures = Checker(path).run()
        except Exception as e:  # a file so odd that the checker trips: it is no file to print
            failures = [("unreadable", f"the checker could not read it: {type(e).__name__}: {e}")]
        for check, message in failures:
            assert check in CHECKS, check
            print(f"{path}: {check}: {message}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
