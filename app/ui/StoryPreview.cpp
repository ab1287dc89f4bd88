#include "app/ui/StoryPreview.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>

#include "app/ui/StoryTableModel.h"

namespace banmian::app {

namespace {
QString escaped(const std::string& utf8) {
    return qtText(utf8).toHtmlEscaped();
}
}  // namespace

StoryPreview::StoryPreview(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    showNothing();
}

void StoryPreview::showStory(const layout::Story& story, const QString& relatedHeadline) {
    QString html = QStringLiteral("<div style='margin:12px'>");
    if (story.kind == layout::StoryKind::Sidebar) {
        html += QStringLiteral("<p style='color:#8a6d00'>%1</p>")
                        .arg(tr("Sidebar to “%1”").arg(relatedHeadline.toHtmlEscaped()));
    }
    if (!story.kicker.empty())
        html += QStringLiteral("<p style='font-size:large'>%1</p>").arg(escaped(story.kicker));
    html += QStringLiteral("<h1>%1</h1>")
                    .arg(story.headline.empty() ? tr("(no headline)") : escaped(story.headline));
    if (!story.subtitle.empty()) html += QStringLiteral("<h3>%1</h3>").arg(escaped(story.subtitle));
    for (const layout::Byline& byline : story.bylines) {
        QStringList names;
        for (const std::string& name : byline.names) names << escaped(name);
        html += QStringLiteral("<p>□%1 %2</p>")
                        .arg(escaped(byline.role), names.join(QLatin1Char(' ')));
    }
    // The two-character first-line indent of Chinese body text (Qt's rich text takes px only).
    const int indent = 2 * fontMetrics().horizontalAdvance(QChar(0x4E00));
    for (const std::string& paragraph : story.paragraphs) {
        html += QStringLiteral("<p style='text-indent:%1px; line-height:150%'>%2</p>")
                        .arg(indent)
                        .arg(escaped(paragraph));
    }
    html += QStringLiteral("</div>");
    setHtml(html);
    m_paragraphs = static_cast<int>(story.paragraphs.size());
}

void StoryPreview::showNothing() {
    m_paragraphs = 0;
    setHtml(QStringLiteral("<p style='color:gray; margin:24px'>%1</p>")
                    .arg(tr("Select a story in the list to read its copy.")));
}

int StoryPreview::paragraphAt(QPoint point) const {
    // The paragraphs are the document's last blocks, one each.
    const int block = cursorForPosition(point).blockNumber();
    const int first = document()->blockCount() - m_paragraphs;
    return block >= first && m_paragraphs > 0 ? block - first : -1;
}

QList<QAction*> StoryPreview::mendActions(QPoint point) {
    const int paragraph = paragraphAt(point);
    if (paragraph < 0) return {};
    QList<QAction*> actions;
    auto add = [&](const QString& text, Mend mend, bool enabled = true) {
        auto* action = new QAction(text, this);
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, this,
                [this, mend, paragraph] { emit this->mend(mend, paragraph); });
        actions << action;
    };
    add(tr("Make It the Headline"), Mend::Headline);
    add(tr("Make It the Kicker"), Mend::Kicker);
    add(tr("Make It the Subtitle"), Mend::Subtitle);
    add(tr("Make It a Credit Line"), Mend::Byline);
    add(tr("Split the Story Here"), Mend::Split, paragraph > 0);
    add(tr("Move to the Story Before"), Mend::ToPrevious);
    add(tr("Move to the Story After"), Mend::ToNext);
    return actions;
}

void StoryPreview::contextMenuEvent(QContextMenuEvent* event) {
    const QList<QAction*> actions = mendActions(event->pos());
    if (actions.isEmpty()) {
        QTextBrowser::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    menu.addActions(actions);
    menu.exec(event->globalPos());
    qDeleteAll(actions);
}

}  // namespace banmian::app
