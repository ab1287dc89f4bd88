#pragma once

#include <QDialog>
#include <QString>
#include <optional>

#include "layout/model/PrintSettings.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace banmian::app {

/// File → Print Settings: what the printing plant asks of the page's print file, as production
/// staff set it — the plant's CMYK profile, the rendering intent, the total ink limit and the
/// photos' resolution thresholds. It edits a layout::PrintSettings value and changes nothing
/// else; the window applies what it accepted as one undo step.
class PrintSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit PrintSettingsDialog(QWidget* parent = nullptr);

    /// The settings as the dialog shows them.
    layout::PrintSettings settings() const;
    void setSettings(const layout::PrintSettings& settings);

    /// Takes the ICC profile at `path` as the plant's when the engine accepts it for a print file
    /// (layout::checkPlantProfile); otherwise says why in the dialog, keeps the profile chosen
    /// before and returns the reason. What Choose… does after its file dialog.
    std::optional<QString> chooseProfile(const QString& path);
    /// No plant profile: IFRA26 named, photos separated to Ghostscript's CMYK profile.
    void clearProfile();
    /// What is keeping the settings from being taken (a profile refused, the good resolution under
    /// the minimum), as the dialog shows it; empty when nothing.
    QString problem() const;

    /// Refuses (and says why) a good resolution under the minimum.
    void accept() override;

private:
    static QString refusal(const layout::Diagnostic& refused, const std::string& bytes);
    void browseForProfile();
    void showProfile();
    void showIntent();
    // Shows what keeps the settings from being taken: the profile refused last, a good resolution
    // under the minimum (then OK is disabled).
    void updateProblems();

    // The profile is kept apart from the widgets: its label shows it, the engine checked it.
    std::string m_profile;
    std::string m_profileName;
    QLabel* m_profileLabel;
    QPushButton* m_noProfile;
    QComboBox* m_intent;
    QLabel* m_intentHelp;
    QSpinBox* m_inkLimit;
    QSpinBox* m_minPpi;
    QSpinBox* m_goodPpi;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_profileProblem;  // the last profile refused, until another choice is made
};

}  // namespace banmian::app
