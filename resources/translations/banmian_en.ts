<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Copyfit</name>
    <message numerus="yes">
        <source> (%n line(s))</source>
        <translation>
            <numerusform> (%n line)</numerusform>
            <numerusform> (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Short by %n line(s)</source>
        <translation>
            <numerusform>Short by %n line</numerusform>
            <numerusform>Short by %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over by %n character(s)</source>
        <translation>
            <numerusform>Over by %n character</numerusform>
            <numerusform>Over by %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n char(s)</source>
        <translation>
            <numerusform>+%n char</numerusform>
            <numerusform>+%n chars</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditLine</name>
    <message>
        <source>“%1” is not a credit line: a role and names, as 记者 张三</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionLink</name>
    <message>
        <source>Page %1 is open in another window (%2): ask them to close it, or try again when they have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has gone to the plant (已付印): it is not changed any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is signed off (签样 by %2): lift the sign-off there first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionStoryDialog</name>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place Story from Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a story of the edition to place on page %1; it goes where the page is free, and you can move it from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 is open in another window: %2, process %3 of %4 on %5. Close it there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsroomDialog</name>
    <message>
        <source>Open from Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is never kept here: it is taken from PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Plan from Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePlan</name>
    <message>
        <source>Composing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open mark(s)</source>
        <translation>
            <numerusform>%n open mark</numerusform>
            <numerusform>%n open marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoCropMode</name>
    <message>
        <source>Move the picture in the photo frame of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo for this frame first (Properties → Choose Photo…): there is no picture to crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cropping the photo of %1: %2 % of filling its frame, %3 ppi where it prints. Drag to move the picture, turn the wheel to scale it; Esc ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofRounds</name>
    <message>
        <source> (opened by %1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签样 signed off by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 orphaned, %5 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge marks from a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proofreading</name>
    <message>
        <source>Proofreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all marks by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all marks by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-width punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-width Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Proof Marks from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突 conflict ↔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known mistake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::ComposeActions</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop composing the page (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composing the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;Compose the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Auto-Composed &amp;Layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-compose stopped: the page is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page changed while it was being composed: nothing was replaced; compose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compose the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-compose the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page composed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped composing: nothing was imported, the page is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page changed while it was being composed with what was imported: nothing was replaced; import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::DiagnosticsPanel</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to select it on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::EarDialog</name>
    <message>
        <source>Ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::EditionActions</name>
    <message>
        <source>Place Story from &amp;Edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue on Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is not held by this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the edition&apos;s stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot place the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition has no such story any more: choose it again from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the page already: drag its block to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed on page %2 already: take it off there first, or continue it from there with Continue on Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has no free place for %2: make room (move or take off a block) and place it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be changed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected story on page (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story stands on page %1 already: choose another page to continue it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition has no page %1: choose one of pages 1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the story&apos;s block on the page first, then continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes on to page %2 already: move that part, or take it off there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands on page %2 already: take it off there, or choose another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has no free place for the rest of %2: make room there, or choose another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue %1 on page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a page of an edition first: File → Open from Newsroom…, or a page of an edition&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continues on page %2; both pages are saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::EditionPlanSource</name>
    <message>
        <source>The connection to the newsroom was lost (%1); trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the newsroom is back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::ExportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Proo&amp;f…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the proof %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printing plant would reject this page:

%1

Fix it first, or export it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: see the Findings panel</source>
        <translation>
            <numerusform>… and %n more: see the Findings panel</numerusform>
            <numerusform>… and %n more: see the Findings panel</numerusform>
        </translation>
    </message>
    <message>
        <source>A page larger than the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit it to the paper (a reduced proof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it at full size on several sheets (tiles, 10 mm overlap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prin&amp;t Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n RGB photo(s) separated to CMYK</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Proof on &amp;A3…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::FileActions</name>
    <message>
        <source>&amp;New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stories were read, but no page can be composed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page in the window has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sidebar(s)</source>
        <translation>
            <numerusform>%n sidebar</numerusform>
            <numerusform>%n sidebars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source> — encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown on this machine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(ies)</source>
        <translation>
            <numerusform>%1: %n story</numerusform>
            <numerusform>%1: %n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from the copy saved at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banmian pages (*.banmian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files and pages (*.txt *.banmian);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, neither an article file nor a page: give the articles as plain text (UTF-8, UTF-16 or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::FormatActions</name>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame and Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swatches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame and colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column rules on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column rules off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the swatches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::FurnitureActions</name>
    <message>
        <source>&amp;Masthead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the ear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::FurnitureDialog</name>
    <message>
        <source>Plain rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double rule (双线)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick–thin (文武线)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin–thick (武文线)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted (点线)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed (短线)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamonds (菱形花边)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beads (圆点花边)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame and Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its style&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint under the story (底纹):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker reversed on (反白):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline reversed on (反白):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::InPlaceEditor</name>
    <message>
        <source>Edit the kicker of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the headline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the subtitle of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the credit line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: the text you edited is no longer on the page (you typed “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::InkField</name>
    <message>
        <source>Tint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::LayoutChoiceDialog</name>
    <message numerus="yes">
        <source>%n empty cell(s)</source>
        <translation>
            <numerusform>%n empty cell</numerusform>
            <numerusform>%n empty cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of heads side by side</source>
        <translation>
            <numerusform>%n pair of heads side by side</numerusform>
            <numerusform>%n pairs of heads side by side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headline(s) broken inside a word</source>
        <translation>
            <numerusform>%n headline broken inside a word</numerusform>
            <numerusform>%n headlines broken inside a word</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) printed twice</source>
        <translation>
            <numerusform>%n title printed twice</numerusform>
            <numerusform>%n titles printed twice</numerusform>
        </translation>
    </message>
    <message>
        <source>lead headline %1% of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n empty photo frame(s)</source>
        <translation>
            <numerusform>%n empty photo frame</numerusform>
            <numerusform>%n empty photo frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) overset</source>
        <translation>
            <numerusform>%n line overset</numerusform>
            <numerusform>%n lines overset</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1 · score %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-compose found these layouts, the best first (the lower the score, the better). Click one to take it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) left out</source>
        <translation>
            <numerusform>%n story left out</numerusform>
            <numerusform>%n stories left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left out</source>
        <translation>
            <numerusform>%n photo left out</numerusform>
            <numerusform>%n photos left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banmian::app::LayoutTool</name>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>Move %n block</numerusform>
            <numerusform>Move %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take %n block(s) off the page</source>
        <translation>
            <numerusform>Take %n block off the page</numerusform>
            <numerusform>Take %n blocks off the page</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on the page already: drag its block to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo of %1 off the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshape %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::MainWindow</name>
    <message>
        <source>Banmian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Banmian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Banmian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Banmian&lt;/b&gt; %1&lt;br&gt;Newspaper page layout and proofing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Banmian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Off the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banmian did not close properly last time. A copy of %1 was saved at %2: %3 stories, %4 blocks on the page. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery copy: save often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery copy cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 saved at %2 cannot be read: %3

It is kept at %4 for someone to look at, and will not be offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Banmian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::MarksPanel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show automatic hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all by author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all by author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the correction to the story (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::MastheadDialog</name>
    <message>
        <source>Masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin or English line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue (期号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total issue (总期号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code (邮发代号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number alone is printed with its words: 245 as 第245期, 11-0000 as 国内统一连续出版物号 CN 11-0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “%1” as the date: it is no day of the calendar, or its weekday is not that day&apos;s. Choose a date to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the name (套红)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::NewsroomActions</name>
    <message>
        <source>Open from &amp;Newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the newsroom&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown on this machine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page in the window has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from the autosave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was working on page %2 and did not save it; their unsaved layout was kept at %3. Continue from it, or from the page as last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 was given back: it is yours to change now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(ies)</source>
        <translation type="unfinished">
            <numerusform>%1: %n story</numerusform>
            <numerusform>%1: %n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>The page is no longer yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 into the edition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::NewsroomPage</name>
    <message>
        <source>%1 %2-%3-%4 page %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: page %1 is held by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is not held by this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom&apos;s server cannot be reached now; the page is kept here, save again when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom&apos;s autosave was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; changes are not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the newsroom was lost (%1); trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the newsroom is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom&apos;s server cannot be reached now; try again when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is held by %2 now: ask them to close it, or try again when they have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::PageDocument</name>
    <message>
        <source>the masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of known mistakes beside the page is not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom&apos;s list of known mistakes is not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is signed off (%1 %2): lift the sign-off before changing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::PagePlanActions</name>
    <message>
        <source>Page Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Plan from Ne&amp;wsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Plan of a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the page plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition&apos;s folder (with its edition.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::PagePlanPanel</name>
    <message>
        <source>No edition: File → Page Plan… opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be laid out here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) — %2 composing, %3 in proof, %4 signed off, %5 sent</source>
        <translation>
            <numerusform>%1: %n page — %2 composing, %3 in proof, %4 signed off, %5 sent</numerusform>
            <numerusform>%1: %n pages — %2 composing, %3 in proof, %4 signed off, %5 sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banmian::app::PagePrinter</name>
    <message>
        <source>The printer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper chosen has no room to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer took no further sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::PhotoActions</name>
    <message>
        <source>Import &amp;Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Photo &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Day&apos;s Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and caption files (*.jpg *.jpeg *.png *.tif *.tiff *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n photo(s) from %1</source>
        <translation>
            <numerusform>Read %n photo from %1</numerusform>
            <numerusform>Read %n photos from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with a caption</source>
        <translation>
            <numerusform>%n with a caption</numerusform>
            <numerusform>%n with captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>%n file left out</numerusform>
            <numerusform>%n files left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout is being chosen: import the photos once it is taken or declined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::PhotoProperties</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photographer&apos;s credit, set after the caption: 记者 张三 摄, 图/李四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s size in its frame: 100 % fills the frame. Double-click the photo to move the picture in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo&apos;s pixels an inch where it prints, at this scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caption to the photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the photo credit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo credit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::PrintSettingsDialog</name>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing plant&apos;s colour profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative colorimetric, black-point compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering &amp;intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ink &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most ink one spot may carry, C+M+Y+K together: 240 % for coldset newsprint; the plant says its own figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo printing below it is an error: the print export refuses the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below it, a warning: the photo will print soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is far too large to be an ICC profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not taken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Plant&apos;s Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;None&lt;/b&gt;&lt;br&gt;The PDF names IFRA26 (newsprint) as its printing condition; photos are separated with Ghostscript&apos;s CMYK profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing: choose it again, or another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole photo is compressed into what the press can print: smoother for vivid photos, every colour shifts a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours the press can print stay exact, the others go to the nearest it can; shadows keep their detail. For most photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The good resolution (%1 ppi) is under the minimum (%2 ppi): make it the minimum or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an ICC colour profile, or a damaged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ICC profile is cut short (copied only in part?): copy it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for %2, not CMYK: a printing plant&apos;s profile is CMYK; ask the plant for its CMYK output profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an output (printer) profile: a plant&apos;s profile describes its press; ask the plant for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ICC version %2 profile; a PDF/X-1a:2001 file carries version 2 profiles only: ask the plant for the version 2 profile of its condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::ProofActions</name>
    <message>
        <source>&amp;Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proof Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text on the page to mark it; blocks stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofreader &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text on the page first (Proof → Proof Mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the characters to mark: drag across them, or double-click a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text to put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to insert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap which two pieces?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the editor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks are signed with this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Next &amp;Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign the Page Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift the Sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the Red (核红)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Marks from a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom&apos;s &amp;Known Mistakes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Proof &amp;Marks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the marks a proofreader made on a proof PDF in any PDF viewer into the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom&apos;s Known Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hints look for the known mistakes listed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use No List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Newsroom&apos;s List of Known Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of known mistakes, one wrong→right a line (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hints look for %n known mistake(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Proof Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the proof&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof marks from %1: %2 added, %3 updated, %4 kept, %5 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n re-anchored to the page&apos;s text now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n annotations skipped (%1: %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Next Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is in %1. Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the Page Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签样: the page is frozen until the sign-off is lifted. Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted by (recorded with the page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Marks from a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banmian pages (*.banmian)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::PropertiesPanel</name>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline size of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline font of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3 mm
%4 columns of %5 characters, %6 lines of %7 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a block on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo file yet: the frame prints as a marked box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot place the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prints at %2 ppi in this frame, under the %3 ppi the print PDF needs: the export will refuse it; choose a larger photo or make the frame smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prints at %2 ppi in this frame, under the %3 ppi of a sharp print: it will print soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Chinese (Taiwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Chinese (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal (横排)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical (竖排)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical, at the right (竖题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical, at the left (竖题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline place of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::RedCheckDialog</name>
    <message>
        <source>核红 Check the Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted corrections: %2 made, %3 NOT MADE, %4 changed since, %5 not recorded (check by eye)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT MADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the manuscript (稿件原文): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryEditor</name>
    <message>
        <source>Edit Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (a paragraph a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a credit line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryMending</name>
    <message>
        <source>Merge with the Story After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 with the story after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a paragraph of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryPreview</name>
    <message>
        <source>Sidebar to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a story in the list to read its copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make It the Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make It the Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make It the Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make It a Credit Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the Story Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the Story Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the Story After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryTableModel</name>
    <message>
        <source>Kicker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::SwatchEditor</name>
    <message>
        <source>Swatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot ink (专色), printed from a plate of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ink&apos;s name, as the plant knows it: PANTONE 485 C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magenta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the swatch a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黑 and 白 are built in: give the swatch another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another swatch is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the spot ink as the plant knows it (PANTONE 485 C).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banmian::app::SwatchesDialog</name>
    <message>
        <source>Swatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot ink %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
