#include "app/ui/NewsroomActions.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include "app/edit/Autosave.h"
#include "app/edit/NewsroomMerge.h"
#include "app/edit/PageDocument.h"
#include "app/ui/FileActions.h"
#include "app/ui/NewsroomDialog.h"
#include "layout/import/ArticleImporter.h"

namespace banmian::app {

namespace {

// Who is at work in this window: its proofreader's name, else the login's (as the command's
// default), so that others read who holds the page.
QString workerName(const PageDocument& document) {
    if (!document.proofreader().isEmpty()) return document.proofreader();
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? QStringLiteral("unknown") : login;
}

}  // namespace

NewsroomActions::NewsroomActions(QMainWindow& window, PageDocument& document, FileActions& files,
                                 Autosave& autosave)
    : QObject(&window),
      m_window(window),
      m_document(document),
      m_files(files),
      m_label(new QLabel) {
    m_label->setObjectName(QStringLiteral("newsroomReadOnly"));
    m_label->setStyleSheet(QStringLiteral("color: #c00000; font-weight: bold"));
    m_label->hide();
    m_window.statusBar()->addPermanentWidget(m_label);
    connect(&files, &FileActions::pageShown, this, &NewsroomActions::checkStillShown);
    connect(&files, &FileActions::nameChanged, this, &NewsroomActions::checkStillShown);
    // The window's periodic copy keeps the unsaved layout in the store too, for whoever takes
    // the page over after a crash.
    connect(&autosave, &Autosave::copying, this, [this] {
        if (m_page && m_page->holds()) m_page->autosave(m_document.document());
    });
}

NewsroomActions::~NewsroomActions() = default;

QAction* NewsroomActions::addTo(QMenu& file) {
    return file.addAction(tr("Open from &Newsroom…"), this, &NewsroomActions::chooseAndOpen);
}

void NewsroomActions::chooseAndOpen() {
    if (const auto address = askForNewsroomPage(&m_window)) openPageShown(*address);
}

bool NewsroomActions::openPageShown(const NewsroomAddress& address) {
    const auto error = openPage(address);
    if (error) QMessageBox::warning(&m_window, tr("Cannot open the newsroom's page"), *error);
    return !error;
}

std::optional<QString> NewsroomActions::openPage(const NewsroomAddress& address) {
    QString error;
    auto page = NewsroomPage::open(address, workerName(m_document), m_document.composer(), error);
    if (!page) return error;
    if (const auto missing = m_document.missingFonts(page->stored().document))
        return tr("%1 cannot be shown on this machine: %2").arg(page->name(), *missing);
    if (!m_files.maySetAside()) return tr("The page in the window has unsaved changes.");
    m_page.reset();  // the page open before is given back

    layout::Holding holding;
    const auto readOnly = page->hold(holding);
    layout::Document document = page->stored().document;
    bool fromAutosave = false;
    if (!readOnly && holding.tookOver && holding.autosave) {
        // Its last holder's window went without saving: their layout is offered, never forced.
        const auto answer = QMessageBox::question(
                &m_window, tr("Continue from the autosave?"),
                tr("%1 was working on page %2 and did not save it; their unsaved layout was kept "
                   "at %3. Continue from it, or from the page as last saved?")
                        .arg(QString::fromStdString(holding.from))
                        .arg(address.page)
                        .arg(QString::fromStdString(holding.autosaveAt)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (auto kept = page->takeAutosave()) {
                document = std::move(*kept);
                fromAutosave = true;
            }
        }
    }
    if (fromAutosave)
        m_document.restore(std::move(document), QString());  // not saved: it starts modified
    else
        m_document.reset(std::move(document), QString());
    m_document.setReadOnly(readOnly);

    m_page = std::move(page);
    m_base = m_page->stored().document;
    connect(m_page.get(), &NewsroomPage::pulled, this, &NewsroomActions::takeOthers);
    connect(m_page.get(), &NewsroomPage::leaseLost, this, &NewsroomActions::leaseLost);
    connect(m_page.get(), &NewsroomPage::nowHeld, this, [this] {
        // As it stands in the edition (pulled when it was given back), and ours to change now.
        m_base = m_page->stored().document;
        m_document.takeOthers(m_base);
        m_document.setReadOnly(std::nullopt);
        showState();
        m_window.statusBar()->showMessage(
                tr("Page %1 was given back: it is yours to change now").arg(m_page->address().page),
                10000);
    });
    connect(m_page.get(), &NewsroomPage::status, this,
            [this](const QString& message) { m_window.statusBar()->showMessage(message, 10000); });
    m_files.setSaveElsewhere([this] { return save(); });
    m_files.showOpened(
            m_page->name(),
            tr("%1: %n story(ies)", "", static_cast<int>(m_page->stored().document.stories.size()))
                    .arg(m_page->name()));
    m_page->follow();
    showState();
    return std::nullopt;
}

std::optional<QString> NewsroomActions::readOnly() const {
    if (!m_page) return std::nullopt;
    return m_page->readOnly();
}

void NewsroomActions::takeOthers(const layout::StoredPage& pulled) {
    // A window that holds the page keeps its own layout; one that only looks takes it all. The
    // pages kept for undo take others' work too (as this one does, against the same base).
    const bool everything = !m_page->holds();
    const layout::Document base = m_base;
    m_document.takeOthers(mergeOthers(m_document.document(), base, pulled.document, everything),
                          [&](const layout::Document& kept) {
                              return mergeOthers(kept, base, pulled.document, false);
                          });
    m_base = pulled.document;
    if (m_page->readOnly()) m_document.setReadOnly(m_page->readOnly());
    showState();
}

void NewsroomActions::leaseLost(const QString& why) {
    // The changes stay on screen (and in the recovery copy), frozen: nothing is written over the
    // one who holds the page now.
    m_document.setReadOnly(m_page->readOnly());
    showState();
    QMessageBox::warning(&m_window, tr("The page is no longer yours"), QString(why));
}

bool NewsroomActions::save() {
    if (!m_page) return false;
    if (const auto error = m_page->push(m_document.document())) {
        QMessageBox::warning(&m_window, tr("Cannot save"), *error);
        return false;
    }
    m_base = m_document.document();  // what the store has now
    m_document.undoStack()->setClean();
    m_window.statusBar()->showMessage(tr("Saved %1 into the edition").arg(m_page->name()), 4000);
    return true;
}

void NewsroomActions::checkStillShown() {
    if (!m_page || m_files.name() == m_page->name()) return;
    letGo();
}

void NewsroomActions::letGo() {
    m_page.reset();
    m_files.setSaveElsewhere({});
    showState();
}

void NewsroomActions::showState() {
    const auto why = readOnly();
    m_label->setText(why.value_or(QString()));
    m_label->setVisible(why.has_value());
    emit stateChanged();
}

}  // namespace banmian::app
