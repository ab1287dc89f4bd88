#include "app/ui/PrintSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "layout/colour/IccProfile.h"

namespace banmian::app {
namespace {

// Profiles are kilobytes to a few megabytes; a file far larger was chosen by mistake and is not
// read into memory to find that out.
constexpr qint64 kLargestProfile = 64 * 1024 * 1024;

// A line of grey help under a field.
QLabel* helpLabel(const QString& text = {}) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QPalette quiet = label->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    label->setPalette(quiet);
    return label;
}

}  // namespace

PrintSettingsDialog::PrintSettingsDialog(QWidget* parent)
    : QDialog(parent),
      m_profileLabel(new QLabel),
      m_noProfile(new QPushButton(tr("&None"))),
      m_intent(new QComboBox),
      m_intentHelp(helpLabel()),
      m_inkLimit(new QSpinBox),
      m_minPpi(new QSpinBox),
      m_goodPpi(new QSpinBox),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                     QDialogButtonBox::RestoreDefaults)) {
    setWindowTitle(tr("Print Settings"));
    setObjectName(QStringLiteral("printSettings"));

    // The plant's profile: what the print file names as its printing condition.
    auto* profileGroup = new QGroupBox(tr("Printing plant's colour profile"));
    m_profileLabel->setObjectName(QStringLiteral("profile"));
    m_profileLabel->setWordWrap(true);
    m_profileLabel->setTextFormat(Qt::RichText);
    m_profileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileLabel->setMinimumWidth(520);  // a profile's path on one line, mostly
    auto* choose = new QPushButton(tr("&Choose…"));
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addWidget(choose);
    profileButtons->addWidget(m_noProfile);
    profileButtons->addStretch(1);
    auto* profileLayout = new QVBoxLayout(profileGroup);
    profileLayout->addWidget(m_profileLabel);
    profileLayout->addLayout(profileButtons);

    // How photos are separated to that profile.
    auto* colourGroup = new QGroupBox(tr("Colour separation"));
    m_intent->addItem(tr("Relative colorimetric, black-point compensation"),
                      static_cast<int>(layout::RenderingIntent::RelativeColorimetric));
    m_intent->addItem(tr("Perceptual"), static_cast<int>(layout::RenderingIntent::Perceptual));
    m_inkLimit->setRange(100, 400);
    m_inkLimit->setSuffix(tr(" %"));
    auto* colourForm = new QFormLayout(colourGroup);
    colourForm->addRow(tr("Rendering &intent"), m_intent);
    colourForm->addRow(m_intentHelp);
    colourForm->addRow(tr("Total ink &limit"), m_inkLimit);
    colourForm->addRow(
            helpLabel(tr("The most ink one spot may carry, C+M+Y+K together: 240 % for "
                         "coldset newsprint; the plant says its own figure.")));

    // The photos' effective resolution: pixels an inch at the size they print.
    auto* photoGroup = new QGroupBox(tr("Photo resolution"));
    for (QSpinBox* spin : {m_minPpi, m_goodPpi}) {
        spin->setRange(1, 2400);  // as the document file allows
        spin->setSuffix(tr(" ppi"));
    }
    auto* photoForm = new QFormLayout(photoGroup);
    photoForm->addRow(tr("&Minimum"), m_minPpi);
    photoForm->addRow(
            helpLabel(tr("A photo printing below it is an error: the print export "
                         "refuses the page.")));
    photoForm->addRow(tr("&Good"), m_goodPpi);
    photoForm->addRow(helpLabel(tr("Below it, a warning: the photo will print soft.")));

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c00000; font-weight: bold"));
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(profileGroup);
    layout->addWidget(colourGroup);
    layout->addWidget(photoGroup);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &PrintSettingsDialog::browseForProfile);
    connect(m_noProfile, &QPushButton::clicked, this, &PrintSettingsDialog::clearProfile);
    connect(m_intent, &QComboBox::currentIndexChanged, this, &PrintSettingsDialog::showIntent);
    connect(m_minPpi, &QSpinBox::valueChanged, this, &PrintSettingsDialog::updateProblems);
    connect(m_goodPpi, &QSpinBox::valueChanged, this, &PrintSettingsDialog::updateProblems);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PrintSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PrintSettingsDialog::reject);
    // Newsprint's figures and no plant profile, as a new document has them.
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(layout::PrintSettings{}); });

    setSettings(layout::PrintSettings{});
}

layout::PrintSettings PrintSettingsDialog::settings() const {
    layout::PrintSettings s;
    s.minPhotoPpi = m_minPpi->value();
    s.goodPhotoPpi = m_goodPpi->value();
    s.outputProfile = m_profile;
    s.outputProfileName = m_profileName;
    s.intent = static_cast<layout::RenderingIntent>(m_intent->currentData().toInt());
    s.inkLimit = m_inkLimit->value();
    return s;
}

void PrintSettingsDialog::setSettings(const layout::PrintSettings& settings) {
    m_profile = settings.outputProfile;
    m_profileName = settings.outputProfileName;
    m_profileProblem.clear();
    m_intent->setCurrentIndex(std::max(0, m_intent->findData(static_cast<int>(settings.intent))));
    m_inkLimit->setValue(settings.inkLimit);
    m_minPpi->setValue(settings.minPhotoPpi);
    m_goodPpi->setValue(settings.goodPhotoPpi);
    showProfile();
    showIntent();
    updateProblems();
}

// The engine's refusal of a profile in the window's language, by its kind; the engine's own words
// for a kind this does not know.
QString PrintSettingsDialog::refusal(const layout::Diagnostic& refused, const std::string& bytes) {
    const auto info = layout::readIccProfile(bytes);
    const QString name =
            info && !info.value().description.empty()
                    ? tr("the profile “%1”").arg(QString::fromStdString(info.value().description))
                    : tr("the profile");
    if (refused.kind == "profile-not-icc" || refused.kind == "profile-damaged")
        return tr("the file is not an ICC colour profile, or a damaged one");
    if (refused.kind == "profile-cut-short")
        return tr("the ICC profile is cut short (copied only in part?): copy it again");
    if (refused.kind == "profile-not-cmyk" && info) {
        return tr("%1 is for %2, not CMYK: a printing plant's profile is CMYK; ask the plant for "
                  "its CMYK output profile")
                .arg(name, QString::fromStdString(info.value().space));
    }
    if (refused.kind == "profile-not-output") {
        return tr("%1 is not an output (printer) profile: a plant's profile describes its press; "
                  "ask the plant for it")
                .arg(name);
    }
    if (refused.kind == "profile-version" && info) {
        return tr("%1 is an ICC version %2 profile; a PDF/X-1a:2001 file carries version 2 "
                  "profiles only: ask the plant for the version 2 profile of its condition")
                .arg(name)
                .arg(info.value().majorVersion);
    }
    return QString::fromStdString(refused.message);
}

std::optional<QString> PrintSettingsDialog::chooseProfile(const QString& path) {
    QFile file(path);
    QString reason;
    std::string bytes;
    if (file.size() > kLargestProfile) {
        reason = tr("the file is far too large to be an ICC profile");
    } else if (!file.open(QIODevice::ReadOnly)) {
        reason = tr("the file cannot be read (%1)").arg(file.errorString());
    } else {
        bytes = file.readAll().toStdString();
        // The engine's own check, the one the export makes: CMYK, output, ICC version 2.
        if (const auto refused = layout::checkPlantProfile(bytes))
            reason = refusal(*refused, bytes);
    }
    if (!reason.isEmpty()) {
        m_profileProblem = tr("%1 was not taken: %2").arg(QFileInfo(path).fileName(), reason);
        updateProblems();
        return reason;
    }
    const auto info = layout::readIccProfile(bytes);  // it passed the check: it reads
    m_profile = QFileInfo(path).absoluteFilePath().toStdString();
    m_profileName = info ? info.value().description : std::string();
    if (m_profileName.empty()) m_profileName = QFileInfo(path).fileName().toStdString();
    m_profileProblem.clear();
    showProfile();
    updateProblems();
    return std::nullopt;
}

void PrintSettingsDialog::clearProfile() {
    m_profile.clear();
    m_profileName.clear();
    m_profileProblem.clear();
    showProfile();
    updateProblems();
}

QString PrintSettingsDialog::problem() const {
    return m_problem->text();
}

void PrintSettingsDialog::accept() {
    updateProblems();
    if (m_goodPpi->value() < m_minPpi->value()) return;  // said under the fields
    QDialog::accept();
}

void PrintSettingsDialog::browseForProfile() {
    const QString current = QString::fromStdString(m_profile);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Plant's Profile"),
                                                      QFileInfo(current).path(),
                                                      tr("ICC profiles (*.icc *.icm)"));
    if (!path.isEmpty()) chooseProfile(path);
}

void PrintSettingsDialog::showProfile() {
    m_noProfile->setEnabled(!m_profile.empty());
    if (m_profile.empty()) {
        m_profileLabel->setText(
                tr("<b>None</b><br>The PDF names IFRA26 (newsprint) as its printing condition; "
                   "photos are separated with Ghostscript's CMYK profile."));
        return;
    }
    const QString path = QString::fromStdString(m_profile);
    QString text = QStringLiteral("<b>%1</b><br>%2")
                           .arg(QString::fromStdString(m_profileName).toHtmlEscaped(),
                                path.toHtmlEscaped());
    // Kept by path, as photos are: a profile moved or deleted since is said here, before export.
    if (!QFileInfo::exists(path)) {
        text += QStringLiteral("<br><span style=\"color:#c00000\">%1</span>")
                        .arg(tr("The file is missing: choose it again, or another."));
    }
    m_profileLabel->setText(text);
}

void PrintSettingsDialog::showIntent() {
    const auto intent = static_cast<layout::RenderingIntent>(m_intent->currentData().toInt());
    m_intentHelp->setText(
            intent == layout::RenderingIntent::Perceptual
                    ? tr("The whole photo is compressed into what the press can print: smoother "
                         "for vivid photos, every colour shifts a little.")
                    : tr("Colours the press can print stay exact, the others go to the nearest "
                         "it can; shadows keep their detail. For most photos."));
}

void PrintSettingsDialog::updateProblems() {
    QStringList problems;
    if (!m_profileProblem.isEmpty()) problems << m_profileProblem;
    const bool inverted = m_goodPpi->value() < m_minPpi->value();
    if (inverted) {
        problems << tr("The good resolution (%1 ppi) is under the minimum (%2 ppi): make it the "
                       "minimum or more.")
                            .arg(m_goodPpi->value())
                            .arg(m_minPpi->value());
    }
    // Not accepted while inverted: the document file refuses good under minimum too.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!inverted);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    // A word-wrapped message needs its height at the dialog's width, which the layout's minimum
    // size does not ask for: without this the help lines above are squeezed into one another.
    if (isVisible()) {
        layout()->activate();
        resize(width(), std::max(height(), heightForWidth(width())));
    }
}

}  // namespace banmian::app
