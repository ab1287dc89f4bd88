#include "app/ui/PropertiesPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

#include "app/edit/CreditLine.h"
#include "app/edit/PageDocument.h"
#include "app/render/PhotoImage.h"
#include "app/ui/PhotoProperties.h"
#include "app/ui/StoryTableModel.h"
#include "app/ui/TypeSizeSpinBox.h"
#include "app/view/PageView.h"
#include "fonts/FontRole.h"
#include "layout/base/Id.h"
#include "layout/compose/PageEdits.h"
#include "layout/compose/Preflight.h"

namespace banmian::app {

PropertiesPanel::PropertiesPanel(PageDocument& document, PageView& view, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_view(view),
      m_blockGroup(new QGroupBox(tr("Block"))),
      m_story(new QLabel),
      m_columns(new QSpinBox),
      m_lines(new QSpinBox),
      m_textColumns(new QSpinBox),
      m_headlineSize(new TypeSizeSpinBox),
      m_headlineHao(new QToolButton),
      m_headColumns(new QSpinBox),
      m_headlineFont(new QComboBox),
      m_byline(new QLineEdit),
      m_language(new QComboBox),
      m_bodyDirection(new QComboBox),
      m_headSide(new QComboBox),
      m_boxed(new QCheckBox(tr("Boxed"))),
      m_photo(new QCheckBox(tr("Photo"))),
      m_photoFile(new QLabel),
      m_choosePhoto(new QPushButton(tr("Choose Photo…"))),
      m_page(new QLabel) {
    m_story->setWordWrap(true);
    m_textColumns->setRange(0, 12);
    m_textColumns->setSpecialValueText(tr("As the grid"));
    m_headlineSize->setRange(0, 200);
    m_headlineSize->setSpecialValueText(tr("Fitted"));
    // The 号 sizes a desk names a headline by, beside the field that takes points too.
    m_headlineHao->setText(tr("号"));
    m_headlineHao->setPopupMode(QToolButton::InstantPopup);
    auto* haoMenu = new QMenu(m_headlineHao);
    for (const auto& [name, points] : TypeSizeSpinBox::haoSizes()) {
        const double size = points;
        haoMenu->addAction(QStringLiteral("%1 (%2 pt)").arg(name).arg(size), this,
                           [this, size] { m_headlineSize->setValue(size); });
    }
    m_headlineHao->setMenu(haoMenu);
    m_headColumns->setRange(0, 12);
    m_headColumns->setSpecialValueText(tr("Whole width"));
    m_headColumns->setKeyboardTracking(false);
    m_headlineFont->addItem(tr("As the style"), QString());
    for (fonts::FontRole role : fonts::kFontRoles) {
        const QString name = qtText(std::string(fonts::chineseName(role)));
        m_headlineFont->addItem(name, name);
    }
    m_byline->setPlaceholderText(QStringLiteral("记者 张三  通讯员 李四"));
    for (const auto& [language, name] :
         {std::pair{layout::Language::Hans, tr("Simplified Chinese")},
          std::pair{layout::Language::HantTW, tr("Traditional Chinese (Taiwan)")},
          std::pair{layout::Language::HantHK, tr("Traditional Chinese (Hong Kong)")}}) {
        m_language->addItem(name, QString::fromUtf8(layout::languageTag(language).data()));
    }
    for (QSpinBox* spin : {m_columns, m_lines}) spin->setKeyboardTracking(false);
    m_textColumns->setKeyboardTracking(false);
    m_headlineSize->setKeyboardTracking(false);

    auto* form = new QFormLayout(m_blockGroup);
    form->addRow(m_story);
    form->addRow(tr("Columns"), m_columns);
    form->addRow(tr("Lines"), m_lines);
    form->addRow(tr("Text columns"), m_textColumns);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_headlineSize, 1);
    sizeRow->addWidget(m_headlineHao);
    form->addRow(tr("Headline size"), sizeRow);
    form->addRow(tr("Headline columns"), m_headColumns);
    form->addRow(tr("Headline font"), m_headlineFont);
    form->addRow(tr("Credit line"), m_byline);
    form->addRow(tr("Language"), m_language);
    m_bodyDirection->addItem(tr("Horizontal (横排)"), false);
    m_bodyDirection->addItem(tr("Vertical (竖排)"), true);
    form->addRow(tr("Body text"), m_bodyDirection);
    m_headSide->addItem(tr("Across the top"), static_cast<int>(layout::HeadSide::Top));
    m_headSide->addItem(tr("Vertical, at the right (竖题)"),
                        static_cast<int>(layout::HeadSide::Right));
    m_headSide->addItem(tr("Vertical, at the left (竖题)"),
                        static_cast<int>(layout::HeadSide::Left));
    form->addRow(tr("Headline"), m_headSide);
    form->addRow(m_boxed);
    form->addRow(m_photo);
    m_photoFile->setWordWrap(true);
    form->addRow(m_photoFile);
    form->addRow(m_choosePhoto);

    auto* pageGroup = new QGroupBox(tr("Page"));
    auto* pageLayout = new QVBoxLayout(pageGroup);
    m_page->setWordWrap(true);
    pageLayout->addWidget(m_page);

    // The photo's caption, credit and crop: a group of its own (app/ui/PhotoProperties).
    auto* photo = new PhotoProperties(document, view);
    connect(photo, &PhotoProperties::message, this, &PropertiesPanel::message);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_blockGroup);
    layout->addWidget(photo);
    layout->addWidget(pageGroup);
    layout->addStretch(1);

    connect(m_columns, &QSpinBox::valueChanged, this, &PropertiesPanel::resize);
    connect(m_lines, &QSpinBox::valueChanged, this, &PropertiesPanel::resize);
    connect(m_textColumns, &QSpinBox::valueChanged, this, [this](int count) {
        changeBlock(tr("Text columns of %1"), [count](layout::Block& b) { b.textColumns = count; });
    });
    connect(m_headlineSize, &QDoubleSpinBox::valueChanged, this, [this](double size) {
        changeBlock(tr("Headline size of %1"),
                    [size](layout::Block& b) { b.headlineSize = layout::fromPoints(size); });
    });
    connect(m_headColumns, &QSpinBox::valueChanged, this, [this](int columns) {
        changeBlock(tr("Headline columns of %1"),
                    [columns](layout::Block& b) { b.headColumns = columns; });
    });
    connect(m_headlineFont, &QComboBox::currentIndexChanged, this, [this] {
        const std::string font = m_headlineFont->currentData().toString().toStdString();
        changeBlock(tr("Headline font of %1"), [font](layout::Block& b) { b.headlineFont = font; });
    });
    connect(m_bodyDirection, &QComboBox::currentIndexChanged, this, [this] {
        const bool vertical = m_bodyDirection->currentData().toBool();
        changeBlock(vertical ? tr("Set %1 vertically") : tr("Set %1 horizontally"),
                    [vertical](layout::Block& b) { b.verticalBody = vertical; });
    });
    connect(m_headSide, &QComboBox::currentIndexChanged, this, [this] {
        const auto side = static_cast<layout::HeadSide>(m_headSide->currentData().toInt());
        changeBlock(tr("Headline place of %1"), [side](layout::Block& b) { b.headSide = side; });
    });
    connect(m_boxed, &QCheckBox::toggled, this, [this](bool on) {
        changeBlock(on ? tr("Box %1") : tr("Unbox %1"), [on](layout::Block& b) { b.boxed = on; });
    });
    connect(m_photo, &QCheckBox::toggled, this, &PropertiesPanel::changePhoto);
    connect(m_choosePhoto, &QPushButton::clicked, this, &PropertiesPanel::choosePhotoFile);
    connect(m_byline, &QLineEdit::editingFinished, this, &PropertiesPanel::changeByline);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PropertiesPanel::changeLanguage);
    connect(&m_document, &PageDocument::changed, this, &PropertiesPanel::refresh);
    connect(&m_view, &PageView::selectionChanged, this, &PropertiesPanel::refresh);
    refresh();
}

std::optional<std::size_t> PropertiesPanel::selectedBlock() const {
    const auto& selection = m_view.selection();
    if (selection.size() != 1 || selection.front().block >= m_document.page().blocks.size())
        return std::nullopt;
    return selection.front().block;
}

void PropertiesPanel::refresh() {
    const layout::Page& page = m_document.page();
    const layout::PageGrid& g = page.grid;
    m_page->setText(tr("%1, %2 × %3 mm\n%4 columns of %5 characters, %6 lines of %7 pt")
                            .arg(qtText(g.name))
                            .arg(std::lround(layout::toMillimetres(g.trimWidth)))
                            .arg(std::lround(layout::toMillimetres(g.trimHeight)))
                            .arg(g.columns)
                            .arg(g.charactersPerColumn)
                            .arg(g.lines)
                            .arg(layout::toPoints(g.leading)));

    const auto index = selectedBlock();
    m_blockGroup->setEnabled(index.has_value());
    const QList<QWidget*> fields = {m_columns,      m_lines,    m_textColumns,   m_headlineSize,
                                    m_headlineFont, m_byline,   m_boxed,         m_photo,
                                    m_headColumns,  m_language, m_bodyDirection, m_headSide};
    std::vector<std::unique_ptr<QSignalBlocker>> quiet;
    for (QWidget* field : fields) quiet.push_back(std::make_unique<QSignalBlocker>(field));
    if (!index) {
        m_story->setText(tr("Select a block on the page."));
        return;
    }
    const layout::Block& block = page.blocks[*index];
    const layout::GridRect& last = block.area.back();
    m_story->setText(m_document.storyName(*index));
    m_columns->setRange(1, g.columns - last.column);
    m_columns->setValue(last.columns);
    m_lines->setRange(2, g.lines - last.line);
    m_lines->setValue(last.lines);
    m_textColumns->setValue(block.textColumns);
    m_headlineSize->setValue(layout::toPoints(block.headlineSize));
    m_headColumns->setRange(0, block.area.front().columns);
    m_headColumns->setValue(block.headColumns);
    m_headlineFont->setCurrentIndex(
            std::max(0, m_headlineFont->findData(qtText(block.headlineFont))));
    m_bodyDirection->setCurrentIndex(block.verticalBody ? 1 : 0);
    m_headSide->setCurrentIndex(
            std::max(0, m_headSide->findData(static_cast<int>(block.headSide))));
    const auto& stories = m_document.document().stories;
    const layout::Story* story = layout::findStory(stories, block.story);
    m_byline->setEnabled(story != nullptr);
    m_byline->setText(story ? creditLineText(story->bylines) : QString());
    // A story without a language of its own is set in the document's.
    m_language->setEnabled(story != nullptr);
    const layout::Language language =
            story ? story->language.value_or(page.language) : page.language;
    m_language->setCurrentIndex(std::max(
            0, m_language->findData(QString::fromUtf8(layout::languageTag(language).data()))));
    m_boxed->setChecked(block.boxed);
    m_photo->setChecked(!block.photos.empty());
    m_choosePhoto->setVisible(!block.photos.empty());
    m_photoFile->setVisible(!block.photos.empty());
    if (block.photos.empty()) return;
    const std::string& image = block.photos.front().image;
    // As the page draws it (its red cross), from the same cache: refresh() runs at every drag step.
    const bool unreadable = !image.empty() && photoImage(image).isNull();
    const QString name = QFileInfo(QString::fromStdString(image)).fileName();
    m_photoFile->setText(image.empty() ? tr("No photo file yet: the frame prints as a marked box")
                         : unreadable  ? tr("%1 cannot be read").arg(name)
                                       : name);
    m_photoFile->setToolTip(QString::fromStdString(image));
    m_photoFile->setStyleSheet(unreadable ? QStringLiteral("color: #c00000; font-weight: bold")
                                          : QString());
}

void PropertiesPanel::choosePhotoFile() {
    const auto index = selectedBlock();
    if (!index || m_document.page().blocks[*index].photos.empty()) return;
    const QString current =
            QString::fromStdString(m_document.page().blocks[*index].photos.front().image);
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose Photo"), QFileInfo(current).path(),
            tr("Photos (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (path.isEmpty()) return;
    const std::string file = path.toStdString();
    const auto info = layout::photoInfo(file);
    if (!info) {
        QMessageBox::warning(this, tr("Cannot place the photo"),
                             QString::fromStdString(info.error().message));
        return;
    }
    changeBlock(tr("Photo for %1"), [&file](layout::Block& b) { b.photos.front().image = file; });
    // Said now, not first at export: what the preflight finds in the photo where it now prints.
    const QString name = QFileInfo(path).fileName();
    QStringList problems;
    if (const layout::PageLayout* composed = m_document.layout()) {
        const layout::PrintSettings& print = m_document.document().print;
        const auto resolution = layout::photoResolution(
                info.value(), layout::photoRect(m_document.page(), *composed, *index, 0), print,
                m_document.page().blocks[*index].photos.front().crop);
        if (resolution.finding == layout::Severity::Error) {
            problems << tr("%1 prints at %2 ppi in this frame, under the %3 ppi the print PDF "
                           "needs: the export will refuse it; choose a larger photo or make the "
                           "frame smaller")
                                .arg(name)
                                .arg(resolution.ppi)
                                .arg(print.minPhotoPpi);
        } else if (resolution.finding == layout::Severity::Warning) {
            problems << tr("%1 prints at %2 ppi in this frame, under the %3 ppi of a sharp "
                           "print: it will print soft")
                                .arg(name)
                                .arg(resolution.ppi)
                                .arg(print.goodPhotoPpi);
        }
    }
    emit photoPlaced();
    if (!problems.isEmpty()) emit message(problems.join(QStringLiteral("; ")));
}

void PropertiesPanel::resize() {
    const auto index = selectedBlock();
    if (!index) return;
    layout::Document after = m_document.document();
    const layout::GridRect& last = after.page.blocks[*index].area.back();
    const auto outcome = layout::resizeBlock(after.page, *index, last.column + m_columns->value(),
                                             last.line + m_lines->value());
    if (outcome.refused()) {
        emit message(m_document.refusal(m_document.storyName(*index), *outcome.blockInTheWay));
        refresh();
        return;
    }
    m_document.change(tr("Resize %1").arg(m_document.storyName(*index)), after);
}

void PropertiesPanel::changeBlock(const QString& name,
                                  const std::function<void(layout::Block&)>& edit) {
    const auto index = selectedBlock();
    if (!index) return;
    layout::Document after = m_document.document();
    edit(after.page.blocks[*index]);
    if (after.page.blocks[*index] == m_document.page().blocks[*index]) return;
    m_document.change(name.arg(m_document.storyName(*index)), after);
}

void PropertiesPanel::changeByline() {
    const auto index = selectedBlock();
    if (!index) return;
    layout::Document after = m_document.document();
    layout::Story* story = layout::findStory(after.stories, after.page.blocks[*index].story);
    if (!story) return;
    QString error;
    auto bylines = creditLineFrom(m_byline->text(), error);
    if (!bylines) {
        emit message(error);
        refresh();
        return;
    }
    if (*bylines == story->bylines) return;
    story->bylines = std::move(*bylines);
    m_document.change(tr("Credit line of %1").arg(m_document.storyName(*index)), after);
}

void PropertiesPanel::changeLanguage() {
    const auto index = selectedBlock();
    if (!index) return;
    layout::Document after = m_document.document();
    layout::Story* story = layout::findStory(after.stories, after.page.blocks[*index].story);
    if (!story) return;
    const auto language = layout::parseLanguage(m_language->currentData().toString().toStdString());
    if (!language || story->language.value_or(after.page.language) == *language) return;
    story->language = *language;
    m_document.change(tr("Language of %1").arg(m_document.storyName(*index)), after);
}

void PropertiesPanel::changePhoto(bool on) {
    changeBlock(on ? tr("Photo in %1") : tr("No photo in %1"), [on](layout::Block& b) {
        if (!on) {
            b.photos.clear();
            return;
        }
        if (!b.photos.empty()) return;
        // A placeholder across the block's last rectangle, a third of its height, at its foot.
        const layout::GridRect& last = b.area.back();
        const int lines = std::max(6, last.lines / 3);
        b.photos.push_back({{last.column, last.columns, last.endLine() - lines, lines},
                            "",
                            "",
                            std::nullopt,
                            layout::newId(),
                            layout::newId()});
    });
}

}  // namespace banmian::app
