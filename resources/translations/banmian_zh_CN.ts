<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Copyfit</name>
    <message numerus="yes">
        <source> (%n line(s))</source>
        <translation>
            <numerusform>（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Short by %n line(s)</source>
        <translation>
            <numerusform>缺 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>正好</translation>
    </message>
    <message numerus="yes">
        <source>Over by %n character(s)</source>
        <translation>
            <numerusform>超 %n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n char(s)</source>
        <translation>
            <numerusform>超 %n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>CreditLine</name>
    <message>
        <source>“%1” is not a credit line: a role and names, as 记者 张三</source>
        <translation>“%1”不是署名：应为身份加姓名，如 记者 张三</translation>
    </message>
</context>
<context>
    <name>EditionLink</name>
    <message>
        <source>Page %1 is open in another window (%2): ask them to close it, or try again when they have</source>
        <translation>第%1版正在另一个窗口中打开（%2）：请对方关闭后再试</translation>
    </message>
    <message>
        <source>Page %1 has gone to the plant (已付印): it is not changed any more</source>
        <translation>第%1版已付印：不能再修改</translation>
    </message>
    <message>
        <source>Page %1 is signed off (签样 by %2): lift the sign-off there first</source>
        <translation>第%1版已签样（%2）：请先在那一版撤销签样</translation>
    </message>
</context>
<context>
    <name>EditionStoryDialog</name>
    <message>
        <source>not placed</source>
        <translation>未排</translation>
    </message>
    <message>
        <source>placed on page %1</source>
        <translation>已排第%1版</translation>
    </message>
    <message>
        <source>Place Story from Edition</source>
        <translation>从本期稿库排稿</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已排</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>排入(&amp;P)</translation>
    </message>
    <message>
        <source>Choose a story of the edition to place on page %1; it goes where the page is free, and you can move it from there.</source>
        <translation>选择本期的一篇稿件排入第%1版；稿件放在版面空白处，之后可再拖动。</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 is open in another window: %2, process %3 of %4 on %5. Close it there first, or open a copy.</source>
        <translation>%1 已在另一个窗口中打开：%2，%5 上 %4 的进程 %3。请先在那里关闭它，或打开一份副本。</translation>
    </message>
</context>
<context>
    <name>NewsroomDialog</name>
    <message>
        <source>Open from Newsroom</source>
        <translation>从编辑部打开</translation>
    </message>
    <message>
        <source>The password is never kept here: it is taken from PGPASSWORD or ~/.pgpass</source>
        <translation>此处从不保存密码：密码取自 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Edition of:</source>
        <translation>出版日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>版次(&amp;P)：</translation>
    </message>
    <message>
        <source>Page Plan from Newsroom</source>
        <translation>编辑部版面规划</translation>
    </message>
</context>
<context>
    <name>PagePlan</name>
    <message>
        <source>Composing</source>
        <translation>排版中</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>签版</translation>
    </message>
    <message>
        <source>Sent to the plant</source>
        <translation>已付印</translation>
    </message>
    <message>
        <source>Final proof</source>
        <translation>终校</translation>
    </message>
    <message>
        <source>1st proof</source>
        <translation>一校</translation>
    </message>
    <message>
        <source>2nd proof</source>
        <translation>二校</translation>
    </message>
    <message>
        <source>3rd proof</source>
        <translation>三校</translation>
    </message>
    <message>
        <source>Proof round %1</source>
        <translation>第%1次校对</translation>
    </message>
    <message>
        <source>held</source>
        <translation>编辑中</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>%1 编辑中</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>无法显示</translation>
    </message>
    <message numerus="yes">
        <source>%n open mark(s)</source>
        <translation>
            <numerusform>待改 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoCropMode</name>
    <message>
        <source>Move the picture in the photo frame of %1</source>
        <translation>移动%1图框中的图片</translation>
    </message>
    <message>
        <source>Scale the photo of %1</source>
        <translation>缩放%1的图片</translation>
    </message>
    <message>
        <source>Choose a photo for this frame first (Properties → Choose Photo…): there is no picture to crop</source>
        <translation>请先为此图框选择图片（属性 → 选择图片…）：没有可裁切的图片</translation>
    </message>
    <message>
        <source>Cropping the photo of %1: %2 % of filling its frame, %3 ppi where it prints. Drag to move the picture, turn the wheel to scale it; Esc ends</source>
        <translation>裁切%1的图片：填满图框大小的 %2 %，印刷分辨率 %3 ppi。拖动移动图片，滚动滚轮缩放；按 Esc 结束</translation>
    </message>
</context>
<context>
    <name>ProofRounds</name>
    <message>
        <source> (opened by %1 %2)</source>
        <translation>（%1 于 %2 开始）</translation>
    </message>
    <message>
        <source>签样 signed off by %1 %2</source>
        <translation>已签样：%1 %2</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>未签样</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>开始%1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 orphaned, %5 conflicts</source>
        <translation>新增 %1 条，更新 %2 条，保留 %3 条，失去原文 %4 条，冲突 %5 处</translation>
    </message>
    <message>
        <source>Nothing to merge: %1</source>
        <translation>没有可合并的批注：%1</translation>
    </message>
    <message>
        <source>Merge marks from a copy</source>
        <translation>合并另一份校样的批注</translation>
    </message>
    <message>
        <source>Marks merged: %1</source>
        <translation>批注已合并：%1</translation>
    </message>
</context>
<context>
    <name>Proofreading</name>
    <message>
        <source>Proofreader</source>
        <translation>校对人</translation>
    </message>
    <message>
        <source>Mark: %1</source>
        <translation>校对标记：%1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受%1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝%1</translation>
    </message>
    <message>
        <source>Accept all marks by %1</source>
        <translation>接受%1的全部标记</translation>
    </message>
    <message>
        <source>Reject all marks by %1</source>
        <translation>拒绝%1的全部标记</translation>
    </message>
    <message>
        <source>Accept hint</source>
        <translation>接受提示</translation>
    </message>
    <message>
        <source>Reject hint</source>
        <translation>拒绝提示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>增补</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>改正</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>对调</translation>
    </message>
    <message>
        <source>Change face</source>
        <translation>改字体</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>疑问</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>原文已删</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删</translation>
    </message>
    <message>
        <source>insert %1</source>
        <translation>增：%1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>改：%1</translation>
    </message>
    <message>
        <source>transpose</source>
        <translation>对调</translation>
    </message>
    <message>
        <source>set in %1</source>
        <translation>改%1</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>疑：%1</translation>
    </message>
    <message>
        <source>unpaired mark</source>
        <translation>标点不成对</translation>
    </message>
    <message>
        <source>half-width punctuation</source>
        <translation>半角标点</translation>
    </message>
    <message>
        <source>doubled</source>
        <translation>重复字</translation>
    </message>
    <message>
        <source>full-width Latin</source>
        <translation>全角字母数字</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>此版</translation>
    </message>
    <message>
        <source>Import Proof Marks from %1</source>
        <translation>从 %1 导入校样批注</translation>
    </message>
    <message>
        <source>冲突 conflict ↔ %1</source>
        <translation>冲突 ↔ %1</translation>
    </message>
    <message>
        <source>known mistake</source>
        <translation>常见差错</translation>
    </message>
</context>
<context>
    <name>banmian::app::ComposeActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop composing the page (Esc)</source>
        <translation>停止自动组版（Esc）</translation>
    </message>
    <message>
        <source>Composing the page…</source>
        <translation>正在自动组版…</translation>
    </message>
    <message>
        <source>Auto-&amp;Compose the Page</source>
        <translation>自动组版(&amp;C)</translation>
    </message>
    <message>
        <source>Choose an Auto-Composed &amp;Layout…</source>
        <translation>选择自动组版版式(&amp;L)…</translation>
    </message>
    <message>
        <source>Auto-compose stopped: the page is as it was</source>
        <translation>已停止自动组版：版面保持原样</translation>
    </message>
    <message>
        <source>The page changed while it was being composed: nothing was replaced; compose again</source>
        <translation>组版期间版面有改动：未替换版面，请重新组版</translation>
    </message>
    <message>
        <source>Cannot compose the page</source>
        <translation>无法组版</translation>
    </message>
    <message>
        <source>Auto-compose the page</source>
        <translation>自动组版</translation>
    </message>
    <message>
        <source>Page composed: %1</source>
        <translation>已组版：%1</translation>
    </message>
    <message>
        <source>Stopped composing: nothing was imported, the page is as it was</source>
        <translation>已停止组版：未导入任何内容，版面保持原样</translation>
    </message>
    <message>
        <source>The page changed while it was being composed with what was imported: nothing was replaced; import again</source>
        <translation>组版期间版面已改动：未作替换，请重新导入</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>banmian::app::DiagnosticsPanel</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>story %1</source>
        <translation>第 %1 篇稿件</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>credit line</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>图说</translation>
    </message>
    <message>
        <source>masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <source>folio</source>
        <translation>版尾</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>全文件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Double-click to select it on the page.</source>
        <translation>双击即在版面上选中它。</translation>
    </message>
    <message>
        <source>ear</source>
        <translation>报眼</translation>
    </message>
</context>
<context>
    <name>banmian::app::EarDialog</name>
    <message>
        <source>Ear</source>
        <translation>报眼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>banmian::app::EditionActions</name>
    <message>
        <source>Place Story from &amp;Edition…</source>
        <translation>从本期稿库排稿(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Continue on Page…</source>
        <translation>转版到(&amp;C)…</translation>
    </message>
    <message>
        <source>The page is not held by this window</source>
        <translation>此版不由本窗口编辑</translation>
    </message>
    <message>
        <source>Cannot list the edition&apos;s stories</source>
        <translation>无法列出本期稿件</translation>
    </message>
    <message>
        <source>Cannot place the story</source>
        <translation>无法排入稿件</translation>
    </message>
    <message>
        <source>The edition has no such story any more: choose it again from the list</source>
        <translation>本期已没有这篇稿件：请从列表中重新选择</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 is on the page already: drag its block to move it</source>
        <translation>%1 已在本版：拖动其稿块即可移动</translation>
    </message>
    <message>
        <source>%1 is placed on page %2 already: take it off there first, or continue it from there with Continue on Page…</source>
        <translation>%1 已排在第%2版：请先从那里撤下，或在那里用“转版到…”接续</translation>
    </message>
    <message>
        <source>Page %1 has no free place for %2: make room (move or take off a block) and place it again</source>
        <translation>第%1版没有空处放 %2：请腾出位置（移动或撤下稿块）后再排</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>排入 %1</translation>
    </message>
    <message>
        <source>The page cannot be changed now</source>
        <translation>此版现在不能修改</translation>
    </message>
    <message>
        <source>Continue on Page</source>
        <translation>转版</translation>
    </message>
    <message>
        <source>Continue the selected story on page (1–%1):</source>
        <translation>所选稿件转到第几版（1–%1）：</translation>
    </message>
    <message>
        <source>Cannot continue the story</source>
        <translation>无法转版</translation>
    </message>
    <message>
        <source>The story stands on page %1 already: choose another page to continue it on</source>
        <translation>稿件已在第%1版：请选择另一版转接</translation>
    </message>
    <message>
        <source>The edition has no page %1: choose one of pages 1–%2</source>
        <translation>本期没有第%1版：请在第1–%2版中选择</translation>
    </message>
    <message>
        <source>Select the story&apos;s block on the page first, then continue it</source>
        <translation>请先在版面上选中稿块，再转版</translation>
    </message>
    <message>
        <source>%1 goes on to page %2 already: move that part, or take it off there first</source>
        <translation>%1 已转到第%2版：请移动那一部分，或先从那里撤下</translation>
    </message>
    <message>
        <source>%1 stands on page %2 already: take it off there, or choose another page</source>
        <translation>%1 已在第%2版：请从那里撤下，或选择另一版</translation>
    </message>
    <message>
        <source>Page %1 has no free place for the rest of %2: make room there, or choose another page</source>
        <translation>第%1版没有空处放 %2 的转文：请在那里腾出位置，或选择另一版</translation>
    </message>
    <message>
        <source>Continue %1 on page %2</source>
        <translation>%1 转第%2版</translation>
    </message>
    <message>
        <source>Open a page of an edition first: File → Open from Newsroom…, or a page of an edition&apos;s folder</source>
        <translation>请先打开某一期的版面：文件 → 从编辑部打开…，或打开一期文件夹中的版面</translation>
    </message>
    <message>
        <source>%1 continues on page %2; both pages are saved</source>
        <translation>%1 已转到第%2版；两版均已保存</translation>
    </message>
</context>
<context>
    <name>banmian::app::EditionPlanSource</name>
    <message>
        <source>The connection to the newsroom was lost (%1); trying again…</source>
        <translation>与编辑部的连接已断开（%1）；正在重试…</translation>
    </message>
    <message>
        <source>The connection to the newsroom is back</source>
        <translation>与编辑部的连接已恢复</translation>
    </message>
</context>
<context>
    <name>banmian::app::ExportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Proo&amp;f…</source>
        <translation>导出校样(&amp;F)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Proof</source>
        <translation>导出校样</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the proof</source>
        <translation>无法导出校样</translation>
    </message>
    <message>
        <source>Wrote the proof %1</source>
        <translation>已写入校样 %1</translation>
    </message>
    <message>
        <source>Not ready for print</source>
        <translation>尚不能付印</translation>
    </message>
    <message>
        <source>The printing plant would reject this page:

%1

Fix it first, or export it anyway.</source>
        <translation>印厂会退回此版面：

%1

请先修正，或仍然导出。</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
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
    <message numerus="yes">
        <source>… and %n more: see the Findings panel</source>
        <translation>
            <numerusform>……另有 %n 项，见“检查结果”面板</numerusform>
        </translation>
    </message>
    <message>
        <source>A page larger than the paper</source>
        <translation>版面大于纸张时</translation>
    </message>
    <message>
        <source>Page Size</source>
        <translation>版面尺寸</translation>
    </message>
    <message>
        <source>Fit it to the paper (a reduced proof)</source>
        <translation>缩放到纸张（缩印校样）</translation>
    </message>
    <message>
        <source>Print it at full size on several sheets (tiles, 10 mm overlap)</source>
        <translation>按原大分多张打印（拼贴，重叠 10 毫米）</translation>
    </message>
    <message>
        <source>Prin&amp;t Settings…</source>
        <translation>印刷设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Print Settings</source>
        <translation>印刷设置</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>; %n RGB photo(s) separated to CMYK</source>
        <translation>
            <numerusform>；%n 张 RGB 图片已分色为 CMYK</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Proof on &amp;A3…</source>
        <translation>导出 A3 校样(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>banmian::app::FileActions</name>
    <message>
        <source>&amp;New Page</source>
        <translation>新建版面(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>导入稿件(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>The stories were read, but no page can be composed: %1</source>
        <translation>稿件已读入，但无法排版：%1</translation>
    </message>
    <message>
        <source>The page in the window has unsaved changes.</source>
        <translation>窗口中的版面有未保存的修改。</translation>
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
        <source>%1 cannot be shown on this machine: %2</source>
        <translation>%1 无法在本机显示：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(ies)</source>
        <translation>
            <numerusform>%1：%n 篇稿件</numerusform>
        </translation>
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
        <source>Cannot open the page</source>
        <translation>无法打开版面</translation>
    </message>
    <message>
        <source>Cannot import articles</source>
        <translation>无法导入稿件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The page %1 has changes that are not saved. Save them first?</source>
        <translation>版面 %1 有未保存的修改。先保存吗？</translation>
    </message>
    <message>
        <source>%1: restored from the copy saved at %2</source>
        <translation>%1：已从 %2 保存的副本恢复</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Page</source>
        <translation>保存版面</translation>
    </message>
    <message>
        <source>Banmian pages (*.banmian)</source>
        <translation>版面文件 (*.banmian)</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <source>Article files and pages (*.txt *.banmian);;All files (*)</source>
        <translation>稿件与版面文件 (*.txt *.banmian);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is %2, neither an article file nor a page: give the articles as plain text (UTF-8, UTF-16 or GB18030)</source>
        <translation>%1 是%2，既不是稿件文件也不是版面：请以纯文本（UTF-8、UTF-16 或 GB18030）提供稿件</translation>
    </message>
</context>
<context>
    <name>banmian::app::FormatActions</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Frame and Colour…</source>
        <translation>花边与颜色(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Column Rules</source>
        <translation>分栏线(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Swatches…</source>
        <translation>色板(&amp;S)…</translation>
    </message>
    <message>
        <source>Frame and colour of %1</source>
        <translation>%1的花边与颜色</translation>
    </message>
    <message>
        <source>Column rules on</source>
        <translation>加分栏线</translation>
    </message>
    <message>
        <source>Column rules off</source>
        <translation>去掉分栏线</translation>
    </message>
    <message>
        <source>Change the swatches</source>
        <translation>修改色板</translation>
    </message>
</context>
<context>
    <name>banmian::app::FurnitureActions</name>
    <message>
        <source>&amp;Masthead…</source>
        <translation>报头设置(&amp;M)…</translation>
    </message>
    <message>
        <source>Add &amp;Ear</source>
        <translation>添加报眼(&amp;E)</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>修改报头</translation>
    </message>
    <message>
        <source>The ear</source>
        <translation>报眼</translation>
    </message>
    <message>
        <source>Add the ear</source>
        <translation>添加报眼</translation>
    </message>
    <message>
        <source>Words of the ear</source>
        <translation>修改报眼文字</translation>
    </message>
</context>
<context>
    <name>banmian::app::FurnitureDialog</name>
    <message>
        <source>Plain rule</source>
        <translation>单线</translation>
    </message>
    <message>
        <source>Double rule (双线)</source>
        <translation>双线</translation>
    </message>
    <message>
        <source>Thick–thin (文武线)</source>
        <translation>文武线（外粗内细）</translation>
    </message>
    <message>
        <source>Thin–thick (武文线)</source>
        <translation>武文线（外细内粗）</translation>
    </message>
    <message>
        <source>Dotted (点线)</source>
        <translation>点线</translation>
    </message>
    <message>
        <source>Dashed (短线)</source>
        <translation>短线</translation>
    </message>
    <message>
        <source>Diamonds (菱形花边)</source>
        <translation>菱形花边</translation>
    </message>
    <message>
        <source>Beads (圆点花边)</source>
        <translation>圆点花边</translation>
    </message>
    <message>
        <source>Frame and Colour</source>
        <translation>花边与颜色</translation>
    </message>
    <message>
        <source>Box the story</source>
        <translation>稿件加框</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑</translation>
    </message>
    <message>
        <source>The box&apos;s grey</source>
        <translation>框的浅灰底</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Its style&apos;s</source>
        <translation>按样式</translation>
    </message>
    <message>
        <source>Not reversed</source>
        <translation>不反白</translation>
    </message>
    <message>
        <source>Border:</source>
        <translation>花边：</translation>
    </message>
    <message>
        <source>Frame colour:</source>
        <translation>框线颜色：</translation>
    </message>
    <message>
        <source>Tint under the story (底纹):</source>
        <translation>底纹：</translation>
    </message>
    <message>
        <source>Headline colour:</source>
        <translation>标题颜色：</translation>
    </message>
    <message>
        <source>Kicker reversed on (反白):</source>
        <translation>引题反白于：</translation>
    </message>
    <message>
        <source>Headline reversed on (反白):</source>
        <translation>主题反白于：</translation>
    </message>
</context>
<context>
    <name>banmian::app::InPlaceEditor</name>
    <message>
        <source>Edit the kicker of %1</source>
        <translation>修改%1的引题</translation>
    </message>
    <message>
        <source>Edit the headline of %1</source>
        <translation>修改%1的主题</translation>
    </message>
    <message>
        <source>Edit the subtitle of %1</source>
        <translation>修改%1的副题</translation>
    </message>
    <message>
        <source>Edit the credit line of %1</source>
        <translation>修改%1的署名</translation>
    </message>
    <message>
        <source>Edit the caption of %1</source>
        <translation>修改%1的图说</translation>
    </message>
    <message>
        <source>Not kept: the text you edited is no longer on the page (you typed “%1”)</source>
        <translation>未保存：所编辑的文字已不在版面上（输入的是“%1”）</translation>
    </message>
</context>
<context>
    <name>banmian::app::InkField</name>
    <message>
        <source>Tint</source>
        <translation>网点百分比</translation>
    </message>
</context>
<context>
    <name>banmian::app::LayoutChoiceDialog</name>
    <message numerus="yes">
        <source>%n empty cell(s)</source>
        <translation>
            <numerusform>空 %n 格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of heads side by side</source>
        <translation>
            <numerusform>%n 处撞题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headline(s) broken inside a word</source>
        <translation>
            <numerusform>%n 个标题在词中断行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) printed twice</source>
        <translation>
            <numerusform>%n 个标题重复</numerusform>
        </translation>
    </message>
    <message>
        <source>lead headline %1% of the next</source>
        <translation>头条标题为次大标题的 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n empty photo frame(s)</source>
        <translation>
            <numerusform>%n 个空图框</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) overset</source>
        <translation>
            <numerusform>%n 行溢出</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Choose a Layout</source>
        <translation>选择版式</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>版式 %1</translation>
    </message>
    <message>
        <source>Layout %1 · score %2
%3</source>
        <translation>版式 %1 · 评分 %2
%3</translation>
    </message>
    <message>
        <source>Auto-compose found these layouts, the best first (the lower the score, the better). Click one to take it:</source>
        <translation>自动组版找到以下版式，最好的在前（评分越低越好）。点选一个：</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) left out</source>
        <translation>
            <numerusform>%n 篇稿件未排入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left out</source>
        <translation>
            <numerusform>%n 张图片未排入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banmian::app::LayoutTool</name>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>移动 %n 个稿块</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整%1的大小</translation>
    </message>
    <message>
        <source>Move the photo of %1</source>
        <translation>移动%1的图片</translation>
    </message>
    <message>
        <source>Move the caption of %1</source>
        <translation>移动%1的图说</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Take %1 off the page</source>
        <translation>撤下%1</translation>
    </message>
    <message numerus="yes">
        <source>Take %n block(s) off the page</source>
        <translation>
            <numerusform>撤下 %n 个稿块</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on the page already: drag its block to move it</source>
        <translation>%1已在版面上：拖动它的稿块来移动</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>上版%1</translation>
    </message>
    <message>
        <source>Resize the photo of %1</source>
        <translation>调整%1的图框大小</translation>
    </message>
    <message>
        <source>Delete the caption of %1</source>
        <translation>删除%1的图说</translation>
    </message>
    <message>
        <source>Take the photo of %1 off the page</source>
        <translation>从稿块中撤下%1的图片</translation>
    </message>
    <message>
        <source>Reshape %1</source>
        <translation>改变%1的形状</translation>
    </message>
</context>
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
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
    <message>
        <source>%1 — Banmian</source>
        <translation>%1 — 版面</translation>
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
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Take Off the Page</source>
        <translation>撤下版面(&amp;T)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Restore the page?</source>
        <translation>恢复版面？</translation>
    </message>
    <message>
        <source>Banmian did not close properly last time. A copy of %1 was saved at %2: %3 stories, %4 blocks on the page. Restore it?</source>
        <translation>版面上次没有正常关闭。%1 的副本保存于 %2：%3 篇稿件，版面上 %4 个稿块。要恢复吗？</translation>
    </message>
    <message>
        <source>No recovery copy: save often</source>
        <translation>未能写入恢复副本：请勤存盘</translation>
    </message>
    <message>
        <source>A recovery copy cannot be read</source>
        <translation>恢复副本无法读取</translation>
    </message>
    <message>
        <source>The copy of %1 saved at %2 cannot be read: %3

It is kept at %4 for someone to look at, and will not be offered again.</source>
        <translation>%2 保存的%1副本无法读取：%3

副本保留在 %4，以便查看，今后不再提示。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (%2) — Banmian</source>
        <translation>%1（%2）— 版面</translation>
    </message>
</context>
<context>
    <name>banmian::app::MarksPanel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>校对意见</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>校对人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Show automatic hints</source>
        <translation>显示自动校对提示</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Accept all by author</source>
        <translation>接受该校对人全部标记</translation>
    </message>
    <message>
        <source>Reject all by author</source>
        <translation>拒绝该校对人全部标记</translation>
    </message>
    <message>
        <source>Apply the correction to the story (Ctrl+Enter)</source>
        <translation>将改正写入稿件（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>未接受：%1</translation>
    </message>
</context>
<context>
    <name>banmian::app::MastheadDialog</name>
    <message>
        <source>Masthead</source>
        <translation>报头设置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Pinyin or English line</source>
        <translation>拼音或英文报名</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <source>Issue (期号)</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Total issue (总期号)</source>
        <translation>总期号</translation>
    </message>
    <message>
        <source>CN number</source>
        <translation>国内统一连续出版物号</translation>
    </message>
    <message>
        <source>Postal code (邮发代号)</source>
        <translation>邮发代号</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印出</translation>
    </message>
    <message>
        <source>A number alone is printed with its words: 245 as 第245期, 11-0000 as 国内统一连续出版物号 CN 11-0000.</source>
        <translation>只填数字时自动加上文字：245 印为“第245期”，11-0000 印为“国内统一连续出版物号 CN 11-0000”。</translation>
    </message>
    <message>
        <source>Print “%1” as the date: it is no day of the calendar, or its weekday is not that day&apos;s. Choose a date to replace it.</source>
        <translation>日期印为“%1”：这不是日历上的日期，或星期与该日不符。选择日期即可替换。</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑</translation>
    </message>
    <message>
        <source>Colour of the name (套红)</source>
        <translation>报名颜色（套红）</translation>
    </message>
</context>
<context>
    <name>banmian::app::NewsroomActions</name>
    <message>
        <source>Open from &amp;Newsroom…</source>
        <translation>从编辑部打开(&amp;N)…</translation>
    </message>
    <message>
        <source>Cannot open the newsroom&apos;s page</source>
        <translation>无法打开编辑部的版面</translation>
    </message>
    <message>
        <source>%1 cannot be shown on this machine: %2</source>
        <translation>%1 无法在本机显示：%2</translation>
    </message>
    <message>
        <source>The page in the window has unsaved changes.</source>
        <translation>窗口中的版面有未保存的修改。</translation>
    </message>
    <message>
        <source>Continue from the autosave?</source>
        <translation>从自动保存继续？</translation>
    </message>
    <message>
        <source>%1 was working on page %2 and did not save it; their unsaved layout was kept at %3. Continue from it, or from the page as last saved?</source>
        <translation>%1 曾在编辑第%2版，未及保存；其未保存的版式已于 %3 自动保存。从该自动保存继续，还是从上次保存的版面继续？</translation>
    </message>
    <message>
        <source>Page %1 was given back: it is yours to change now</source>
        <translation>第%1版已交回：现在由你编辑</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(ies)</source>
        <translation>
            <numerusform>%1：%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>The page is no longer yours</source>
        <translation>此版已不归你编辑</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1 into the edition</source>
        <translation>已将 %1 保存到本期报纸</translation>
    </message>
</context>
<context>
    <name>banmian::app::NewsroomPage</name>
    <message>
        <source>%1 %2-%3-%4 page %5</source>
        <translation>%1 %2-%3-%4 第%5版</translation>
    </message>
    <message>
        <source>read-only: page %1 is held by %2</source>
        <translation>只读：第%1版由 %2 编辑中</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>the page is not held by this window</source>
        <translation>此版不由本窗口编辑</translation>
    </message>
    <message>
        <source>the newsroom&apos;s server cannot be reached now; the page is kept here, save again when the connection is back</source>
        <translation>暂时连不上编辑部的服务器；版面保留在本窗口，连接恢复后请再次保存</translation>
    </message>
    <message>
        <source>The newsroom&apos;s autosave was not written: %1</source>
        <translation>编辑部的自动保存未写入：%1</translation>
    </message>
    <message>
        <source>Others&apos; changes are not followed: %1</source>
        <translation>无法跟进他人的改动：%1</translation>
    </message>
    <message>
        <source>The connection to the newsroom was lost (%1); trying again…</source>
        <translation>与编辑部的连接已断开（%1）；正在重试…</translation>
    </message>
    <message>
        <source>The connection to the newsroom is back</source>
        <translation>与编辑部的连接已恢复</translation>
    </message>
    <message>
        <source>the newsroom&apos;s server cannot be reached now; try again when the connection is back</source>
        <translation>暂时连不上编辑部的服务器；连接恢复后请重试</translation>
    </message>
    <message>
        <source>another designer</source>
        <translation>另一位美编</translation>
    </message>
    <message>
        <source>Page %1 is held by %2 now: ask them to close it, or try again when they have</source>
        <translation>第%1版现由 %2 编辑中：请对方关闭后再试</translation>
    </message>
</context>
<context>
    <name>banmian::app::PageDocument</name>
    <message>
        <source>the masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <source>the folio</source>
        <translation>版尾</translation>
    </message>
    <message>
        <source>an empty block</source>
        <translation>空稿块</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>%1 cannot go over %2</source>
        <translation>%1不能压在%2上</translation>
    </message>
    <message>
        <source>the ear</source>
        <translation>报眼</translation>
    </message>
    <message>
        <source>The list of known mistakes beside the page is not used: %1</source>
        <translation>版面旁的易错词表未启用：%1</translation>
    </message>
    <message>
        <source>The newsroom&apos;s list of known mistakes is not used: %1</source>
        <translation>报社常见差错表未启用：%1</translation>
    </message>
    <message>
        <source>This page is signed off (%1 %2): lift the sign-off before changing it</source>
        <translation>此版已签样（%1 %2），先撤销签样再改</translation>
    </message>
</context>
<context>
    <name>banmian::app::PagePlanActions</name>
    <message>
        <source>Page Plan</source>
        <translation>版面规划</translation>
    </message>
    <message>
        <source>Page Plan from Ne&amp;wsroom…</source>
        <translation>编辑部版面规划(&amp;W)…</translation>
    </message>
    <message>
        <source>Page Plan of a &amp;Folder…</source>
        <translation>文件夹版面规划(&amp;F)…</translation>
    </message>
    <message>
        <source>Page P&amp;lan</source>
        <translation>版面规划(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot show the page plan</source>
        <translation>无法显示版面规划</translation>
    </message>
    <message>
        <source>The edition&apos;s folder (with its edition.json)</source>
        <translation>本期的文件夹（含 edition.json）</translation>
    </message>
</context>
<context>
    <name>banmian::app::PagePlanPanel</name>
    <message>
        <source>No edition: File → Page Plan… opens one</source>
        <translation>未打开任何一期：文件 → 版面规划… 可打开</translation>
    </message>
    <message>
        <source>The page cannot be laid out here</source>
        <translation>此版在本机无法排出</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) — %2 composing, %3 in proof, %4 signed off, %5 sent</source>
        <translation>
            <numerusform>%1：共 %n 版 — 排版中 %2，校对中 %3，已签版 %4，已付印 %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banmian::app::PagePrinter</name>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>The paper chosen has no room to print on.</source>
        <translation>所选纸张没有可打印的区域。</translation>
    </message>
    <message>
        <source>The printer took no further sheet.</source>
        <translation>打印机无法接受下一张纸。</translation>
    </message>
</context>
<context>
    <name>banmian::app::PhotoActions</name>
    <message>
        <source>Import &amp;Photos…</source>
        <translation>导入图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Import Photo &amp;Files…</source>
        <translation>导入图片文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import the Day&apos;s Photos</source>
        <translation>导入当天的图片</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>导入图片</translation>
    </message>
    <message>
        <source>Photos and caption files (*.jpg *.jpeg *.png *.tif *.tiff *.txt);;All files (*)</source>
        <translation>图片和图片说明文件 (*.jpg *.jpeg *.png *.tif *.tiff *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the files chosen</source>
        <translation>所选文件</translation>
    </message>
    <message>
        <source>No photos were read from %1.</source>
        <translation>未从 %1 读到图片。</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>导入图片</translation>
    </message>
    <message numerus="yes">
        <source>Read %n photo(s) from %1</source>
        <translation>
            <numerusform>从 %1 读入 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n with a caption</source>
        <translation>
            <numerusform>%n 张有图片说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>%n 个文件未读入</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import photos</source>
        <translation>无法导入图片</translation>
    </message>
    <message>
        <source>Some files were left out</source>
        <translation>部分文件未读入</translation>
    </message>
    <message>
        <source>A layout is being chosen: import the photos once it is taken or declined.</source>
        <translation>正在选择版式：选定或取消后再导入图片。</translation>
    </message>
</context>
<context>
    <name>banmian::app::PhotoProperties</name>
    <message>
        <source>Photo</source>
        <translation>配图</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>无图说</translation>
    </message>
    <message>
        <source>The photographer&apos;s credit, set after the caption: 记者 张三 摄, 图/李四</source>
        <translation>摄影者署名，排在图说之后：记者 张三 摄、图/李四</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The picture&apos;s size in its frame: 100 % fills the frame. Double-click the photo to move the picture in it</source>
        <translation>图片在图框中的大小：100 % 恰好填满图框。双击图片可在图框中移动它</translation>
    </message>
    <message>
        <source>The photo&apos;s pixels an inch where it prints, at this scale</source>
        <translation>按此缩放，图片印刷时每英寸的像素数</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图说</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>摄影署名</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>尚无图片</translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
    <message>
        <source>Add a caption to the photo of %1</source>
        <translation>为%1的图片添加图说</translation>
    </message>
    <message>
        <source>Edit the caption of %1</source>
        <translation>修改%1的图说</translation>
    </message>
    <message>
        <source>Delete the caption of %1</source>
        <translation>删除%1的图说</translation>
    </message>
    <message>
        <source>Delete the photo credit of %1</source>
        <translation>删除%1的摄影署名</translation>
    </message>
    <message>
        <source>Photo credit of %1</source>
        <translation>%1的摄影署名</translation>
    </message>
    <message>
        <source>Scale the photo of %1</source>
        <translation>缩放%1的图片</translation>
    </message>
</context>
<context>
    <name>banmian::app::PrintSettingsDialog</name>
    <message>
        <source>&amp;None</source>
        <translation>不指定(&amp;N)</translation>
    </message>
    <message>
        <source>Print Settings</source>
        <translation>印刷设置</translation>
    </message>
    <message>
        <source>Printing plant&apos;s colour profile</source>
        <translation>印厂色彩特性文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Colour separation</source>
        <translation>分色</translation>
    </message>
    <message>
        <source>Relative colorimetric, black-point compensation</source>
        <translation>相对比色，黑场补偿</translation>
    </message>
    <message>
        <source>Perceptual</source>
        <translation>可感知</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rendering &amp;intent</source>
        <translation>渲染意图(&amp;I)</translation>
    </message>
    <message>
        <source>Total ink &amp;limit</source>
        <translation>总墨量上限(&amp;L)</translation>
    </message>
    <message>
        <source>The most ink one spot may carry, C+M+Y+K together: 240 % for coldset newsprint; the plant says its own figure.</source>
        <translation>任一点上 C+M+Y+K 四色墨量之和的上限：新闻纸冷固印刷一般为 240 %，以印厂要求为准。</translation>
    </message>
    <message>
        <source>Photo resolution</source>
        <translation>图片分辨率</translation>
    </message>
    <message>
        <source> ppi</source>
        <translation> 像素/英寸</translation>
    </message>
    <message>
        <source>&amp;Minimum</source>
        <translation>最低分辨率(&amp;M)</translation>
    </message>
    <message>
        <source>A photo printing below it is an error: the print export refuses the page.</source>
        <translation>图片低于此值即为错误：付印导出将拒绝此版面。</translation>
    </message>
    <message>
        <source>&amp;Good</source>
        <translation>清晰分辨率(&amp;G)</translation>
    </message>
    <message>
        <source>Below it, a warning: the photo will print soft.</source>
        <translation>低于此值给出警告：图片印出来会发虚。</translation>
    </message>
    <message>
        <source>the file is far too large to be an ICC profile</source>
        <translation>文件太大，不可能是 ICC 特性文件</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>%1 was not taken: %2</source>
        <translation>未采用 %1：%2</translation>
    </message>
    <message>
        <source>Choose the Plant&apos;s Profile</source>
        <translation>选择印厂色彩特性文件</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC 特性文件 (*.icc *.icm)</translation>
    </message>
    <message>
        <source>&lt;b&gt;None&lt;/b&gt;&lt;br&gt;The PDF names IFRA26 (newsprint) as its printing condition; photos are separated with Ghostscript&apos;s CMYK profile.</source>
        <translation>&lt;b&gt;未指定&lt;/b&gt;&lt;br&gt;PDF 以 IFRA26（新闻纸）为印刷条件；图片按 Ghostscript 的 CMYK 特性文件分色。</translation>
    </message>
    <message>
        <source>The file is missing: choose it again, or another.</source>
        <translation>文件已不在原处：请重新选择该文件，或另选一个。</translation>
    </message>
    <message>
        <source>The whole photo is compressed into what the press can print: smoother for vivid photos, every colour shifts a little.</source>
        <translation>整幅图片按比例压缩进印机可印的色域：鲜艳的图片过渡更平顺，但所有颜色都会略有偏移。</translation>
    </message>
    <message>
        <source>Colours the press can print stay exact, the others go to the nearest it can; shadows keep their detail. For most photos.</source>
        <translation>印机能印的颜色保持准确，超出的颜色映射到最接近的可印颜色；暗部层次得以保留。适合大多数图片。</translation>
    </message>
    <message>
        <source>The good resolution (%1 ppi) is under the minimum (%2 ppi): make it the minimum or more.</source>
        <translation>清晰分辨率（%1 ppi）低于最低分辨率（%2 ppi）：请设为不低于最低分辨率的数值。</translation>
    </message>
    <message>
        <source>the profile “%1”</source>
        <translation>特性文件“%1”</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>该特性文件</translation>
    </message>
    <message>
        <source>the file is not an ICC colour profile, or a damaged one</source>
        <translation>该文件不是 ICC 色彩特性文件，或已损坏</translation>
    </message>
    <message>
        <source>the ICC profile is cut short (copied only in part?): copy it again</source>
        <translation>该 ICC 特性文件不完整（只复制了一部分？）：请重新复制</translation>
    </message>
    <message>
        <source>%1 is for %2, not CMYK: a printing plant&apos;s profile is CMYK; ask the plant for its CMYK output profile</source>
        <translation>%1 用于 %2，不是 CMYK：印厂的特性文件是 CMYK 的；请向印厂索取其 CMYK 输出特性文件</translation>
    </message>
    <message>
        <source>%1 is not an output (printer) profile: a plant&apos;s profile describes its press; ask the plant for it</source>
        <translation>%1 不是输出（印刷机）特性文件：印厂的特性文件描述其印刷机；请向印厂索取</translation>
    </message>
    <message>
        <source>%1 is an ICC version %2 profile; a PDF/X-1a:2001 file carries version 2 profiles only: ask the plant for the version 2 profile of its condition</source>
        <translation>%1 是 ICC 第 %2 版特性文件；PDF/X-1a:2001 文件只能嵌入第 2 版特性文件：请向印厂索取其印刷条件的第 2 版特性文件</translation>
    </message>
</context>
<context>
    <name>banmian::app::ProofActions</name>
    <message>
        <source>&amp;Proof</source>
        <translation>校对(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Proof Mode</source>
        <translation>校对模式(&amp;P)</translation>
    </message>
    <message>
        <source>Select text on the page to mark it; blocks stay where they are</source>
        <translation>在版面上选中文字即可标记；稿块不会移动</translation>
    </message>
    <message>
        <source>Proofreader &amp;Name…</source>
        <translation>校对人姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>Proof Marks</source>
        <translation>校对标记</translation>
    </message>
    <message>
        <source>Select text on the page first (Proof → Proof Mode)</source>
        <translation>请先在版面上选中文字（校对 → 校对模式）</translation>
    </message>
    <message>
        <source>Select the characters to mark: drag across them, or double-click a word</source>
        <translation>选中要标记的字：拖过这些字，或双击一个词</translation>
    </message>
    <message>
        <source>Type the text to put in</source>
        <translation>请输入要增补或改正的文字</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>增补</translation>
    </message>
    <message>
        <source>Text to insert:</source>
        <translation>增补文字：</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>改正</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>改为：</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>对调</translation>
    </message>
    <message>
        <source>Swap which two pieces?</source>
        <translation>对调哪两部分？</translation>
    </message>
    <message>
        <source>Change face</source>
        <translation>改字体</translation>
    </message>
    <message>
        <source>Set in:</source>
        <translation>改用字体：</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>疑问</translation>
    </message>
    <message>
        <source>Question for the editor:</source>
        <translation>向编辑提出的疑问：</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>校对人</translation>
    </message>
    <message>
        <source>Marks are signed with this name:</source>
        <translation>标记署此名：</translation>
    </message>
    <message>
        <source>Open the Next &amp;Round…</source>
        <translation>开始下一校次(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Sign the Page Off…</source>
        <translation>签样(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lift the Sign-off…</source>
        <translation>撤销签样(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Check the Red (核红)…</source>
        <translation>核红(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Marks from a Copy…</source>
        <translation>合并另一份校样的批注(&amp;M)…</translation>
    </message>
    <message>
        <source>Newsroom&apos;s &amp;Known Mistakes…</source>
        <translation>报社常见差错表(&amp;K)…</translation>
    </message>
    <message>
        <source>Import Proof &amp;Marks…</source>
        <translation>导入校样批注(&amp;M)…</translation>
    </message>
    <message>
        <source>Read the marks a proofreader made on a proof PDF in any PDF viewer into the page</source>
        <translation>把校对在任意 PDF 阅读器中批在校样 PDF 上的批注读入版面</translation>
    </message>
    <message>
        <source>Newsroom&apos;s Known Mistakes</source>
        <translation>报社常见差错表</translation>
    </message>
    <message>
        <source>The hints look for the known mistakes listed in %1.</source>
        <translation>自动校对提示会查找 %1 中列出的常见差错。</translation>
    </message>
    <message>
        <source>Choose Another List…</source>
        <translation>选择另一张表…</translation>
    </message>
    <message>
        <source>Use No List</source>
        <translation>不用差错表</translation>
    </message>
    <message>
        <source>The Newsroom&apos;s List of Known Mistakes</source>
        <translation>报社常见差错表</translation>
    </message>
    <message>
        <source>Lists of known mistakes, one wrong→right a line (*.txt);;All files (*)</source>
        <translation>常见差错表，每行一条“错→正”（*.txt）;;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>The hints look for %n known mistake(s) from %1.</source>
        <translation>
            <numerusform>自动校对提示会查找 %1 中的 %n 条常见差错。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Proof Marks</source>
        <translation>导入校样批注</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the proof&apos;s marks</source>
        <translation>无法导入校样批注</translation>
    </message>
    <message>
        <source>Proof marks from %1: %2 added, %3 updated, %4 kept, %5 orphaned</source>
        <translation>来自 %1 的校样批注：新增 %2 条，更新 %3 条，保留 %4 条，失去原文 %5 条</translation>
    </message>
    <message numerus="yes">
        <source>; %n re-anchored to the page&apos;s text now</source>
        <translation>
            <numerusform>；%n 条已按现在的文字重新定位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n annotations skipped (%1: %2)</source>
        <translation>
            <numerusform>；跳过 %n 条批注（%1：%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Next Round</source>
        <translation>开始下一校次</translation>
    </message>
    <message>
        <source>The page is in %1. Open:</source>
        <translation>此版现为%1。开始：</translation>
    </message>
    <message>
        <source>Sign the Page Off</source>
        <translation>签样</translation>
    </message>
    <message>
        <source>签样: the page is frozen until the sign-off is lifted. Signed by:</source>
        <translation>签样后，撤销签样前此版不可改动。签样人：</translation>
    </message>
    <message>
        <source>Lift the Sign-off</source>
        <translation>撤销签样</translation>
    </message>
    <message>
        <source>Lifted by (recorded with the page):</source>
        <translation>撤销人（记入此版）：</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>原因（可不填）：</translation>
    </message>
    <message>
        <source>Merge Marks from a Copy</source>
        <translation>合并另一份校样的批注</translation>
    </message>
    <message>
        <source>Banmian pages (*.banmian)</source>
        <translation>版面文件 (*.banmian)</translation>
    </message>
</context>
<context>
    <name>banmian::app::PropertiesPanel</name>
    <message>
        <source>Block</source>
        <translation>稿块</translation>
    </message>
    <message>
        <source>Boxed</source>
        <translation>加框</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>配图</translation>
    </message>
    <message>
        <source>As the grid</source>
        <translation>按基本栏</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>As the style</source>
        <translation>按样式</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏数</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Text columns</source>
        <translation>分栏</translation>
    </message>
    <message>
        <source>Headline size</source>
        <translation>标题字号</translation>
    </message>
    <message>
        <source>Headline font</source>
        <translation>标题字体</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Text columns of %1</source>
        <translation>%1的分栏</translation>
    </message>
    <message>
        <source>Headline size of %1</source>
        <translation>%1的标题字号</translation>
    </message>
    <message>
        <source>Headline font of %1</source>
        <translation>%1的标题字体</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>给%1加框</translation>
    </message>
    <message>
        <source>Unbox %1</source>
        <translation>去掉%1的框</translation>
    </message>
    <message>
        <source>%1, %2 × %3 mm
%4 columns of %5 characters, %6 lines of %7 pt</source>
        <translation>%1，%2 × %3 毫米
%4 栏，每栏 %5 字，%6 行，行距 %7 磅</translation>
    </message>
    <message>
        <source>Select a block on the page.</source>
        <translation>在版面上选中一个稿块。</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整%1的大小</translation>
    </message>
    <message>
        <source>Credit line of %1</source>
        <translation>%1的署名</translation>
    </message>
    <message>
        <source>Photo in %1</source>
        <translation>给%1配图</translation>
    </message>
    <message>
        <source>No photo in %1</source>
        <translation>去掉%1的配图</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>No photo file yet: the frame prints as a marked box</source>
        <translation>尚无图片文件：付印时为标记框</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 无法读取</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot place the photo</source>
        <translation>无法置入图片</translation>
    </message>
    <message>
        <source>Photo for %1</source>
        <translation>为%1置入图片</translation>
    </message>
    <message>
        <source>%1 prints at %2 ppi in this frame, under the %3 ppi the print PDF needs: the export will refuse it; choose a larger photo or make the frame smaller</source>
        <translation>%1 在此图片框中的分辨率只有 %2 像素/英寸（ppi），低于付印 PDF 要求的 %3 ppi：导出时将被拒绝；请换用像素更多的图片，或缩小图片框</translation>
    </message>
    <message>
        <source>%1 prints at %2 ppi in this frame, under the %3 ppi of a sharp print: it will print soft</source>
        <translation>%1 在此图片框中的分辨率为 %2 像素/英寸（ppi），低于清晰印刷所需的 %3 ppi：印出来会发虚</translation>
    </message>
    <message>
        <source>号</source>
        <translation>号</translation>
    </message>
    <message>
        <source>Whole width</source>
        <translation>通栏</translation>
    </message>
    <message>
        <source>Headline columns</source>
        <translation>标题跨栏</translation>
    </message>
    <message>
        <source>Headline columns of %1</source>
        <translation>%1的标题跨栏</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional Chinese (Taiwan)</source>
        <translation>繁體（台灣）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Hong Kong)</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>%1的语言</translation>
    </message>
    <message>
        <source>Horizontal (横排)</source>
        <translation>横排</translation>
    </message>
    <message>
        <source>Vertical (竖排)</source>
        <translation>竖排</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Across the top</source>
        <translation>横题（在上）</translation>
    </message>
    <message>
        <source>Vertical, at the right (竖题)</source>
        <translation>竖题（在右）</translation>
    </message>
    <message>
        <source>Vertical, at the left (竖题)</source>
        <translation>竖题（在左）</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Set %1 vertically</source>
        <translation>竖排 %1</translation>
    </message>
    <message>
        <source>Set %1 horizontally</source>
        <translation>横排 %1</translation>
    </message>
    <message>
        <source>Headline place of %1</source>
        <translation>%1的标题位置</translation>
    </message>
</context>
<context>
    <name>banmian::app::RedCheckDialog</name>
    <message>
        <source>核红 Check the Red</source>
        <translation>核红</translation>
    </message>
    <message>
        <source>%1 accepted corrections: %2 made, %3 NOT MADE, %4 changed since, %5 not recorded (check by eye)</source>
        <translation>已接受的改正 %1 处：已改 %2 处，未改 %3 处，改后又变 %4 处，无记录 %5 处（请目测核对）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>校次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>接受人</translation>
    </message>
    <message>
        <source>made</source>
        <translation>已改</translation>
    </message>
    <message>
        <source>NOT MADE</source>
        <translation>未改</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>改后又变</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Changed since the manuscript (稿件原文): %1</source>
        <translation>与稿件原文相比的改动：%1</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation>稿件原文</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改后</translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryEditor</name>
    <message>
        <source>Edit Story</source>
        <translation>编辑稿件</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Text (a paragraph a line)</source>
        <translation>正文（每行一段）</translation>
    </message>
    <message>
        <source>Not a credit line</source>
        <translation>不是署名</translation>
    </message>
</context>
<context>
    <name>banmian::app::StoryMending</name>
    <message>
        <source>Merge with the Story After</source>
        <translation>与下一篇合并</translation>
    </message>
    <message>
        <source>Merge %1 with the story after</source>
        <translation>合并%1与下一篇</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>拆分%1</translation>
    </message>
    <message>
        <source>Move a paragraph of %1</source>
        <translation>移动%1的一段</translation>
    </message>
    <message>
        <source>Kicker of %1</source>
        <translation>%1的引题</translation>
    </message>
    <message>
        <source>Headline of %1</source>
        <translation>%1的主题</translation>
    </message>
    <message>
        <source>Subtitle of %1</source>
        <translation>%1的副题</translation>
    </message>
    <message>
        <source>Credit line of %1</source>
        <translation>%1的署名</translation>
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
    <message>
        <source>Make It the Headline</source>
        <translation>设为主题</translation>
    </message>
    <message>
        <source>Make It the Kicker</source>
        <translation>设为引题</translation>
    </message>
    <message>
        <source>Make It the Subtitle</source>
        <translation>设为副题</translation>
    </message>
    <message>
        <source>Make It a Credit Line</source>
        <translation>设为署名</translation>
    </message>
    <message>
        <source>Split the Story Here</source>
        <translation>从这里拆分稿件</translation>
    </message>
    <message>
        <source>Move to the Story Before</source>
        <translation>移到上一篇</translation>
    </message>
    <message>
        <source>Move to the Story After</source>
        <translation>移到下一篇</translation>
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
    <message>
        <source>On the page</source>
        <translation>已上版</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未上版</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>上版</translation>
    </message>
</context>
<context>
    <name>banmian::app::SwatchEditor</name>
    <message>
        <source>Swatch</source>
        <translation>色样</translation>
    </message>
    <message>
        <source>Spot ink (专色), printed from a plate of its own</source>
        <translation>专色，单独出一块印版</translation>
    </message>
    <message>
        <source>the ink&apos;s name, as the plant knows it: PANTONE 485 C</source>
        <translation>印厂所用的油墨名称，如 PANTONE 485 C</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Ink:</source>
        <translation>油墨：</translation>
    </message>
    <message>
        <source>Cyan:</source>
        <translation>青 C：</translation>
    </message>
    <message>
        <source>Magenta:</source>
        <translation>品红 M：</translation>
    </message>
    <message>
        <source>Yellow:</source>
        <translation>黄 Y：</translation>
    </message>
    <message>
        <source>Black:</source>
        <translation>黑 K：</translation>
    </message>
    <message>
        <source>Give the swatch a name.</source>
        <translation>请给色样起个名字。</translation>
    </message>
    <message>
        <source>黑 and 白 are built in: give the swatch another name.</source>
        <translation>“黑”和“白”为内置色样：请换一个名字。</translation>
    </message>
    <message>
        <source>Another swatch is called %1.</source>
        <translation>已有色样名为 %1。</translation>
    </message>
    <message>
        <source>Name the spot ink as the plant knows it (PANTONE 485 C).</source>
        <translation>请填写印厂所用的专色油墨名称（如 PANTONE 485 C）。</translation>
    </message>
</context>
<context>
    <name>banmian::app::SwatchesDialog</name>
    <message>
        <source>Swatches</source>
        <translation>色板</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>spot ink %1</source>
        <translation>专色 %1</translation>
    </message>
</context>
</TS>
