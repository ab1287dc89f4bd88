// The page plan of an edition in the newsroom's database: read through the store as the window
// and the command open pages (openPage(): jump lines put right), followed through the edition's
// channel (LISTEN/NOTIFY) on a connection of its own.

#include <QSocketNotifier>
#include <QTimer>

#include "app/edit/EditionPlan.h"
#include "layout/newsroom/Changes.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/newsroom/OpenPage.h"

namespace banmian::app {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

class NewsroomPlanSource : public EditionPlanSource {
public:
    NewsroomPlanSource(QString url, layout::PgConnection connection)
        : m_url(std::move(url)), m_connection(std::move(connection)), m_store(m_connection, {}) {
        m_reconnect.setInterval(NewsroomPage::kReconnectMilliseconds);
        connect(&m_reconnect, &QTimer::timeout, this, &NewsroomPlanSource::tryReconnect);
    }
    ~NewsroomPlanSource() override { delete m_socket; }  // before the connection closes it

    std::optional<QString> find(const layout::CalendarDate& date) {
        auto edition = m_store.findEdition(date);
        if (!edition) return text(edition.error().message);
        m_edition = std::move(edition).value();
        if (auto error = m_store.follow(m_edition)) return text(error->message);
        watchSocket();
        return std::nullopt;
    }

    QString name() const override { return editionName(m_edition.edition); }

    std::optional<QString> read(std::vector<PlanPage>& pages,
                                layout::PageComposer& composer) override {
        // The store waits patiently for a lost server (right for the command): a statement that
        // fails fast tells first, and the timer reconnects while the window goes on.
        if (!m_connection.alive() || m_connection.run("SELECT 1")) {
            connectionLost();
            return EditionPlanSource::tr(
                           "The connection to the newsroom was lost (%1); trying again…")
                    .arg(text(m_connection.describe()));
        }
        auto status = m_store.status(m_edition);
        if (!status) return text(status.error().message);
        pages.clear();
        for (const layout::PageStatus& line : status.value()) {
            PlanPage page{line, std::nullopt, {}};
            auto opened = layout::openPage(m_store, m_edition, page.status.number, composer);
            if (opened)
                page.document = std::move(opened.value().document);
            else
                page.error = text(opened.error().message);
            pages.push_back(std::move(page));
        }
        // What came while the pages were read is in libpq's queue: looked at once done.
        QTimer::singleShot(0, this, &NewsroomPlanSource::readNotifications);
        return std::nullopt;
    }

    QString identity() const override { return newsroomIdentity(m_url, m_edition.edition.date); }

    PlanPageAddress address(int number) const override {
        return {NewsroomAddress{m_url, m_edition.edition.date, number}, {}};
    }

private:
    void watchSocket() {
        delete m_socket;
        m_socket = nullptr;
        const int fd = m_connection.socket();
        if (fd < 0) return;
        m_socket = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_socket, &QSocketNotifier::activated, this,
                &NewsroomPlanSource::readNotifications);
    }

    void readNotifications() {
        bool heard = false;
        for (const layout::PgNotification& note : m_connection.takeNotifications())
            heard = heard || layout::changeFromPayload(note.payload).has_value();
        if (!m_connection.alive()) {
            connectionLost();
            return;
        }
        if (heard) emit changed();
    }

    void connectionLost() {
        if (m_reconnect.isActive()) return;
        delete m_socket;  // a closed socket would wake the loop again and again
        m_socket = nullptr;
        emit status(
                EditionPlanSource::tr("The connection to the newsroom was lost (%1); trying again…")
                        .arg(text(m_connection.describe())));
        m_reconnect.start();
    }

    void tryReconnect() {
        if (!m_connection.reconnect()) return;
        m_reconnect.stop();
        watchSocket();
        emit status(EditionPlanSource::tr("The connection to the newsroom is back"));
        emit changed();  // whatever was missed: the plan is read again whole
    }

    QString m_url;
    layout::PgConnection m_connection;
    layout::EditionStore m_store;
    layout::StoredEdition m_edition;
    QSocketNotifier* m_socket = nullptr;
    QTimer m_reconnect;
};

}  // namespace

std::unique_ptr<EditionPlanSource> EditionPlanSource::newsroom(const QString& url,
                                                               const layout::CalendarDate& date,
                                                               QString& error) {
    auto connection = layout::PgConnection::open(url.toStdString());
    if (!connection) {
        error = text(connection.error().message);
        return nullptr;
    }
    auto source = std::make_unique<NewsroomPlanSource>(url, std::move(connection).value());
    if (auto failed = source->find(date)) {
        error = *failed;
        return nullptr;
    }
    return source;
}

}  // namespace banmian::app
