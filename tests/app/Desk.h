#pragma once
#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

// The person at the desk: chooses `file` in whatever file dialog opens, reads each message box and
// closes it (Cancel where it asks a question: a bad file must never get as far as asking; or, told
// to go on, the button that goes on, as Export Anyway). Asked whether to replace a file chosen,
// they say yes: the app must keep it all the same when it fails.
class Desk : public QObject {
public:
    enum Answer { Cancel, GoOn };

    explicit Desk(QString file, Answer answer = Cancel)
        : m_file(std::move(file)), m_answer(answer) {
        connect(&m_timer, &QTimer::timeout, this, &Desk::answer);
        m_timer.start(10);
    }

    QStringList seen;  // "title: text" of each message box, in order

private:
    void answer() {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            // Typed into the file name box and Enter, as a person does.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name) return;
            name->setText(m_file);
            // Posted, not sent: the dialog it may open (replace the file?) must not run inside
            // this timer's call, which would keep the timer from answering it.
            QCoreApplication::postEvent(name, new QKeyEvent(QEvent::KeyPress, Qt::Key_Return, {}));
            QCoreApplication::postEvent(name,
                                        new QKeyEvent(QEvent::KeyRelease, Qt::Key_Return, {}));
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            if (qobject_cast<QFileDialog*>(box->parentWidget())) {
                box->button(QMessageBox::Yes)->click();  // "… already exists. Replace it?"
                return;
            }
            seen << box->windowTitle() + QStringLiteral(": ") + box->text();
            if (m_answer == GoOn) {
                for (QAbstractButton* button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                        button->click();
                        return;
                    }
                }
            }
            QAbstractButton* button = box->button(QMessageBox::Cancel);
            if (!button) button = box->button(QMessageBox::Ok);
            if (button) button->click();
        }
    }

    QString m_file;
    Answer m_answer;
    QTimer m_timer;
};
