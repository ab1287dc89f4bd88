<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>banmian::app::MainWindow</name>
    <message>
        <source>Banmian</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>导入提示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>导入稿件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Banmian</source>
        <translation>关于版面(&amp;A)</translation>
    </message>
    <message>
        <source>About Banmian</source>
        <translation>关于版面</translation>
    </message>
    <message>
        <source>&lt;b&gt;Banmian&lt;/b&gt; %1&lt;br&gt;Newspaper page layout and proofing.</source>
        <translation>&lt;b&gt;版面&lt;/b&gt; %1&lt;br&gt;报纸版面编排与校对。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1：%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n sidebar(s)</source>
        <translation>
            <numerusform>%n 篇链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条待核提示</numerusform>
        </translation>
    </message>
    <message>
        <source> — encoding %1</source>
        <translation> — 编码 %1</translation>
    </message>
    <message>
        <source>%1 — Banmian</source>
        <translation>%1 — 版面</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for an article file.</source>
        <translation>%1 太大，不像是稿件文件。</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <source>Cannot import articles</source>
        <translation>无法导入稿件</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>file</source>
        <translation>全文件</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>待核</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(ies) on the page</source>
        <translation>
            <numerusform>%1：版面上 %n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>Article files and pages (*.txt *.banmian);;All files (*)</source>
        <translation>稿件与版面文件 (*.txt *.banmian);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>稿件内容</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>整版显示(&amp;P)</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <source>No page: %1</source>
        <translation>无法排版：%1</translation>
    </message>
</context>
<context>
    <name>banmian::app::PagePrinter</name>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryPreview</name>
    <message>
        <source>Sidebar to “%1”</source>
        <translation>《%1》的链接</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Select a story in the list to read its copy.</source>
        <translation>在左侧列表中选择一篇稿件，即可阅读全文。</translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryTableModel</name>
    <message>
        <source>Kicker: %1</source>
        <translation>引题：%1</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Subtitle: %1</source>
        <translation>副题：%1</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
</context>
</TS>
