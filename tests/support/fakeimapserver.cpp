#include "fakeimapserver.h"

namespace {

// IMAP text with its flags' backslashes made literal for the script player.
QByteArray protectBackslashes(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const char next = i + 1 < text.size() ? text.at(i + 1) : '\0';
        if (c == '\\' && ((next >= 'A' && next <= 'Z') || next == '"')) {
            out += "\\\\";
            continue;
        }
        if (c == '\\' && next != '\0') {
            out += c;
            out += next; // one of the player's own escapes: kept whole
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QList<QByteArray> FakeImapServer::translate(const QList<QByteArray> &lines)
{
    QList<QByteArray> out;
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("X:") && trimmed.mid(2).trimmed().startsWith("literal ")) {
            const QByteArray size = trimmed.mid(2).trimmed().mid(8).trimmed();
            out << "X: bdat " + size << "X: bdat-end";
            continue;
        }
        if (line.startsWith("S:") || line.startsWith("C:") || line.startsWith("R:")) {
            out << line.left(2) + protectBackslashes(line.mid(2));
            continue;
        }
        out << line;
    }
    return out;
}

bool FakeImapServer::setScriptText(const QByteArray &text)
{
    return FakeSmtpServer::setScript(translate(text.split('\n')));
}

bool FakeImapServer::addScriptText(const QByteArray &text, const QString &name)
{
    return FakeSmtpServer::addScript(translate(text.split('\n')), name);
}

bool FakeImapServer::setIndentedScript(const QByteArray &text)
{
    return FakeSmtpServer::setScript(translate(indentedScript(text)));
}

bool FakeImapServer::addIndentedScript(const QByteArray &text, const QString &name)
{
    return FakeSmtpServer::addScript(translate(indentedScript(text)), name);
}
