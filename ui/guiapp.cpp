#include "guiapp.h"

#include "appcontext.h"
#include "composerwindow.h"
#include "guioptions.h"
#include "icons.h"
#include "mailtourl.h"
#include "messagebanner.h"
#include "translations.h"

#include "accounts/secretstore.h"
#include "store/outboxsender.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QTimer>
#include <QWindow>

#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since this process started, from the kernel's record of its start (/proc/self/stat, field 22,
// in clock ticks since boot) — so the figure includes loading the program and its libraries, not only main().
qint64 millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20) {
        return -1;
    }
    const double startTicks = fields.at(19).toDouble();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return qint64(nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK)));
}

// Reports, once, when the composer's window is first exposed on screen.
class StartupTimer : public QObject
{
public:
    StartupTimer(QWidget *window, bool quit, const QElapsedTimer &sinceMain, QObject *parent)
        : QObject(parent), m_sinceMain(sinceMain), m_window(window), m_quit(quit)
    { }
    void watch() { m_window->windowHandle()->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            m_done = true;
            watched->removeEventFilter(this);
            // The expose event arrives before the first frame is painted: measure after that paint.
            QTimer::singleShot(0, this, [this] {
                const qint64 total = millisecondsSinceProcessStart();
                fprintf(stderr,
                    "epistle: startup: composer shown %lld ms after launch (%lld ms after main)\n",
                    static_cast<long long>(total), static_cast<long long>(m_sinceMain.elapsed()));
                fflush(stderr);
                if (m_quit) {
                    QCoreApplication::exit(0);
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    QWidget *m_window = nullptr;
    bool m_quit = false;
    bool m_done = false;
};

} // namespace

void GuiApp::installTranslators()
{
    Translations::install(QCoreApplication::instance());
}

int GuiApp::run(int &argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication::setAttribute(Qt::AA_DontCreateNativeWidgetSiblings);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Epistle"));
    QApplication::setApplicationName(QStringLiteral("epistle"));
    QApplication::setApplicationDisplayName(QStringLiteral("Epistle"));
    QApplication::setApplicationVersion(QStringLiteral(EPISTLE_UI_VERSION));
    // The .desktop file's name (io.github.epistle.Epistle.desktop), which Wayland takes as the app id.
    QApplication::setDesktopFileName(QStringLiteral("io.github.epistle.Epistle"));
    QApplication::setWindowIcon(Icons::appIcon());
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("GuiApp", "Epistle, a mail composer."));
    const QString startupTime = QStringLiteral("startup-time");
    const QString quitAfterStartup = QStringLiteral("quit-after-startup");
    parser.addOptions(GuiOptions::all());
    parser.addPositionalArgument(QStringLiteral("mailto"),
        QApplication::translate("GuiApp", "A mailto: URL to open the composer with."),
        QStringLiteral("[mailto:...]"));
    parser.process(app);

    MailtoUrl mailto;
    for (const QString &arg : parser.positionalArguments()) {
        if (MailtoUrl::isMailto(arg)) {
            mailto = MailtoUrl::parse(arg);
        } else {
            fprintf(stderr, "epistle: ignoring %s: not a mailto: URL (see epistle help)\n", qPrintable(arg));
        }
    }

    AppContext context;
    if (!context.open()) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiApp", "Epistle cannot start"),
            QApplication::translate("GuiApp",
                "The folder for drafts and the outbox cannot be used: "
                "%1")
                .arg(context.errorString()));
        return 73; // EX_CANTCREAT
    }

    // scripts/run starts a local test server and names it here, so a newcomer can send at once.
    const QString demo = qEnvironmentVariable("EPISTLE_DEMO_SMTP");
    if (!demo.isEmpty()) {
        const QString host = demo.section(QLatin1Char(':'), 0, 0);
        const quint16 port = quint16(demo.section(QLatin1Char(':'), 1).toUInt());
        if (!host.isEmpty() && port) {
            context.ensureDemoAccount(host, port);
        }
    }

    auto *composer = new ComposerWindow(&context);
    const bool timing
        = parser.isSet(startupTime) || qEnvironmentVariableIntValue("EPISTLE_STARTUP_TIME") == 1;
    StartupTimer *timer = nullptr;
    if (timing) {
        timer = new StartupTimer(composer, parser.isSet(quitAfterStartup), sinceMain, &app);
    }
    if (mailto.isValid() && !mailto.isEmpty()) {
        composer->applyMailto(mailto);
    } else if (!mailto.isValid()) {
        composer->banner()->showMessage(MessageBanner::Kind::Warning, mailto.error);
    }
    const MailStore::Recovery &recovery = context.recovery();
    composer->showRecoveredDrafts(recovery.recoveredDrafts, recovery.mayHaveBeenSent);
    composer->show();
    if (timer) {
        timer->watch();
    }

    // The keychain is asked once, after the window is up: a slow D-Bus must not delay the composer.
    QTimer::singleShot(0, &context, [&context] { context.secrets()->probe(&context, {}); });

    // Closing the last window while a message is on the wire would cut it off: wait for the sender.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QApplication::lastWindowClosed, &context, [&context] {
        OutboxSender *sender = context.outboxSender();
        if (sender && sender->isBusy()) {
            QObject::connect(sender, &OutboxSender::idle, &context, [] { QCoreApplication::quit(); });
            return;
        }
        QCoreApplication::quit();
    });
    return app.exec();
}
