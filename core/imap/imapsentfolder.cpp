#include "imapsentfolder.h"

namespace {

// Names the big providers and programs give the folder, compared case-insensitively with a folder's last
// level ("INBOX.Sent", "[Gmail]/Sent Mail"). In order of preference.
const QStringList &wellKnownNames()
{
    static const QStringList names = { QStringLiteral("Sent"), QStringLiteral("Sent Items"),
        QStringLiteral("Sent Messages"), QStringLiteral("Sent Mail"), QStringLiteral("Sent-Mail"),
        QStringLiteral("Gesendet"), QStringLiteral("Gesendete Objekte"), QStringLiteral("Gesendete Elemente"),
        QStringLiteral("Gesendete Nachrichten"), QStringLiteral("Envoy\u00e9s"),
        QStringLiteral("\u00c9l\u00e9ments envoy\u00e9s"), QStringLiteral("Enviados"),
        QStringLiteral("Elementos enviados"), QStringLiteral("Posta inviata"), QStringLiteral("Inviati"),
        QStringLiteral("Verzonden"), QStringLiteral("Verzonden items"), QStringLiteral("Wys\u0142ane"),
        QStringLiteral("Skickat"), QStringLiteral("Sendt"),
        QStringLiteral("\u041e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u0435") };
    return names;
}

ImapSentFolder existing(const ImapMailbox &m, ImapSentFolder::How how)
{
    ImapSentFolder f;
    f.name = m.name;
    f.wireName = m.wireName;
    f.how = how;
    f.exists = true;
    return f;
}

} // namespace

QList<ImapMailbox> ImapSentFolder::mailboxes(const ImapCommandResult &listResult)
{
    QList<ImapMailbox> out;
    for (const ImapResponse &r : listResult.data) {
        ImapMailbox m;
        if (ImapMailbox::fromListResponse(r, &m)) {
            out.append(m);
        }
    }
    return out;
}

ImapSentFolder ImapSentFolder::choose(const QList<ImapMailbox> &mailboxes, const QString &configured)
{
    for (const ImapMailbox &m : mailboxes) {
        if (m.isSelectable() && m.hasAttribute("\\Sent")) {
            return existing(m, How::SpecialUse);
        }
    }
    for (const ImapMailbox &m : mailboxes) {
        if (m.isSelectable() && m.name.compare(configured, Qt::CaseInsensitive) == 0) {
            return existing(m, How::Configured);
        }
    }
    for (const QString &known : wellKnownNames()) {
        for (const ImapMailbox &m : mailboxes) {
            if (m.isSelectable() && m.leafName().compare(known, Qt::CaseInsensitive) == 0) {
                return existing(m, How::ByName);
            }
        }
    }
    return configuredFolder(configured);
}

ImapSentFolder ImapSentFolder::configuredFolder(const QString &name)
{
    ImapSentFolder f;
    f.name = name;
    f.wireName = ImapMailbox::encodeName(name);
    f.how = How::Configured;
    return f;
}
