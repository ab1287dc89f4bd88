# The engine's stages, lowest first (DESIGN.md §1). A file of a stage may include the stages before
# it and never one after it: layout/CMakeLists.txt links each stage's library to the one before,
# and tests/CheckLayers.cmake fails on an include that runs backwards.
set(BANMIAN_LAYOUT_STAGES
    base      # units, UTF-8, diagnostics, atomic files: what every stage uses
    image     # JPEG, PNG and TIFF photos read: size, colour, samples
    colour    # ICC profiles read, photos separated to the plant's CMYK with the ink limit (lcms2)
    model     # the document's data: stories, text places, proof marks, the page grid, blocks
    import    # article files to stories (稿件导入)
    text      # a paragraph to lines: fonts, shaping, breaking, justification (clreq)
    style     # the style sheet: named text styles, the built-in house style
    output    # PageLayout: glyphs, rules, boxes and photos at their places; text found on it
    flow      # stories poured into blocks on the grid: a PageLayout, copyfit
    compose   # pages made and changed: auto-compose, edits on the grid, the preflight
    pdf       # the PDF writer: fonts subset, CMYK, PDF/X, annotations as plain data
    document  # a .banmian file read and written; edits to the stories
    proof     # proof marks followed through edits, reviewed, hinted, made into annotations
    pipeline  # the one way a page goes, window and command alike: composed, laid out, exported
    edition   # a day's paper of many pages: states, stories continued across pages (转版), folders
    newsroom  # the edition shared through PostgreSQL: schema, leases, changes pushed (LISTEN/NOTIFY)
)
