#include "sentnotice.h"

#include "messagebanner.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

void SentNotice::show(MessageBanner *banner, const SmtpSendResult &result, const QString &insecureWarning,
    const QString &localFolder)
{
    const QStringList refused = result.refusedRecipients();
    QStringList lines;
    if (refused.isEmpty()) {
        lines << tr("Message sent: the server accepted it for %n recipient(s). (%1)", "",
            int(result.acceptedRecipients().size()))
                     .arg(result.finalReply.summary());
    } else {
        lines << tr("Message sent, but the server refused these recipients: %1. The others (%2) "
                    "will get it.")
                     .arg(refused.join(QStringLiteral(", ")),
                         result.acceptedRecipients().join(QStringLiteral(", ")));
    }
    const QString file = localFolder.isEmpty() ? QString() : savedFile(result.finalReply, localFolder);
    if (!localFolder.isEmpty()) {
        lines << (file.isEmpty()
                ? tr("It went to the local test server and did not leave this computer: see %1.")
                      .arg(QDir::toNativeSeparators(localFolder))
                : tr("It went to the local test server and did not leave this computer: it is %1.")
                      .arg(QDir::toNativeSeparators(file)));
    }
    if (!insecureWarning.isEmpty()) {
        lines << insecureWarning;
    }
    banner->showMessage(refused.isEmpty() && insecureWarning.isEmpty() ? MessageBanner::Kind::Information
                                                                       : MessageBanner::Kind::Warning,
        lines.join(QLatin1Char('\n')));
    if (!file.isEmpty()) {
        QPushButton *open = banner->addButton(tr("Open &message"));
        open->setObjectName(QStringLiteral("openSentFile"));
        QObject::connect(open, &QPushButton::clicked, open,
            [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
    }
    if (!localFolder.isEmpty()) {
        QPushButton *folder = banner->addButton(tr("Show &folder"));
        folder->setObjectName(QStringLiteral("openSentFolder"));
        QObject::connect(folder, &QPushButton::clicked, folder,
            [localFolder] { QDesktopServices::openUrl(QUrl::fromLocalFile(localFolder)); });
    }
}

QString SentNotice::savedFile(const SmtpReply &reply, const QString &folder)
{
    // scripts/demo-mail-server: "250 2.0.0 Saved as 20261206-140512-1.eml". Only a plain name in the folder
    // counts: the reply is a server's word, not a path to follow.
    const QString text = reply.message().trimmed();
    const QString marker = QStringLiteral("Saved as ");
    const int at = text.lastIndexOf(marker);
    if (at < 0) {
        return {};
    }
    const QString name = text.mid(at + marker.size()).trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))
        || !name.endsWith(QLatin1String(".eml"))) {
        return {};
    }
    const QString path = QDir(folder).filePath(name);
    return QFileInfo(path).isFile() ? path : QString();
}
